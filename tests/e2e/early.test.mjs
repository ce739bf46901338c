// Before the wasm and without it: cards answer from the first paint (the early script in
// <head>), the app adopts what the reader did, clicks on other controls wait and are replayed,
// and a page whose wasm cannot start says so and hides what cannot work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, ready, assertQuiet, cardStates, cardOpened, frames, passageInView } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** Opens the page with its requests to `pattern` held back until `release()`, and runs
 * `body(page, release)` on it; then the page must have made no complaint. The page is closed
 * either way. */
async function withHeld(pattern, body, { hash = '', init } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (init) await context.addInitScript(init);
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await context.route(pattern, async (route) => { await released; await route.continue(); });
  try {
    const page = await open(env, { context, wait: false, hash });
    await body(page, release);
    assertQuiet(page);
  } finally {
    release();
    await context.close();
  }
}

/** `withHeld` for the wasm: the page before the app is ready. */
const beforeTheApp = (body, options) => withHeld('**/*.wasm', body, options);

/** The notices' live region as Chromium's accessibility tree has it: its role ('ignored' when
 * it is not in the tree, so a notice shown in it would not be announced) and the text in it. */
async function noticeRegion(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: ':is(.notice--slow-app, :has(> .notice--slow-app))[role=status]' });
    assert.ok(nodeId, 'the notices are in a live region');
    const { node: { backendNodeId } } = await cdp.send('DOM.describeNode', { nodeId });
    const { nodes: [region] } = await cdp.send('Accessibility.getPartialAXTree', { backendNodeId, fetchRelatives: false });
    const { nodes: texts } = await cdp.send('Accessibility.queryAXTree', { backendNodeId, role: 'StaticText' });
    return { role: region.ignored ? 'ignored' : region.role.value, text: texts.map((t) => t.name.value).join('') };
  } finally {
    await cdp.detach();
  }
}

const state = async (page, id) => (await cardStates(page)).find((c) => c.id === id);
const isReady = (page) => page.evaluate(() => document.documentElement.classList.contains('app-ready'));

/** Every control a reader can see, by its id, label or text (a chart's focusable plot shows its
 * exact value by CSS alone, so it is not one of them). */
const visibleControls = (page) => page.$$eval('button, input, select, textarea', (els) =>
  els.filter((el) => el.checkVisibility()).map((el) => el.id || el.getAttribute('aria-label') || el.textContent.trim()));

test('cards open and close before the app is ready, and the app keeps what the reader did', async () => {
  await beforeTheApp(async (page, release) => {
    await page.waitForSelector('#strategies-toggle');
    assert.equal(await isReady(page), false, 'the wasm is held');
    await page.click('#strategies-toggle');
    await page.click('#overview-toggle');
    await page.focus('#references-toggle');
    await page.keyboard.press('Enter');
    assert.deepEqual(
      [await state(page, 'strategies'), await state(page, 'overview'), await state(page, 'references')].map((s) => [s.id, s.expanded, s.panelShown]),
      [['strategies', 'true', true], ['overview', 'false', false], ['references', 'true', true]],
      'each click answered at once',
    );
    assert.equal(await page.$eval('#strategies', (el) => el.classList.contains('card--open')), true);
    release();
    await ready(page);
    const after_ = Object.fromEntries((await cardStates(page)).map((s) => [s.id, s.expanded]));
    assert.deepEqual([after_.strategies, after_.overview, after_.references, after_.impact], ['true', 'false', 'true', 'true'], 'hydration kept every card as the reader left it');
    // The app now drives the same cards.
    await page.click('#strategies-toggle');
    assert.equal((await state(page, 'strategies')).expanded, 'false');
    await page.click('text=Open all');
    assert.ok((await cardStates(page)).every((s) => s.expanded === 'true' && s.panelShown), 'Open all works after hydration');
  });
});

test('a link the page opened at is followed once: hydration keeps what the reader did since', async () => {
  await beforeTheApp(async (page, release) => {
    await cardOpened(page, 'strategies');
    // The reader closes the linked card and scrolls on before the app is ready.
    await page.click('#strategies-toggle');
    await page.mouse.wheel(0, 600);
    const top = () => page.evaluate(() => document.getElementById('strategies').getBoundingClientRect().top);
    await page.waitForFunction(() => document.getElementById('strategies').getBoundingClientRect().top < -300);
    const scrolled = await top();
    release();
    await ready(page);
    // The app has run its effects when it calls itself ready; a reveal would scroll in the frames
    // after, so a few pass before the check.
    await frames(page, 5);
    assert.equal((await state(page, 'strategies')).expanded, 'false', 'the card the reader closed stays closed');
    assert.ok(Math.abs((await top()) - scrolled) < 2, 'the page stays where the reader scrolled');
    // Followed again, from the contents, the link opens the card and brings it into view.
    await page.click('nav.contents a[href="#strategies"]');
    await cardOpened(page, 'strategies');
    await page.waitForFunction(() => Math.abs(document.getElementById('strategies').getBoundingClientRect().top) < 50);
  }, { hash: '#strategies' });
});

