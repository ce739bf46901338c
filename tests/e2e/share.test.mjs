// Share: every card, every chart and the headline tiles have a Share control that copies a link
// to exactly that view (a chart shown as a table opens as a table), the embed code, and a
// citation dated the day it is copied; offers the system share sheet where the browser has one; confirms each copy in an
// announced status line; shows the text to copy by hand where the browser refuses; and is
// hidden without script.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { start, open, ready, assertQuiet, assertAccessible, cardStates, frames } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const SINGLE = fileURLToPath(new URL('../../target/hsi-infographic.html', import.meta.url));

/** A page whose clipboard the test can read back. */
async function withClipboard(options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
  return open(env, { context });
}

const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

/** Opens the Share panel of the element `owner` (a card or a chart) and returns its selector. */
async function openShare(page, owner) {
  const panel = await page.$eval(`${owner} .share__button`, (b) => `#${b.getAttribute('popovertarget')}`);
  await page.click(`${owner} .share__button`);
  await page.waitForSelector(`${panel}:popover-open`);
  // Opened, it moves the focus to its first button (on its toggle event, a task later).
  await page.waitForFunction((p) => document.querySelector(p).contains(document.activeElement), panel);
  return panel;
}

/** Clicks an action of an open panel by its text and waits for the status line to say `status`. */
async function act(page, panel, action, status) {
  await page.click(`${panel} button:text-is("${action}")`);
  await page.waitForFunction(([p, s]) => document.querySelector(`${p} [role=status]`)?.textContent === s, [panel, status]);
}

test('every card, chart and the headline tiles has one Share control, named for what it shares', async () => {
  const page = await open(env);
  const cards = await cardStates(page);
  const owners = await page.$$eval('.share__button', (buttons) => buttons.map((b) => ({
    owner: b.closest('section.card, figure.chart, #key-figures').id,
    name: b.getAttribute('aria-label'),
    panel: document.getElementById(b.getAttribute('popovertarget'))?.getAttribute('popover'),
  })));
  const charts = await page.$$eval('figure.chart', (figures) => figures.map((f) => f.id));
  assert.equal(owners.length, cards.length + charts.length + 1, 'one per card, chart and the tiles');
  for (const id of [...cards.map((c) => c.id), ...charts, 'key-figures']) {
    assert.equal(owners.filter((o) => o.owner === id).length, 1, `${id} has one Share control`);
  }
  assert.ok(owners.every((o) => o.panel === 'auto'), 'each opens the page\'s share panel, a popover');
  assert.deepEqual(owners.find((o) => o.owner === 'chart-narcotics').name, 'Share the narcotics seized chart');
  assert.deepEqual(owners.find((o) => o.owner === 'strategies').name, 'Share the section “Strategies to Disrupt Drug Trafficking”');
  assertQuiet(page);
  await page.context().close();
});

test('a Share click before the app is ready waits, then opens the panel for that card', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await context.route('**/*.wasm', async (route) => { await released; await route.continue(); });
  const page = await open(env, { context, wait: false });
  await page.waitForSelector('#ms-13 .share__button');
  await page.click('#ms-13 .share__button');
  assert.equal(await page.getAttribute('#ms-13 .share__button', 'aria-busy'), 'true', 'the button shows it is busy');
  assert.equal(await page.$eval('#share', (p) => p.matches(':popover-open')), false, 'no panel before the app can fill it');
  release();
  await ready(page);
  await page.waitForSelector('#share:popover-open');
  // The panel opens on the replayed click at once; the app names what it shares as it hears the
  // click, with a listener its first effects add.
  await page.waitForFunction(() => document.querySelector('#share .share__heading')?.textContent !== 'Share “”');
  assert.equal(await page.textContent('#share .share__heading'), 'Share “MS-13”');
  await act(page, '#share', 'Copy link', 'Link copied.');
  assert.equal(await clipboard(page), `${env.url}#ms-13`);
  assertQuiet(page);
  await context.close();
});

