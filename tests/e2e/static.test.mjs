// Static deployment: content before and without script, hydration, a deep sub-path, the single
// file from file://, the printed handout, and valid HTML.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile, readdir, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { start, open, ready, deckReady, presentAndLeave, assertQuiet, cardStates, DIST } from './harness.mjs';

const run = promisify(execFile);
const ARTICLE = fileURLToPath(new URL('../fixtures/article.txt', import.meta.url));
const SINGLE = fileURLToPath(new URL('../../target/hsi-infographic.html', import.meta.url));

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** The article's lines as a reader sees them (list markers and reference numbers are markup here). */
async function articleLines() {
  return (await readFile(ARTICLE, 'utf8')).split('\n').map((l) => l.trim()).filter(Boolean)
    .map((l) => l.replace(/^- /, '').replace(/^\[\d+\] /, ''));
}
const squash = (s) => s.replace(/\s+/g, ' ');

test('the content is in the page before any wasm runs', async () => {
  const context = await env.browser.newContext();
  await context.route('**/*.wasm', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(env.url);
  const text = squash(await page.evaluate(() => document.body.textContent));
  for (const line of await articleLines()) assert.ok(text.includes(line), `missing before wasm: ${line}`);
  assert.equal(await page.locator('.chart__svg').count(), 4, 'the charts are in the page as SVG');
  await context.close();
});

test('with JavaScript disabled, every section and chart is readable and script-only controls are hidden', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.url);
  // Without script the whole page is laid out and shown (a guard: no card is left to be laid out
  // when near the screen).
  assert.deepEqual(await page.$$eval('.card', (cards) => cards.map((c) => getComputedStyle(c).contentVisibility).filter((v) => v !== 'visible')), []);
  // innerText is the text as shown; compare without case, since some labels are set in capitals.
  const text = squash(await page.evaluate(() => document.body.innerText)).toLowerCase();
  for (const line of await articleLines()) assert.ok(text.includes(line.toLowerCase()), `not visible without script: ${line}`);
  // A closed panel keeps its box (hidden until found): what counts is that its content shows.
  const panels = await page.$$eval('.card__panel', (ps) => ps.map((p) => p.firstElementChild.checkVisibility()));
  assert.ok(panels.length === 12 && panels.every(Boolean), 'every card is open');
  // ... and stays so: each heading is its title as text, not a toggle that would do nothing (no
  // Tab stop, no button read out), and still names its section.
  assert.equal(await page.locator('.card__toggle').evaluateAll((ts) => ts.filter((t) => t.checkVisibility()).length), 0, 'no card toggle shows');
  const titles = await page.$$eval('.card__static', (ss) => ss.filter((s) => s.checkVisibility()).map((s) => s.textContent));
  assert.equal(titles.length, 12, 'every card heading shows its title');
  assert.equal(await page.getByRole('button', { name: titles[1] }).count(), 0, 'as no button');
  assert.equal(await page.getByRole('heading', { name: titles[1], exact: true }).count(), 1, 'but as its heading');
  assert.equal(await page.getByRole('region', { name: titles[1], exact: true }).count(), 1, 'which names its section');
  assert.ok(await page.locator('.chart__svg').first().isVisible(), 'charts show as SVG');
  assert.equal(await page.locator('.needs-js').evaluateAll((els) => els.filter((e) => e.checkVisibility()).length), 0);
  await printed(page, 'without script');
  await context.close();
});

/** The page as printed: the handout's sheet applies (a file linked for print media, or inlined
 * under `@media print` in the single file), so controls and the contents are hidden, every card's
 * content shows, and the page is in the light theme's colours. */
async function printed(page, where) {
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.$$eval('.segmented, .contents, .card__chevron', (els) => els.length > 0 && els.every((e) => !e.checkVisibility())), `${where}: controls are hidden in print`);
  assert.ok(await page.$$eval('.card__panel', (ps) => ps.every((p) => p.firstElementChild.checkVisibility())), `${where}: every card is open in print`);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)', `${where}: a white page`);
  await page.emulateMedia({ media: 'screen' });
}