test('before the app, a link to the hash already in the address bar opens its card again', async () => {
  await beforeTheApp(async (page, release) => {
    await page.waitForSelector('nav.contents a[href="#references"]');
    await page.click('nav.contents a[href="#references"]');
    await cardOpened(page, 'references');
    await page.click('#references-toggle');
    assert.equal((await state(page, 'references')).expanded, 'false');
    await page.click('nav.contents a[href="#references"]');
    await cardOpened(page, 'references');
    assert.equal(await isReady(page), false, 'the early script followed it: the wasm is still held');
    release();
    await ready(page);
  });
});

test('a click on a control that needs the app waits, shows that it is busy, and is honoured once', async () => {
  await beforeTheApp(async (page, release) => {
    await page.waitForSelector('label:has(input[value=dark])');
    await page.click('label:has(input[value=dark])');
    await page.click('#chart-narcotics .chart__actions button:first-child');
    await page.click('.footer__shortcut label');
    assert.equal(await page.getAttribute('.footer__shortcut label', 'aria-busy'), 'true', 'the shortcut switch too');
    assert.equal(await page.isChecked('.footer__shortcut input'), true, 'and keeps its state until the app is ready');
    assert.equal(await page.getAttribute('label:has(input[value=dark])', 'aria-busy'), 'true', 'the theme option shows it is busy');
    assert.equal(await page.getAttribute('#chart-narcotics .chart__actions button:first-child', 'aria-busy'), 'true');
    assert.equal(await page.$eval('input[value=dark]', (i) => i.checked), false, 'nothing changes before the app can do it');
    // A download that takes long (here, held): after a while the page says the features are
    // still loading, and what was clicked stays busy, to be answered.
    const slow = () => page.locator('.notice--slow-app').isVisible();
    assert.equal(await slow(), false, 'no notice at first');
    assert.deepEqual(await noticeRegion(page), { role: 'status', text: '' }, 'an empty live region, there already');
    await page.waitForSelector('.notice--slow-app', { state: 'visible', timeout: 15000 });
    assert.match(await page.locator('.notice--slow-app').innerText(), /^The interactive features are still loading/);
    const region = await noticeRegion(page);
    assert.equal(region.role, 'status');
    assert.match(region.text, /^The interactive features are still loading/, 'the notice is said in the region');
    assert.equal(await page.getAttribute('label:has(input[value=dark])', 'aria-busy'), 'true', 'still busy, to be answered');
    assert.equal(await page.locator('.notice--no-app').isVisible(), false, 'not said to have failed');
    release();
    await ready(page);
    assert.equal(await slow(), false, 'the notice goes once the app is in');
    assert.deepEqual(await noticeRegion(page), { role: 'status', text: '' }, 'and the region is empty again');
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page.waitForSelector('#chart-narcotics table');
    assert.equal(await page.$$eval('[aria-busy]', (els) => els.length), 0, 'no control stays busy');
    assert.equal(await page.$eval('input[value=dark]', (i) => i.checked), true);
    await page.waitForFunction(() => localStorage.getItem('hsi-infographic.shortcut') === 'off');
    assert.equal(await page.isChecked('.footer__shortcut input'), false, 'the switch was honoured once');
  });
});