test('Copy link copies the link to the card, confirms it aloud, and the link opens that card', async () => {
  const page = await withClipboard();
  const panel = await openShare(page, '#ms-13');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Copy link', 'focus moves into the panel');
  await act(page, panel, 'Copy link', 'Link copied.');
  const link = await clipboard(page);
  assert.equal(link, `${env.url}#ms-13`);
  assert.equal(await page.$eval(`${panel} .share__status`, (s) => s.checkVisibility()), true, 'the confirmation is visible');
  await assertAccessible(page, 'with a share panel open');
  await page.keyboard.press('Escape');
  assert.equal(await page.$eval(panel, (p) => p.matches(':popover-open')), false, 'Esc closes it');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Share the section “MS-13”', 'focus returns to the button');
  // Opened again, the panel has no stale confirmation.
  await openShare(page, '#ms-13');
  assert.equal(await page.$eval(`${panel} .share__status`, (s) => s.textContent), '');
  // Tab past its last button: the panel closes, so it covers nothing that has the focus.
  const buttons = await page.$$eval(`${panel} button`, (bs) => bs.filter((b) => b.checkVisibility()).length);
  for (let i = 0; i < buttons; i += 1) await page.keyboard.press('Tab');
  assert.equal(await page.$eval(panel, (p) => p.matches(':popover-open')), false, 'focus leaving closes it');
  assert.equal(await page.evaluate((p) => document.querySelector(p).contains(document.activeElement), panel), false, 'the focus is outside');
  // Shift+Tab from its first button: the panel closes and the focus is on its Share button,
  // which the panel covered (wholly, on a phone).
  await openShare(page, '#ms-13');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.$eval(panel, (p) => p.matches(':popover-open')), false, 'going back out closes it');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Share the section “MS-13”', 'the focus on the Share button');
  // P in the panel is the panel's, not present mode's.
  await openShare(page, '#ms-13');
  await page.keyboard.press('p');
  await frames(page, 3);
  assert.equal(await page.evaluate(() => location.hash), '', 'P in the panel does not start presenting');
  await page.keyboard.press('Escape');
  // Opened again, a click inside it keeps it open, and its Share button pressed again closes it.
  await openShare(page, '#ms-13');
  await page.click(`${panel} .share__heading`);
  assert.equal(await page.$eval(panel, (p) => p.matches(':popover-open')), true, 'a click inside keeps it open');
  await page.click('#ms-13 .share__button');
  assert.equal(await page.$eval(panel, (p) => p.matches(':popover-open')), false, 'the Share button closes it again');
  // From one card's panel to another card's Share button: the panel opens for that card.
  await openShare(page, '#ms-13');
  await page.click('#hezbollah .share__button');
  await page.waitForFunction((p) => document.querySelector(p).matches(':popover-open') && /Hezbollah/.test(document.querySelector(p).getAttribute('aria-label')), panel);

  const other = await page.context().newPage();
  await other.goto(link);
  await ready(other);
  const states = await cardStates(other);
  assert.deepEqual(states.filter((c) => c.expanded === 'true' && ['impact', 'ms-13'].includes(c.id)).length, 2, 'the card and its parent open');
  assertQuiet(page);
  await page.context().close();
});

