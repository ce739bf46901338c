// Embeds: each chart and the headline tiles as a prerendered page under dist/embed/, readable
// without script, hydrated like the page, in the reader's light or dark scheme, under the same
// strict policy, with relative URLs only; and the embed code in a host page on another origin,
// whose iframes the host script sizes to their content at every width, ignoring every message
// that is not one of its own iframes' height.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, writeFile, mkdtemp, rm, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { start, open, ready, assertQuiet, assertAccessible, cardStates, DIST } from './harness.mjs';
import { shut } from './server.mjs';

const run = promisify(execFile);
let env;
let views;
before(async () => {
  env = await start();
  views = (await readdir(`${DIST}embed`)).sort();
});
after(async () => { await env?.stop(); });

/** A host page on an origin of its own, holding the embed code of every view (without the host
 * script when `script` is false), and at `/forger` a page that posts a height message to its parent. */
async function hostPage(extra = '', { script = true } = {}) {
  const frames = views.map((view) => `<p>Text before ${view}.</p>
<iframe src="${env.url}embed/${view}/" title="${view}" loading="lazy" width="100%" height="600" style="border:0;width:100%" data-hsi-embed></iframe>`).join('\n');
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>A host page</title>
<body style="margin:16px"><h1>A newsroom's story</h1>${frames}
<iframe id="unmarked" src="${env.url}embed/${views[0]}/" title="not marked" width="100%" height="300" style="border:0"></iframe>
${script ? `<script src="${env.url}embed.js" async></script>` : ''}${extra}</body></html>`;
  const forger = `<!doctype html><title>forger</title><script>parent.postMessage({ type: 'hsi-infographic:height', height: 5 }, '*')</script>`;
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.url === '/forger' ? forger : html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => shut(server) };
}

/** The heights of the marked iframes, and of the pages inside them, once they agree or time runs out. */
async function settledHeights(page) {
  const measure = async () => {
    const frames = await page.$$('iframe[data-hsi-embed]');
    return Promise.all(frames.map(async (handle) => {
      const frame = await handle.contentFrame();
      // The page's height and the frame's window, read together inside the frame.
      const { content, inner } = await frame.evaluate(() => ({ content: Math.ceil(document.documentElement.getBoundingClientRect().height), inner: innerHeight }));
      const { height } = await handle.boundingBox();
      return { view: new URL(frame.url()).pathname.split('/').at(-2), frame: Math.round(height), content, inner };
    }));
  };
  for (let tries = 0; tries < 50; tries += 1) {
    const heights = await measure();
    // Settled when each frame ends at its content and its window holds all of it: the three are
    // read one after another, so a frame the host is still resizing can show one but not the other.
    if (heights.every((h) => Math.abs(h.frame - h.content) <= 1 && h.inner >= h.content - 1)) return heights;
    await page.waitForTimeout(100);
  }
  return measure();
}

test('the build writes one embed page per chart and one for the headline tiles', async () => {
  assert.deepEqual(views, ['chart-arrests', 'chart-currency', 'chart-firearms', 'chart-narcotics', 'key-figures']);
  const host = await readFile(`${DIST}embed.js`, 'utf8');
  assert.match(host, /addEventListener\("message"/, 'the host script keeps its unhashed name');
});

test('in a host page on another origin, each iframe ends at its content at 320, 768 and 1280 px', async () => {
  const host = await hostPage();
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  const origins = [new URL(env.url).origin, new URL(host.url).origin];
  page.on('console', (msg) => problems.push(`console ${msg.type()}: ${msg.text()}`));
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && !origins.includes(url.origin)) problems.push(`foreign request: ${req.url()}`);
  });
  try {
    await page.goto(host.url);
    for (const width of [320, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      // Lazy frames load as they come into view: bring each in once, at the first width. After
      // that the reader stays at the top, and the frames below the screen (which the browser
      // does not render meanwhile) take their new height all the same, before they are seen.
      if (width === 320) {
        for (const handle of await page.$$('iframe[data-hsi-embed]')) await handle.scrollIntoViewIfNeeded();
      }
      await page.evaluate(() => scrollTo(0, 0));
      await page.waitForFunction(() => [...document.querySelectorAll('iframe[data-hsi-embed]')]
        .every((f) => f.contentWindow && f.style.height));
      const heights = await settledHeights(page);
      for (const h of heights) {
        assert.ok(Math.abs(h.frame - h.content) <= 1, `${h.view} at ${width} px: iframe ${h.frame} px, content ${h.content} px`);
        assert.ok(h.inner >= h.content - 1, `${h.view} at ${width} px: nothing scrolls inside the frame (${JSON.stringify(h)})`);
      }
      // Narrower frames wrap more: the charts grow taller as the width shrinks.
      if (width === 320) assert.ok(heights.every((h) => h.frame > 300), JSON.stringify(heights));
    }
    const unmarked = await page.$eval('#unmarked', (f) => f.getBoundingClientRect().height);
    assert.equal(Math.round(unmarked), 300, 'an iframe without the embed mark is left alone');
    // Each frame's app starts once the reader reaches it (it waits for a painted frame).
    for (const handle of await page.$$('iframe[data-hsi-embed]')) {
      await handle.scrollIntoViewIfNeeded();
      const frame = await handle.contentFrame();
      await frame.waitForFunction(() => document.documentElement.classList.contains('app-ready'), undefined, { timeout: 10000 });
    }
    assert.deepEqual(problems, [], 'no console message and no request outside the two origins');
  } finally {
    await context.close();
    await host.close();
  }
});

test('the host script ignores every message that is not one of its iframes reporting its height', async () => {
  // The host page itself, and a frame of another kind, post height messages of the right shape.
  const host = await hostPage(`<iframe id="stranger" srcdoc="<script>parent.postMessage({type:'hsi-infographic:height',height:5},'*')</script>" title="stranger"></iframe>`);
  const context = await env.browser.newContext({ viewport: { width: 768, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(host.url);
    await page.$eval(`iframe[data-hsi-embed]`, (f) => f.scrollIntoView());
    await page.waitForFunction(() => document.querySelector('iframe[data-hsi-embed]').style.height);
    const before_ = await page.$eval('iframe[data-hsi-embed]', (f) => f.style.height);
    await page.evaluate(() => {
      for (const data of [{ type: 'hsi-infographic:height', height: 7 }, { type: 'other', height: 9 }, 'hsi-infographic:height', null]) postMessage(data, '*');
    });
    // A message of a bad shape, sent from inside the embedded page: ignored too.
    const embedded = await (await page.$('iframe[data-hsi-embed]')).contentFrame();
    await embedded.evaluate(() => {
      for (const height of [-1, 0, Infinity, '400', 1e9]) parent.postMessage({ type: 'hsi-infographic:height', height }, '*');
    });
    await page.waitForTimeout(300);
    const after_ = await page.$$eval('iframe', (frames) => frames.map((f) => f.style.height));
    assert.equal(after_[0], before_, 'the first frame keeps its reported height');
    assert.ok(!after_.includes('5px') && !after_.includes('7px') && !after_.includes('9px'), JSON.stringify(after_));
  } finally {
    await context.close();
    await host.close();
  }
});

test('a host script that starts after the frames have loaded still sizes them', async () => {
  const host = await hostPage('', { script: false });
  const context = await env.browser.newContext({ viewport: { width: 768, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(host.url);
    for (const handle of await page.$$('iframe[data-hsi-embed]')) await handle.scrollIntoViewIfNeeded();
    for (const frame of page.frames().slice(1)) await frame.waitForLoadState('load');
    await page.waitForTimeout(200);
    assert.deepEqual(await page.$$eval('iframe[data-hsi-embed]', (fs) => fs.map((f) => f.style.height)), views.map(() => ''), 'unsized before the script');
    await page.addScriptTag({ url: `${env.url}embed.js` });
    const heights = await settledHeights(page);
    for (const h of heights) assert.ok(Math.abs(h.frame - h.content) <= 1, `${h.view}: iframe ${h.frame} px, content ${h.content} px`);
  } finally {
    await context.close();
    await host.close();
  }
});

test('a marked frame whose page moved to another origin cannot size it', async () => {
  const host = await hostPage();
  const context = await env.browser.newContext({ viewport: { width: 768, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(host.url);
    const first = await page.$('iframe[data-hsi-embed]');
    await first.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('iframe[data-hsi-embed]').style.height);
    const sized = await first.evaluate((f) => f.style.height);
    // The frame's page goes to the host's origin (its src still names the app's) and claims 5 px.
    const frame = await first.contentFrame();
    await frame.evaluate((url) => { location.href = url; }, `${host.url}forger`);
    await page.waitForFunction(() => {
      try { return document.querySelector('iframe[data-hsi-embed]').contentWindow.location.href.endsWith('/forger'); } catch { return false; }
    });
    await page.waitForTimeout(300);
    assert.equal(await first.evaluate((f) => f.style.height), sized, 'a message from another origin than the frame\'s src is ignored');
  } finally {
    await context.close();
    await host.close();
  }
});

test('an embed page shows the figure with its qualifier, unit, period and source, and the way back, without script', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${env.url}embed/chart-currency/`);
  const text = (await page.textContent('body')).replace(/\s+/g, ' ');
  for (const part of ['Illicit currency seized', '2021', 'over', '$522', 'million',
    'Source: Impact on Drug Trafficking Landscape, refs [1]–[4]',
    'From the article “HSI’s Focus on Disrupting Drug Trafficking Networks”.', 'Open the full infographic (in a new tab)']) {
    assert.ok(text.includes(part), `missing: ${part}`);
  }
  assert.equal(await page.title(), 'Illicit currency seized, 2021 · HSI’s Focus on Disrupting Drug Trafficking Networks');
  // The source names references by number: the view lists them, as the article does.
  assert.deepEqual(await page.$$eval('.embedded__references li', (lis) => lis.map((li) => li.textContent.replace(/\s+/g, ' ').trim().slice(0, 4))), ['[1] ', '[2] ', '[3] ', '[4] ']);
  assert.ok(text.includes('DHS Fentanyl Interdiction'), 'the references\' titles');
  assert.equal(await page.$$eval('.needs-js', (els) => els.filter((e) => e.checkVisibility()).length), 0, 'script-only controls are hidden');
  assert.equal(await page.locator('.chart__source a').count(), 0, 'no link to a card the embed does not have');
  const tiles = await context.newPage();
  await tiles.goto(`${env.url}embed/key-figures/`);
  assert.equal(await tiles.locator('.tile').count(), 4);
  assert.equal(await tiles.locator('.tile a').count(), 0, 'no link to a card the embed does not have');
  await context.close();
});