test('a theme chosen by its arrow keys before the app is ready is applied once it is', async () => {
  await beforeTheApp(async (page, release) => {
    await page.waitForSelector('input[value=auto]');
    await page.focus('input[value=auto]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Chromium moves a radio group by a click on the next radio: the early script holds it.
    assert.equal(await page.getAttribute('label:has(input[value=dark])', 'aria-busy'), 'true');
    release();
    await ready(page);
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    assert.equal(await page.evaluate(() => localStorage.getItem('hsi-infographic.theme')), 'dark');
  });
});

test('P pressed before the app is ready starts presenting once it is', async () => {
  await beforeTheApp(async (page, release) => {
    await page.waitForSelector('[aria-keyshortcuts="P"]');
    await page.keyboard.press('p');
    assert.equal(await page.getAttribute('[aria-keyshortcuts="P"]', 'aria-busy'), 'true');
    release();
    await page.waitForFunction(() => location.hash === '#/slide/1' && document.querySelector('.deck .slide'));
  });
});

test('the P key can be turned off (WCAG 2.1.4): then neither shown nor honoured, before the app or after, and it stays off', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await open(env, { context });
  const shortcut = page.getByRole('checkbox', { name: 'The P key starts present mode from anywhere on this page' });
  const present = page.locator('#present');
  assert.equal(await shortcut.isChecked(), true, 'on by default');
  await shortcut.uncheck();
  assert.equal(await present.getAttribute('aria-keyshortcuts'), null, 'no shortcut announced');
  assert.equal(await present.locator('kbd').count(), 0, 'no key shown');
  assert.equal(await page.evaluate(() => localStorage.getItem('hsi-infographic.shortcut')), 'off');
  await page.locator('h1').click();
  // The P listener goes in the effects after the switch's render: a task later.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
  await page.keyboard.press('p');
  await frames(page, 5);
  assert.equal(await page.evaluate(() => location.hash), '', 'P does nothing');
  assert.equal(await page.locator('.deck').count(), 0);
  assertQuiet(page);
  await page.close();

  // Remembered, and honoured by the early script too: before the app, P is not held for it.
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await context.route('**/*.wasm', async (route) => { await released; await route.continue(); });
  const early = await open(env, { context, wait: false });
  await early.waitForSelector('#shortcut');
  assert.equal(await early.locator('#present kbd').evaluate((k) => k.checkVisibility()), false, 'no key shown before the app');
  assert.equal(await early.getAttribute('#present', 'aria-keyshortcuts'), null, 'nor announced');
  assert.equal(await early.isChecked('#shortcut'), false, 'the switch shows it off before the app');
  await early.locator('h1').click();
  await early.keyboard.press('p');
  assert.equal(await early.getAttribute('#present', 'aria-busy'), null, 'P is not held for the app');
  // Turned on before the app is ready: the click waits, and is honoured as the reader meant it,
  // whatever the app's start does to the box meanwhile (it is prerendered on).
  await early.click('.footer__shortcut label');
  assert.equal(await early.getAttribute('.footer__shortcut label', 'aria-busy'), 'true');
  release();
  await ready(early);
  await early.waitForFunction(() => document.getElementById('present').getAttribute('aria-keyshortcuts') === 'P');
  await frames(early, 5);
  assert.equal(await early.evaluate(() => location.hash), '', 'P, pressed while off, is not replayed');
  assert.equal(await early.isChecked('#shortcut'), true, 'the switch shows it on');
  assert.equal(await early.locator('#present kbd').count(), 1);
  await early.getByRole('checkbox', { name: /P key/ }).uncheck();
  assert.equal(await early.locator('#present kbd').count(), 0);

  // Turned on again, P presents; a corrupt saved value counts as on.
  await early.getByRole('checkbox', { name: /P key/ }).check();
  assert.equal(await early.getAttribute('#present', 'aria-keyshortcuts'), 'P');
  assert.equal(await early.evaluate(() => localStorage.getItem('hsi-infographic.shortcut')), null);
  await early.evaluate(() => localStorage.setItem('hsi-infographic.shortcut', '{"bad'));
  await early.reload();
  await ready(early);
  assert.equal(await early.getByRole('checkbox', { name: /P key/ }).isChecked(), true);
  await early.locator('h1').click();
  await early.keyboard.press('p');
  await early.waitForFunction(() => location.hash === '#/slide/1' && document.querySelector('.deck .slide'));
  assertQuiet(early);
  await context.close();
});

/** Runs in the page: notes, as each paint and largest paint is reported, what the page holds
 * then (read at once, not later, when the early script may have let a stalled sheet go). */
function notePaints() {
  window.paints = [];
  const note = (list) => {
    for (const entry of list.getEntries()) {
      window.paints.push({
        name: entry.entryType === 'paint' ? entry.name : entry.element?.className,
        figures: !!document.querySelector('.tiles'),
        cards: !!document.getElementById('main'),
      });
    }
  };
  new PerformanceObserver(note).observe({ type: 'paint', buffered: true });
  new PerformanceObserver(note).observe({ type: 'largest-contentful-paint', buffered: true });
}