test('a chart shown as a table is shared as a table, and its link opens it as a table', async () => {
  const page = await withClipboard();
  await page.click('#chart-currency button:text-is("Show table")');
  await page.waitForSelector('#chart-currency-table');
  assert.equal(await page.getAttribute('#chart-currency .share__button', 'aria-label'), 'Share the illicit currency seized table');
  const panel = await openShare(page, '#chart-currency');
  await act(page, panel, 'Copy link', 'Link copied.');
  const link = await clipboard(page);
  assert.equal(link, `${env.url}#chart-currency-table`);

  const other = await page.context().newPage();
  await other.goto(link);
  await ready(other);
  await other.waitForSelector('#chart-currency-table');
  const shown = await other.$eval('#chart-currency', (chart) => {
    const box = chart.getBoundingClientRect();
    // The chart stays in the page for its downloads, hidden.
    return { inView: box.top < innerHeight && box.bottom > 0, svg: !!chart.querySelector('svg.chart__svg')?.checkVisibility() };
  });
  assert.deepEqual(shown, { inView: true, svg: false }, 'the table, in view, in place of the chart');
  // A chart link shows the chart again, in the same page.
  await other.evaluate(() => { location.hash = '#chart-currency'; });
  await other.waitForSelector('#chart-currency .chart__plot');
  // The address follows the reader's choice while it names the chart, in place: copied, or
  // reloaded, it shows what the reader sees.
  await other.evaluate(() => { location.hash = '#chart-currency-table'; });
  await other.waitForSelector('#chart-currency-table');
  const entries = await other.evaluate(() => history.length);
  await other.click('#chart-currency button:text-is("Show chart")');
  await other.waitForSelector('#chart-currency .chart__plot');
  assert.deepEqual(await other.evaluate(() => [location.hash, history.length]), ['#chart-currency', entries]);
  await other.reload();
  await ready(other);
  await other.waitForSelector('#chart-currency .chart__plot');
  assert.equal(await other.$('#chart-currency-table'), null, 'reloaded, the chart as the reader left it');
  // A link to the table shows it again. The page has no such link of its own: one is added.
  await other.evaluate(() => {
    const link = Object.assign(document.createElement('a'), { href: '#chart-currency-table', textContent: 'the table' });
    document.body.prepend(link);
  });
  await other.evaluate(() => scrollTo(0, 0));
  await other.click('a[href="#chart-currency-table"]');
  await other.waitForSelector('#chart-currency-table');
  assertQuiet(page);
  await page.context().close();
});