test('hydration keeps every prerendered element, adds none, is silent, and leaves the page interactive', async () => {
  const context = await env.browser.newContext();
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await context.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
  const page = await open(env, { context, wait: false });
  await page.waitForSelector('#overview-toggle');
  // The hydration contract: the wasm's first render is the prerendered markup, so hydration
  // adopts every element of it and replaces none. Present mode's sheet, which the build links
  // inside #app (after the opening paragraph, so that it paints first), the app moves to the end
  // of the body.
  const prerendered = await page.evaluate(() => {
    window.prerendered = [...document.querySelectorAll('#app *')].filter((e) => e.localName !== 'link');
    window.links = [...document.querySelectorAll('#app link')];
    return window.prerendered.length;
  });
  assert.ok(prerendered > 500, `the page is prerendered (${prerendered} elements)`);
  release();
  await ready(page);
  const after_ = await page.evaluate(() => ({
    lost: window.prerendered.filter((e) => !e.isConnected).map((e) => e.tagName + (e.id ? `#${e.id}` : '')).slice(0, 5),
    count: document.querySelectorAll('#app *').length,
  }));
  assert.deepEqual(after_, { lost: [], count: prerendered }, 'the wasm hydrated the prerendered elements instead of replacing them');
  assert.deepEqual(await page.evaluate(() => window.links.map((l) => [l.parentElement.localName, !!l.sheet])),
    [['body', true]], 'the sheet linked in #app is moved, and kept');
  await page.click('#strategies-toggle');
  assert.equal((await cardStates(page)).find((c) => c.id === 'strategies').expanded, 'true');
  assertQuiet(page);
});

test('dist/ works from a deep sub-path', async () => {
  const deep = await start({ base: '/a/b/infographic/' });
  try {
    const page = await open(deep, { hash: '#impact' });
    await page.click('#strategies-toggle');
    assert.equal((await cardStates(page)).find((c) => c.id === 'strategies').expanded, 'true');
    assert.equal(await page.locator('.chart__svg').count(), 4);
    assertQuiet(page);
  } finally {
    await deep.stop();
  }
});

test('the single HTML file works from file://, cards and present mode included', async () => {
  assert.ok(existsSync(SINGLE), 'target/hsi-infographic.html is built (make single)');
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) problems.push(`request: ${r.url()}`); });
  await page.goto(pathToFileURL(SINGLE).href);
  await ready(page);
  await page.click('#strategies-toggle');
  assert.equal((await cardStates(page)).find((c) => c.id === 'strategies').expanded, 'true');
  await presentAndLeave(page);
  await page.waitForSelector('main .card');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#chart-arrests').getByRole('button', { name: /as CSV/ }).click()]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  await printed(page, 'from the single file');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const format of ['A4', 'Letter']) {
  test(`printing gives a ${format} handout with every section`, async () => {
    const page = await open(env);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.$$eval('.needs-js, .segmented, .contents', (els) => els.every((e) => !e.checkVisibility()));
    assert.ok(hidden, 'controls are hidden in print');
    const panels = await page.$$eval('.card__panel', (ps) => ps.every((p) => p.firstElementChild.checkVisibility()));
    assert.ok(panels, 'every card is open in print');
    const pdf = await page.pdf({ format, printBackground: true });
    const dir = await mkdtemp(`${tmpdir()}/handout-`);
    await writeFile(`${dir}/handout.pdf`, pdf);
    const { stdout: text } = await run('pdftotext', ['-layout', `${dir}/handout.pdf`, '-']);
    const { stdout: info } = await run('pdfinfo', [`${dir}/handout.pdf`]);
    const pages = Number(info.match(/Pages:\s+(\d+)/)[1]);
    const flat = squash(text);
    for (const title of ['Overview', 'Strategies to Disrupt Drug Trafficking', 'Impact on Drug Trafficking Landscape', 'Sinaloa Cartel', 'MS-13', 'Hezbollah', 'Continuing the Fight', 'References', '[4] DHS Fentanyl Interdiction Campaign']) {
      assert.ok(flat.includes(title), `${format}: "${title}" in the handout`);
    }
    console.log(`  ${format} handout: ${pages} pages`);
    assert.ok(pages >= 2 && pages <= 20, `${pages} pages`);
    assertQuiet(page);
  });
}