test('the title and opening paragraph paint before the rest is parsed; the page is styled from its first paint; present mode\'s sheet styles present mode alone', async () => {
  await withHeld('**/present-*.css', async (page, release) => {
    // Present mode's sheet is linked right after the opening paragraph, and Chromium parses no
    // further until it is in: the title and the paragraph (the largest paint) come first.
    await page.waitForFunction(() => window.paints?.some((p) => /^hero__(title|lede)$/.test(p.name)));
    const paints = await page.evaluate(() => window.paints);
    const first = paints.find((p) => p.name === 'first-contentful-paint');
    const largest = paints.find((p) => /^hero__(title|lede)$/.test(p.name));
    assert.deepEqual([first.figures, first.cards, largest.figures, largest.cards], [false, false, false, false],
      `the figures and the cards come after the sheet: ${JSON.stringify(paints)}`);
    const look = () => page.$eval('[aria-keyshortcuts="P"]', (button) => {
      const key = getComputedStyle(button.querySelector('kbd'));
      return { ground: getComputedStyle(button).backgroundColor, font: key.fontFamily, border: key.borderStyle };
    });
    const before_ = await look();
    assert.equal(before_.ground, 'rgba(0, 0, 0, 0)', 'the Present button shows the navy band through it');
    assert.equal(before_.border, 'solid', 'its key has its frame');
    assert.doesNotMatch(before_.font, /mono/i, 'its key is set in the page\'s type');
    release();
    await ready(page);
    assert.deepEqual(await look(), before_, 'the sheet changes nothing on the page');
    // The app moved the link out of #app before it hydrated (the console stays quiet), and the
    // browser kept the sheet: present mode is styled, and the sheet was fetched once.
    assert.deepEqual(await page.evaluate(() => ({
      inApp: document.querySelectorAll('#app link').length,
      sheets: [...document.styleSheets].filter((sheet) => /present-/.test(sheet.href ?? '')).length,
      fetched: performance.getEntriesByType('resource').filter((e) => /present-/.test(e.name)).length,
    })), { inApp: 0, sheets: 1, fetched: 1 });
    await page.keyboard.press('p');
    await page.waitForSelector('.deck .slide');
    assert.equal(await page.$eval('.deck', (deck) => getComputedStyle(deck).position), 'fixed', 'present mode is styled');
  }, { init: notePaints });
});

test('present mode\'s sheet stalled does not hide the article or hold the app back: the page is parsed on, its cards work, and the app starts', async () => {
  await withHeld('**/present-*.css', async (page, release) => {
    await page.waitForFunction(() => window.paints?.some((p) => p.name === 'first-contentful-paint'));
    assert.equal(await page.evaluate(() => window.paints[0].cards), false, 'the rest waits for the sheet at first');
    await page.waitForSelector('#main', { state: 'attached', timeout: 4000 });
    assert.equal(await page.$eval('link[href*="present-"]', (link) => link.parentElement.localName), 'body', 'the pending sheet went to the end of the page');
    await page.waitForSelector('#strategies-toggle');
    await page.click('#strategies-toggle');
    assert.equal((await state(page, 'strategies')).expanded, 'true', 'a card answers');
    // The sheet holds the load event back for as long as it stalls: the wasm starts, and the
    // handout's sheet is linked, two seconds after the page is parsed all the same.
    await page.click('#present');
    assert.equal(await page.getAttribute('#present', 'aria-busy'), 'true', 'Present waits for the app');
    await page.waitForSelector('html.app-ready', { timeout: 8000 });
    await page.waitForSelector('.deck .slide');
    assert.deepEqual(await page.evaluate(() => ({
      loaded: document.readyState === 'complete',
      print: [...document.querySelectorAll('link[media=print]')].map((link) => link.parentElement.localName),
    })), { loaded: false, print: ['body'] }, 'started before the page loaded; the handout\'s sheet linked');
    await page.keyboard.press('Escape');
    await page.waitForSelector('main .card');
    release();
    await ready(page);
    await page.keyboard.press('p');
    await page.waitForSelector('.deck .slide');
    assert.equal(await page.$eval('.deck', (deck) => getComputedStyle(deck).position), 'fixed', 'present mode is styled once the sheet comes');
  }, { init: notePaints });
});