test('Copy embed code copies a titled, lazy, full-width iframe and the sizing script', async () => {
  const page = await withClipboard();
  const panel = await openShare(page, '#chart-narcotics');
  await act(page, panel, 'Copy embed code', 'Embed code copied: paste it into your page’s HTML.');
  const code = await clipboard(page);
  // Read in node: parsing it in the page would apply its inline style under the page's policy.
  const tag = (name) => code.match(new RegExp(`<${name}\\b[^>]*>`))?.[0] ?? '';
  const attr = (html, name) => html.match(new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s>])`));
  const frame = tag('iframe');
  const script = tag('script');
  const parsed = {
    src: attr(frame, 'src')?.[1], title: attr(frame, 'title')?.[1], loading: attr(frame, 'loading')?.[1],
    width: attr(frame, 'width')?.[1], marked: !!attr(frame, 'data-hsi-embed'),
    script: attr(script, 'src')?.[1], async: !!attr(script, 'async'),
  };
  assert.deepEqual(parsed, {
    src: `${env.url}embed/chart-narcotics/`,
    title: 'Narcotics seized, 2021 · HSI’s Focus on Disrupting Drug Trafficking Networks',
    loading: 'lazy', width: '100%', marked: true, script: `${env.url}embed.js`, async: true,
  });
  // Both addresses answer.
  for (const url of [parsed.src, parsed.script]) {
    const response = await page.request.get(url);
    assert.equal(response.status(), 200, url);
  }
  // The tiles embed too; a card has nothing to embed.
  await page.keyboard.press('Escape');
  const tiles = await openShare(page, '#key-figures');
  await act(page, tiles, 'Copy embed code', 'Embed code copied: paste it into your page’s HTML.');
  assert.match(await clipboard(page), new RegExp(`src="${env.url}embed/key-figures/"`));
  await page.keyboard.press('Escape');
  const card = await openShare(page, '#strategies');
  assert.equal(await page.$$eval(`${card} button`, (b) => b.map((x) => x.textContent).includes('Copy embed code')), false);
  await page.keyboard.press('Escape');
  // At 400 % zoom (1280×800 as 320×200), the panel scrolls: the confirmation is brought into its
  // view, and the button pressed stays in it too, not left below its visible part.
  await page.setViewportSize({ width: 320, height: 200 });
  const small = await openShare(page, '#chart-firearms');
  await page.focus(`${small} button:text-is("Copy embed code")`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((p) => document.querySelector(`${p} [role=status]`)?.textContent.startsWith('Embed code copied'), small);
  await page.waitForFunction((p) => {
    const [panel, status] = [document.querySelector(p), document.querySelector(`${p} [role=status]`)];
    const [seen, line, pressed] = [panel.getBoundingClientRect(), status.getBoundingClientRect(), document.activeElement.getBoundingClientRect()];
    const within = (r) => r.top >= seen.top - 0.5 && r.bottom <= seen.bottom + 0.5;
    return within(line) && within(pressed) && document.activeElement.textContent === 'Copy embed code';
  }, small, { timeout: 2000 });
  assertQuiet(page);
  await page.context().close();
});

test('Copy citation copies the article, its references and the part of this infographic cited, by name, dated today', async () => {
  const page = await withClipboard();
  const panel = await openShare(page, '#chart-arrests');
  await act(page, panel, 'Copy citation', 'Citation copied.');
  const text = await clipboard(page);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const lines = text.trim().split('\n');
  assert.match(lines[0], /^“HSI’s Focus on Disrupting Drug Trafficking Networks”\./);
  assert.match(lines[0], /Homeland Security Investigations \(HSI\), U\.S\. Immigration and Customs Enforcement \(ICE\)/);
  for (const reference of ['[1] Homeland Security Investigations Overview', '[2] HSI’s Role in Combating Drug Trafficking',
    '[3] DHS Drug Interdiction Efforts', '[4] DHS Fentanyl Interdiction Campaign']) {
    assert.ok(lines.includes(reference), `cites ${reference}`);
  }
  assert.equal(lines.at(-1), `“Drug smuggling arrests, 2021”, in the infographic of “HSI’s Focus on Disrupting Drug Trafficking Networks”. ${env.url}#chart-arrests (accessed ${today}).`);
  // A card's citation names its card.
  await page.keyboard.press('Escape');
  const card = await openShare(page, '#ms-13');
  await act(page, card, 'Copy citation', 'Citation copied.');
  assert.match((await clipboard(page)).trim().split('\n').at(-1), /^“MS-13”, in the infographic of “HSI’s Focus on Disrupting Drug Trafficking Networks”\. \S+#ms-13 \(accessed /);
  assertQuiet(page);
  await page.context().close();
});

test('the system share sheet is offered where the browser has one, with the title and the link', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
  });
  const page = await open(env, { context });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const panel = await openShare(page, '#chart-firearms');
  // A link copied first: its confirmation is not left standing for what the sheet did.
  await page.click(`${panel} button:text-is("Copy link")`);
  await page.waitForFunction((p) => document.querySelector(`${p} .share__status`).textContent !== '', panel);
  await page.click(`${panel} button:text-is("Share…")`);
  await page.waitForFunction(() => window.__shared.length === 1);
  assert.equal(await page.locator(`${panel} .share__status`).textContent(), '', 'the copy’s confirmation has gone');
  assert.deepEqual(await page.evaluate(() => window.__shared[0]), {
    title: 'Illicit firearms seized, 2005–2018 · HSI’s Focus on Disrupting Drug Trafficking Networks',
    url: `${env.url}#chart-firearms`,
  });
  await context.close();
  // Without one (this Chromium, on Linux), no such button.
  const plain = await open(env);
  const none = await openShare(plain, '#chart-firearms');
  assert.equal(await plain.$$eval(`${none} button`, (b) => b.some((x) => x.textContent === 'Share…')), false);
  assertQuiet(plain);
  await plain.context().close();
});