test('dist/index.html passes the Nu Html Checker with no errors', async () => {
  const vnu = fileURLToPath(new URL('node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));
  // The checker's CSS parser predates container queries (`container-type`, `cqi`), so the
  // inlined style sheets are emptied; every element and attribute is still checked.
  const page = (await readFile(`${DIST}index.html`, 'utf8')).replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  // Every style sheet is inline but present mode's, linked after the opening paragraph (the rest
  // waits for it, so that the paragraph paints first), and the handout's, for print media only,
  // kept at the end in a <noscript> that names it (linked there for a reader without script, and
  // by the early script once the page has loaded).
  const links = page.match(/<link rel=stylesheet[^>]*>/g) ?? [];
  assert.deepEqual(links.map((l) => [/href="\.\/(present|print)-[0-9a-f]+\.css"/.exec(l)?.[1], /media="print"/.test(l)]),
    [['present', false], ['print', true]], `only present mode's and the print sheets are files: ${links}`);
  const [at, lede] = [(l) => page.indexOf(l), page.indexOf('class="hero__lede"')];
  assert.ok(lede > 0 && at(links[0]) > lede && at(links[0]) < page.indexOf('class="tiles"'), 'present mode\'s after the opening paragraph, before the figures');
  assert.ok(at(links[1]) > page.indexOf('</footer>'), 'the handout\'s after the content');
  assert.match(page, /<noscript data-print-sheet="(\.\/print-[0-9a-f]+\.css)"><link rel=stylesheet href="\1" media="print"><\/noscript>/, 'in a <noscript> that names it');
  const dir = await mkdtemp(`${tmpdir()}/vnu-`);
  await writeFile(`${dir}/index.html`, page);
  const { stdout, stderr } = await run('java', ['-jar', vnu, '--errors-only', `${dir}/index.html`]).catch((e) => e);
  await rm(dir, { recursive: true });
  assert.equal(`${stdout}${stderr}`.trim(), '', 'no validation errors');
});

test('dist/index.html carries a strict Content Security Policy that the page never violates', async () => {
  const html = await readFile(`${DIST}index.html`, 'utf8');
  const policy = html.match(/<meta http-equiv=Content-Security-Policy content="([^"]+)">/)?.[1];
  assert.ok(policy, 'a policy in the page');
  for (const rule of ["object-src 'none'", "base-uri 'self'", "'wasm-unsafe-eval'", "default-src 'self'"]) assert.ok(policy.includes(rule), rule);
  for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*']) assert.ok(!policy.split(/\s+/).includes(loose), `no ${loose}`);
  const page = await open(env);
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  await page.click('text=Open all');
  await page.locator('#chart-narcotics').getByRole('button', { name: /as PNG/ }).click();
  await page.keyboard.press('p');
  await page.waitForSelector('.deck .slide');
  await deckReady(page);
  await page.keyboard.press('End');
  await page.keyboard.press('Escape');
  await page.waitForSelector('main .card');
  assert.deepEqual(violations, []);
  assertQuiet(page);
});

test('once loaded, dist/ keeps working offline', async () => {
  const context = await env.browser.newContext();
  const page = await open(env, { context });
  await context.setOffline(true);
  await page.click('#strategies-toggle');
  assert.equal((await cardStates(page)).find((c) => c.id === 'strategies').expanded, 'true');
  await page.locator('#chart-currency').getByRole('button', { name: 'Show table' }).click();
  await page.keyboard.press('p');
  await page.waitForSelector('.deck .slide');
  await deckReady(page);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/slide/2');
  assertQuiet(page);
  await context.close();
});

test('the wasm links no float formatting: every number the app writes is whole or already text', async () => {
  // Rust's float formatting (core's flt2dec) costs about 11 KB of wasm, and one `f64::to_string`
  // links it: it came back that way once (a scroll offset). Its Grisu table of cached powers of
  // ten begins with this 64-bit significand, which nothing else in the wasm holds.
  const name = (await readdir(DIST)).find((file) => file.endsWith('_bg.wasm'));
  const wasm = await readFile(`${DIST}${name}`);
  const grisu = Buffer.alloc(8);
  grisu.writeBigUInt64LE(0xe61acf033d1a45dfn);
  assert.equal(wasm.indexOf(grisu), -1, `${name} holds the float formatter's table (an f64 formatted with to_string or {}?)`);
});