test('the handout\'s sheet is linked once the page has loaded, and is for print alone', async () => {
  const page = await open(env);
  assert.deepEqual(await page.evaluate(() => {
    // At load, or two seconds after the page is parsed if load is later (a slow machine).
    const { loadEventStart, domInteractive } = performance.getEntriesByType('navigation')[0];
    const fetched = performance.getEntriesByType('resource').filter((e) => /print-/.test(e.name));
    return {
      holders: document.querySelectorAll('noscript[data-print-sheet]').length,
      links: [...document.querySelectorAll('link[href*="print-"]')].map((link) => [link.media, link.parentElement.localName, !!link.sheet]),
      fetched: fetched.length,
      afterLoad: fetched.every((e) => e.startTime >= Math.min(loadEventStart, domInteractive + 2000)),
    };
  }), { holders: 0, links: [['print', 'body', true]], fetched: 1, afterLoad: true });
  assertQuiet(page);
  await page.context().close();
});

test('printed before the handout\'s sheet is in, every card\'s content is there', async () => {
  await withHeld('**/print-*.css', async (page) => {
    await page.waitForSelector('html.app-ready main .card');
    await page.click('#overview-toggle');
    assert.equal((await state(page, 'overview')).expanded, 'false', 'a card closed by the reader');
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await page.evaluate(() => ({
      sheet: [...document.querySelectorAll('link[media=print]')].map((link) => !!link.sheet),
      hidden: [...document.querySelectorAll('.card__panel')].filter((panel) => !panel.firstElementChild.checkVisibility()).map((panel) => panel.id),
    })), { sheet: [false], hidden: [] });
    await page.emulateMedia({ media: 'screen' });
  });
});

test('with the wasm blocked, the page says so, hides what cannot work, and its cards still work', async () => {
  for (const hash of ['', '#strategies']) {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/*.wasm', (route) => route.abort());
    try {
      const page = await open(env, { context, wait: false, hash });
      await page.waitForFunction(() => document.documentElement.classList.contains('wasm-failed'));
      const notice = page.locator('.notice--no-app');
      assert.ok(await notice.isVisible(), 'the notice shows');
      assert.match(await notice.innerText(), /present mode, the theme switch, sharing, .* the P key\) could not start/);
      const region = await noticeRegion(page);
      assert.equal(region.role, 'status');
      assert.match(region.text, /could not start/, 'the notice is said in the live region');
      // The header's bar of controls goes with its controls, leaving no empty band.
      assert.equal(await page.locator('.hero__bar').isVisible(), false, 'no empty bar above the title');
      const controls = await visibleControls(page);
      const toggles = controls.filter((c) => c.endsWith('-toggle'));
      assert.ok(toggles.length >= 5, `the card toggles show (${toggles.length})`);
      assert.deepEqual(controls.filter((c) => !c.endsWith('-toggle')), [], 'no control that needs the wasm shows');
      if (hash) {
        assert.equal((await state(page, 'strategies')).expanded, 'true', 'a deep link opens its card');
      }
      await page.click('#overview-toggle');
      assert.equal((await state(page, 'overview')).expanded, 'false');
      await page.focus('#overview-toggle');
      await page.keyboard.press('Space');
      assert.equal((await state(page, 'overview')).expanded, 'true');
      await page.evaluate(() => { location.hash = '#ms-13'; });
      await cardOpened(page, 'ms-13');
      assert.equal((await state(page, 'impact')).expanded, 'true', 'and the card around it');
      // A link to a passage in a closed card inside a closed card (as find in page) opens both.
      await page.click('#impact-toggle');
      await page.goto(`${env.url}#:~:text=landmark%20achievement`);
      await cardOpened(page, 'sinaloa-cartel');
      await cardOpened(page, 'impact');
      await page.waitForFunction(passageInView, 'landmark achievement');
      // The only message is the browser's own, once, about the blocked download.
      assert.deepEqual(page.problems, ['console error: Failed to load resource: net::ERR_FAILED']);
    } finally {
      await context.close();
    }
  }
});

test('a panic in the wasm after start shows the notice and hands the cards back to the page', async () => {
  const page = await open(env);
  // What an aborting panic raises: an uncaught WebAssembly.RuntimeError.
  await page.evaluate(() => dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable') })));
  await page.waitForFunction(() => document.documentElement.classList.contains('wasm-failed') && !document.documentElement.classList.contains('app-ready'));
  assert.ok(await page.locator('.notice--no-app').isVisible(), 'the notice shows');
  assert.deepEqual(await visibleControls(page).then((c) => c.filter((x) => !x.endsWith('-toggle'))), [], 'the dead controls are gone');
  const before_ = (await state(page, 'strategies')).expanded;
  await page.click('#strategies-toggle');
  assert.notEqual((await state(page, 'strategies')).expanded, before_, 'the early script answers the card again');
  assertQuiet(page);
});