test('where the browser refuses to copy, the text is shown, selected, to copy by hand', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  const page = await open(env, { context });
  const panel = await openShare(page, '#references');
  await act(page, panel, 'Copy link', 'This browser did not allow copying. The text is selected below: copy it with Ctrl+C (⌘C on a Mac).');
  // Shown with the status, and selected in an effect after that render.
  await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
  const field = await page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el.tagName, value: el.value, selected: el.selectionEnd - el.selectionStart, readOnly: el.readOnly };
  });
  const link = `${env.url}#references`;
  assert.deepEqual(field, { tag: 'TEXTAREA', value: link, selected: link.length, readOnly: true });
  await assertAccessible(page, 'with the text to copy by hand');
  // In a window as small as 1280×1024 at 400 % zoom, the panel, taller than the window, stays
  // inside it and scrolls: its heading and its Close button can each be brought into view.
  await page.setViewportSize({ width: 320, height: 256 });
  const fit = await page.evaluate((p) => {
    const panel = document.querySelector(p);
    const within = (el) => { const r = el.getBoundingClientRect(); return r.top >= -0.5 && r.bottom <= innerHeight + 0.5; };
    const box = panel.getBoundingClientRect();
    const seen = { panel: [Math.round(box.top), Math.round(box.bottom)], scrolls: panel.scrollHeight > panel.clientHeight };
    for (const part of ['.share__heading', '.share__close']) {
      panel.querySelector(part).scrollIntoView({ block: 'nearest' });
      seen[part] = within(panel.querySelector(part));
    }
    return { ...seen, inside: within(panel) };
  }, panel);
  assert.deepEqual({ scrolls: fit.scrolls, inside: fit.inside, heading: fit['.share__heading'], close: fit['.share__close'] },
    { scrolls: true, inside: true, heading: true, close: true }, `the panel at ${fit.panel} in a 256 px window`);
  assertQuiet(page);
  await context.close();
});

test('without script there is no Share control; from the single file there is no embed code, and its link is said to be a file’s', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.url);
  assert.equal(await page.$$eval('.share__button', (b) => b.filter((x) => x.checkVisibility()).length), 0);
  await context.close();

  const files = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await files.grantPermissions(['clipboard-read', 'clipboard-write']);
  const single = await files.newPage();
  await single.goto(pathToFileURL(SINGLE).href);
  await ready(single);
  const panel = await openShare(single, '#chart-narcotics');
  const actions = await single.$$eval(`${panel} .share__actions button`, (b) => b.map((x) => x.textContent));
  assert.equal(actions.includes('Copy link'), true);
  assert.equal(actions.includes('Copy embed code'), false, 'a file has no address to embed');
  // Its link is the file's name with the place in it, and the reader is told it is no web link.
  const link = 'hsi-infographic.html#chart-narcotics';
  await act(single, panel, 'Copy link', `Copied: ${link}. This page was opened from a file, so the link is the file’s name: it opens this place beside that file, not on the web.`);
  assert.equal(await clipboard(single), link);
  // So is the address in its citation.
  await act(single, panel, 'Copy citation', 'Citation copied. This page was opened from a file, so the infographic’s address in it is the file’s name, not a web address.');
  assert.match(await clipboard(single), new RegExp(`${link.replace(/[.]/g, '\\.')} \\(accessed \\d{4}-\\d{2}-\\d{2}\\)`));
  await files.close();
  // Where the browser refuses to copy, the text shown to copy by hand is said to be a file's too.
  const refusing = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await refusing.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  const refused = await refusing.newPage();
  await refused.goto(pathToFileURL(SINGLE).href);
  await ready(refused);
  const again = await openShare(refused, '#chart-narcotics');
  await act(refused, again, 'Copy link', 'This browser did not allow copying. The text is selected below: copy it with Ctrl+C (⌘C on a Mac). This page was opened from a file, so the address in it is the file’s name, not a web address.');
  assert.equal(await refused.$eval('.share__text', (t) => t.value), link);
  await refusing.close();
});