test('an embed page hydrates its own view silently, under a strict policy, with relative URLs only', async () => {
  for (const view of views) {
    const html = await readFile(`${DIST}embed/${view}/index.html`, 'utf8');
    assert.match(html, new RegExp(`<div id=app data-view="?${view}"?>`), `${view} names its view`);
    const policy = html.match(/<meta http-equiv=Content-Security-Policy content="([^"]+)">/)?.[1] ?? '';
    for (const rule of ["object-src 'none'", "'wasm-unsafe-eval'", "default-src 'self'"]) assert.ok(policy.includes(rule), `${view}: ${rule}`);
    assert.ok(!policy.includes("'unsafe-inline'"), view);
    const urls = [...html.matchAll(/\s(?:src|href)="?([^"\s>]+)/g)].map((m) => m[1]).filter((u) => !u.startsWith('data:'));
    assert.deepEqual(urls.filter((u) => u.startsWith('/') || /^[a-z]+:/.test(u)), [], `${view}: relative URLs only`);
  }
  const context = await env.browser.newContext({ viewport: { width: 700, height: 900 } });
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await context.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
  const page = await open({ ...env, url: `${env.url}embed/chart-narcotics/` }, { context, wait: false });
  await page.waitForSelector('#chart-narcotics');
  const prerendered = await page.evaluate(() => {
    window.prerendered = [...document.querySelectorAll('#app *')];
    return window.prerendered.length;
  });
  release();
  await page.waitForSelector('html.app-ready');
  const lost = await page.evaluate(() => window.prerendered.filter((e) => !e.isConnected).length);
  assert.deepEqual([lost, await page.evaluate(() => document.querySelectorAll('#app *').length)], [0, prerendered]);
  // The app answers: the table, and back.
  await page.click('button:text-is("Show table")');
  await page.waitForSelector('#chart-narcotics-table');
  assert.equal(await page.locator('.share__button').count(), 0, 'nothing to share from inside an embed');
  await assertAccessible(page, 'an embedded chart');
  // The way back opens the full infographic at this chart, in a tab of its own.
  const back = await page.$eval('.embedded__credit a', (a) => ({ href: a.href, target: a.target }));
  assert.deepEqual(back, { href: `${env.url}index.html#chart-narcotics`, target: '_blank' });
  const full = await open({ ...env, url: back.href });
  assert.equal((await cardStates(full)).find((c) => c.id === 'impact').expanded, 'true');
  assertQuiet(page);
  assertQuiet(full);
  await context.close();
  await full.context().close();
});

test('an embed follows the reader\'s dark scheme, and works from a deep sub-path', async () => {
  const deep = await start({ base: '/a/b/hsi/' });
  try {
    const page = await open({ ...deep, url: `${deep.url}embed/key-figures/` }, { colorScheme: 'dark', wait: false });
    await page.waitForSelector('html.app-ready');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g).map(Number);
    assert.ok(r + g + b < 100, `a dark page: ${background}`);
    await assertAccessible(page, 'the embedded tiles, dark');
    assertQuiet(page);
  } finally {
    await deep.stop();
  }
});

test('every embed page passes the Nu Html Checker with no errors', async () => {
  const vnu = fileURLToPath(new URL('node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));
  const dir = await mkdtemp(`${tmpdir()}/vnu-embed-`);
  const files = [];
  for (const view of views) {
    const page = (await readFile(`${DIST}embed/${view}/index.html`, 'utf8')).replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
    files.push(`${dir}/${view}.html`);
    await writeFile(files.at(-1), page);
  }
  const { stdout, stderr } = await run('java', ['-jar', vnu, '--errors-only', ...files]).catch((e) => e);
  await rm(dir, { recursive: true });
  assert.equal(`${stdout}${stderr}`.trim(), '', 'no validation errors');
});
