// The presenter console: S (and its button) opens it in a second window that keeps in step with
// the audience's, both ways, from a host, under a sub-path and from the single file on file://;
// messages from any other window, or without the session's token, are ignored; closing either
// window leaves the other working; a blocked pop-up shows the console in the deck's own window.
// T in either window changes both; F and O act in the window they are pressed in (O in the
// console picks a slide there, and the room follows); the target duration is kept in storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { start, open, ready, deckReady, themeAfter, assertQuiet, assertAccessible, DIST, chosenFocused, showsSlide, accessibleNode } from './harness.mjs';
import { serve } from './server.mjs';

const SINGLE = fileURLToPath(new URL('../../target/hsi-infographic.html', import.meta.url));

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const shows = (page, n) => showsSlide(page, n, { timeout: 10000 });
/** The console's B button, which blanks the room's screen. */
const blankButton = (page) => page.locator('.console .deck__controls [aria-keyshortcuts="B"]');
const lags = [];
after(() => lags.length && console.log(`console lag, key to the other window showing the slide: median ${lags.sort((a, b) => a - b)[lags.length >> 1]} ms, worst ${Math.max(...lags)} ms over ${lags.length} keys`));

/** Presses `key` in `from` and waits for `to` to show slide `n`, recording the lag. */
async function inStep(from, to, key, n) {
  const t0 = Date.now();
  await from.keyboard.press(key);
  await shows(to, n);
  lags.push(Date.now() - t0);
  await shows(from, n);
}

/** Opens the console with S from the deck page; resolves to the console's window, ready (its
 * keys listened to). */
async function openConsole(page) {
  const [popup] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
  popup.problems = [];
  popup.on('console', (m) => { if (['error', 'warning'].includes(m.type())) popup.problems.push(`console ${m.type()}: ${m.text()}`); });
  popup.on('pageerror', (e) => popup.problems.push(`page error: ${e.message}`));
  await popup.waitForSelector('html.app-ready .console .console__notes li', { timeout: 15000 });
  await deckReady(popup);
  return popup;
}

/** Two windows in step both ways, then each one alone once the other is closed. */
async function twoWindows(page) {
  await shows(page, 3);
  const popup = await openConsole(page);
  await shows(popup, 3);
  assert.match(popup.url(), /#\/console\/3$/);
  for (const [key, n] of [['ArrowRight', 4], ['PageDown', 5], ['ArrowLeft', 4]]) await inStep(page, popup, key, n);
  for (const [key, n] of [['ArrowRight', 5], ['End', await page.$eval('.deck__progress', (p) => Number(p.max))], ['Home', 1], ['Space', 2]]) await inStep(popup, page, key, n);
  // The console shows the slide and the next as the room sees them, and the notes.
  assert.equal(await popup.locator('.console__now .slide').count(), 1);
  assert.equal(await popup.locator('.console__next .slide').count(), 1);
  assert.match(await popup.locator('.console__notes').innerText(), /Next: /);
  assert.match(await popup.locator('.console__elapsed').innerText(), /^\d+:\d\d$/);
  assert.equal(await blankButton(popup).getAttribute('aria-disabled'), null, 'B’s button blanks a linked room');
  await popup.close();
  await page.keyboard.press('ArrowRight');
  await shows(page, 3);
  // A console again, and this time the audience's window closes: the console goes on alone.
  const again = await openConsole(page);
  await shows(again, 3);
  // Everything its status line says from here on, as a screen reader hears it.
  await again.evaluate(() => {
    window.__heard = [];
    const line = document.querySelector('.console > p.visually-hidden[role=status]');
    new MutationObserver(() => window.__heard.push(line.textContent)).observe(line, { childList: true, characterData: true, subtree: true });
  });
  await page.close();
  // ... and says that the room no longer sees the slides, and how to link it again: the room's
  // window is gone, so not by pressing S there.
  await again.waitForFunction(() => /was closed: open the infographic there again and press P, then S, for a new console/.test(document.querySelector('.console__room').textContent));
  // ... once: not first that it left present mode, to press S there.
  const heard = (await again.evaluate(() => window.__heard)).filter((t) => t.trim());
  assert.ok(heard.length === 1 && heard[0].startsWith('The room’s window was closed'), `heard: ${JSON.stringify(heard)}`);
  // With no room to blank, B's button says it is disabled (pressed, it did nothing, and said
  // nothing).
  assert.equal(await blankButton(again).getAttribute('aria-disabled'), 'true', 'no room to blank');
  await again.keyboard.press('ArrowRight');
  await shows(again, 4);
  assert.match(again.url(), /#\/console\/4$/);
  assert.deepEqual(again.problems, [], 'the console window is quiet');
}

test('S opens the console in a second window that keeps in step both ways, from a host', async () => {
  const page = await open(env, { hash: '#/slide/3' });
  const problems = page.problems;
  await twoWindows(page);
  assert.deepEqual(problems, []);
});

test('the console works under a sub-path', async () => {
  const server = await serve(DIST, '/talks/hsi/');
  try {
    const page = await open({ ...env, url: server.url }, { hash: '#/slide/3' });
    assert.match(page.url(), /\/talks\/hsi\//);
    const problems = page.problems;
    await twoWindows(page);
    assert.deepEqual(problems, []);
  } finally {
    await server.close();
  }
});

test('the single file from file:// keeps two windows in step under its strict policy', async () => {
  assert.ok(existsSync(SINGLE), 'the single file is built (make single)');
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) problems.push(`request: ${r.url()}`); });
  await page.goto(`${pathToFileURL(SINGLE).href}#/slide/3`);
  await ready(page);
  const policy = await page.$eval('meta[http-equiv=Content-Security-Policy]', (m) => m.content);
  for (const rule of ["object-src 'none'", "default-src 'self'", "'wasm-unsafe-eval'", "'sha256-"]) assert.ok(policy.includes(rule), rule);
  assert.ok(!policy.includes("'unsafe-inline'"), 'no unsafe-inline');
  assert.equal(await page.evaluate(() => location.protocol), 'file:', 'a file:// page, with no origin to check');
  await twoWindows(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('messages from another window, or without the session token, are ignored', async () => {
  const page = await open(env, { hash: '#/slide/3' });
  const popup = await openConsole(page);
  await shows(popup, 3);
  // The deck's own window posting to itself: not the paired window.
  await page.evaluate(() => window.postMessage({ kind: 'hsi-deck-slide', token: 'x', slide: 7 }, '*'));
  // The console's window with a wrong token, and with none.
  await popup.evaluate(() => {
    opener.postMessage({ kind: 'hsi-deck-slide', token: 'not-the-token', slide: 8 }, '*');
    opener.postMessage({ kind: 'hsi-deck-slide', slide: 9 }, '*');
  });
  // A third window that holds the deck's window and even the session's token: still not the
  // paired window. The token is caught from the deck's own message to the console.
  await popup.evaluate(() => addEventListener('message', (e) => { if (e.data?.token) window.caught = e.data.token; }));
  await inStep(page, popup, 'ArrowRight', 4);
  const token = await popup.evaluate(() => window.caught);
  assert.ok(token, 'the token was caught');
  const [stranger] = await Promise.all([page.context().waitForEvent('page'), page.evaluate(() => { window.open('about:blank', 'stranger'); })]);
  await stranger.evaluate((t) => opener.postMessage({ kind: 'hsi-deck-slide', token: t, slide: 8 }, '*'), token);
  // The same message from the console's window is obeyed, so the stranger's would have been too.
  await page.waitForTimeout(500);
  assert.match(await page.locator('.deck__counter').innerText(), /^4 \//, 'the deck stays on slide 4');
  await popup.evaluate((t) => opener.postMessage({ kind: 'hsi-deck-slide', token: t, slide: 5 }, '*'), token);
  await shows(page, 6);
  assertQuiet(page);
});

test('Back, Forward and an edited address in either window keep both in step', async () => {
  const page = await open(env, { hash: '#/slide/3' });
  const popup = await openConsole(page);
  await shows(popup, 3);
  await inStep(page, popup, 'ArrowRight', 4);
  await inStep(page, popup, 'ArrowRight', 5);
  await page.goBack();
  await shows(page, 4);
  await shows(popup, 4);
  await page.goForward();
  await shows(page, 5);
  await shows(popup, 5);
  await page.evaluate(() => { location.hash = '#/slide/9'; });
  await shows(popup, 9);
  await popup.evaluate(() => { location.hash = '#/console/12'; });
  await shows(page, 12);
  // The console's own history: Back returns to the slide before 12, which the deck showed.
  await popup.goBack();
  await shows(popup, 9);
  await shows(page, 9);
  // Keys in quick succession in one window, then in the other: both end on the same slide, and
  // stay there (neither sends back a slide the other told it, which would pull it back a step).
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  await shows(page, 14);
  await shows(popup, 14);
  for (let i = 0; i < 3; i += 1) await popup.keyboard.press('ArrowLeft');
  await shows(popup, 11);
  await shows(page, 11);
  await page.waitForTimeout(300);
  await shows(popup, 11);
  await shows(page, 11);
  // A key in each window in one task, so that each window's message crosses the other's: both
  // end on one slide, the room's (its move wins a tie).
  const slideOf = (p) => p.evaluate(() => Number(document.querySelector('.deck__counter').textContent.split(' ')[0]));
  for (let round = 0; round < 3; round += 1) {
    const from = await slideOf(page);
    await page.evaluate(() => {
      const other = window.open('', 'hsi-console');
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      other.document.dispatchEvent(new other.KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    });
    await shows(page, from + 1);
    await shows(popup, from + 1);
    await page.waitForTimeout(200);
    assert.deepEqual(await Promise.all([page, popup].map(slideOf)), [from + 1, from + 1], `round ${round}: the room's slide in both`);
  }
  assertQuiet(page);
  assert.deepEqual(popup.problems, []);
  await page.context().close();
});

test('a console left open stays in step when the deck is left and presented again, or reloaded', async () => {
  const page = await open(env, { hash: '#/slide/2' });
  const popup = await openConsole(page);
  await shows(popup, 2);
  // Leave the deck and present again: a new deck, a new token, the same console window.
  await page.keyboard.press('Escape');
  await page.waitForSelector('main .card');
  // The page's effects, a task after its markup: the focus back, and P listened to.
  await page.waitForFunction(() => document.activeElement?.id === 'present', undefined, { timeout: 5000 });
  await popup.waitForFunction(() => /left present mode/.test(document.querySelector('.console__room').textContent));
  // A room that shows no slide has nothing to blank; linked again, it has.
  assert.equal(await blankButton(popup).getAttribute('aria-disabled'), 'true', 'the room left present mode: nothing to blank');
  // Presenting again goes on from the slide left.
  await page.keyboard.press('p');
  await shows(page, 2);
  await deckReady(page);
  await page.keyboard.press('s');
  await shows(popup, 2);
  await popup.waitForFunction(() => !document.querySelector('.console__room').checkVisibility());
  assert.equal(await blankButton(popup).getAttribute('aria-disabled'), null, 'linked again, the room can be blanked');
  await inStep(page, popup, 'ArrowRight', 3);
  await inStep(popup, page, 'ArrowRight', 4);
  // The audience's window reloads: the console says it has gone, and S pairs it again.
  await page.reload();
  await popup.waitForFunction(() => document.querySelector('.console__room').checkVisibility());
  await ready(page);
  await shows(page, 4);
  await page.keyboard.press('s');
  await popup.waitForFunction(() => !document.querySelector('.console__room').checkVisibility());
  await inStep(page, popup, 'ArrowRight', 5);
  await inStep(popup, page, 'ArrowLeft', 4);
  assertQuiet(page);
  assert.deepEqual(popup.problems, []);
  await page.context().close();
});

test('a clicker works from the console: B blanks the room, Page Down moves on even from the duration field', async () => {
  const page = await open(env, { hash: '#/slide/2' });
  const popup = await openConsole(page);
  await shows(popup, 2);
  const blanked = (p) => p.evaluate(() => [...document.querySelectorAll('.deck__blank')].some((el) => getComputedStyle(el).display !== 'none'));
  const room = (p) => p.evaluate(() => { const r = document.querySelector('.console__room'); return r.checkVisibility() ? r.textContent : ''; });
  assert.equal(await room(popup), '', 'the room sees the slide');
  await popup.keyboard.press('b');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.deck__blank')).display !== 'none');
  assert.equal(await blanked(popup), false, 'the presenter keeps the notes');
  // ... and is told that the room's screen is blank, aloud too.
  await popup.waitForFunction(() => document.querySelector('.console__room').checkVisibility());
  assert.match(await room(popup), /screen is blank/);
  assert.match(await popup.locator('.console > [role=status]').textContent(), /screen is blank/);
  await popup.keyboard.press('.');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.deck__blank')).display === 'none');
  await popup.waitForFunction(() => !document.querySelector('.console__room').checkVisibility());
  // B in the room's own window is shown in the console too.
  await page.keyboard.press('b');
  await popup.waitForFunction(() => document.querySelector('.console__room').checkVisibility());
  await page.keyboard.press('b');
  await popup.waitForFunction(() => !document.querySelector('.console__room').checkVisibility());
  // The room's overview, blanked from the console, is out of reach under the black (inert), and
  // any key in the room's window brings it back first.
  await page.keyboard.press('o');
  await page.waitForSelector('.deck .overview');
  await popup.keyboard.press('b');
  await page.waitForFunction(() => document.querySelector('.deck .overview')?.inert);
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.deck__blank')).display === 'none');
  assert.equal(await page.evaluate(() => document.querySelector('.deck .overview').inert), false);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.deck .overview'));
  await popup.waitForFunction(() => !document.querySelector('.console__room').checkVisibility());
  await popup.focus('.console__target input');
  await inStep(popup, page, 'PageDown', 3);
  await popup.keyboard.type('20');
  assert.equal(await popup.inputValue('.console__target input'), '20', 'digits still go into the field');
  assert.match(await popup.locator('.deck__counter').innerText(), /^3 \//, 'and do not jump');
  await inStep(popup, page, 'PageUp', 2);
  // The room's window leaves present mode: the console says so.
  await page.keyboard.press('Escape');
  await popup.waitForFunction(() => document.querySelector('.console__room').checkVisibility());
  assert.match(await room(popup), /left present mode/);
  assertQuiet(page);
  assert.deepEqual(popup.problems, []);
  await page.context().close();
});

test('the console’s buttons do what its keys do, the blank one showing the room’s state, under a heading of its own', async () => {
  const page = await open(env, { hash: '#/slide/2' });
  const popup = await openConsole(page);
  await shows(popup, 2);
  // Its structure: one h1 naming it, its parts' h2s, and the slide shown under Now, its title an
  // h3 (not another h1, nor a region of its own); "Next" names the next slide, whose copy is hidden.
  const outline = await popup.getByRole('heading').evaluateAll((hs) => hs.map((h) => {
    const spoken = h.cloneNode(true);
    spoken.querySelectorAll('[aria-hidden=true]').forEach((el) => el.remove());
    return `${h.localName} ${spoken.textContent}`;
  }));
  assert.deepEqual(outline, [
    'h1 Presenter console: HSI’s Focus on Disrupting Drug Trafficking Networks',
    'h2 Now',
    'h3 Key figures',
    'h2 Next: Slide 3 of 27: Overview',
    'h2 Speaker notes',
  ]);
  assert.equal(await popup.getByRole('region').count(), 0, 'the console is one landmark (its main), with no regions inside');
  // Previous and Next move both windows.
  await popup.getByRole('button', { name: 'Next (→)' }).click();
  await shows(page, 3);
  await shows(popup, 3);
  await popup.getByRole('button', { name: 'Previous (←)' }).click();
  await shows(page, 2);
  await shows(popup, 2);
  const blank = popup.getByRole('button', { name: 'Blank the room’s screen (B)' });
  assert.equal(await blank.getAttribute('aria-pressed'), 'false');
  assert.equal(await blank.getAttribute('aria-keyshortcuts'), 'B');
  await blank.click();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.deck__blank')).display !== 'none');
  await popup.waitForFunction(() => document.querySelector('[aria-keyshortcuts=B]').getAttribute('aria-pressed') === 'true');
  // B in the room's window brings the slide back, and the button shows it.
  await page.keyboard.press('b');
  await popup.waitForFunction(() => document.querySelector('[aria-keyshortcuts=B]').getAttribute('aria-pressed') === 'false');
  // A click hands the focus back to the console, so a clicker's keys go on working.
  assert.equal(await popup.evaluate(() => document.activeElement?.classList.contains('console')), true);
  // The theme button names the theme worn, and changes both windows' from the projector's.
  await popup.getByRole('button', { name: 'Theme: Projector (T switches)' }).click();
  await page.waitForFunction(() => document.documentElement.dataset.theme !== 'projector');
  await popup.waitForFunction(() => document.documentElement.dataset.theme !== 'projector');
  await popup.getByRole('button', { name: 'Overview (O)' }).click();
  await popup.waitForSelector('.console--overview .overview__item');
  await chosenFocused(popup);
  await popup.keyboard.press('Escape');
  await popup.waitForSelector('.console .console__notes');
  assert.equal(await popup.getByRole('button', { name: 'Full screen (F)' }).count(), 1);
  await assertAccessible(popup, 'console with its buttons');
  assertQuiet(page);
  assert.deepEqual(popup.problems, []);
  await page.context().close();
});

test('the Console button opens it too', async () => {
  const page = await open(env, { hash: '#/slide/2' });
  const [popup] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Console' }).click()]);
  await popup.waitForSelector('html.app-ready .console');
  await shows(popup, 2);
  assertQuiet(page);
});

test('where the pop-up is blocked, the console shows in the same window and S switches back', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => { window.open = () => null; });
  const page = await open(env, { context, hash: '#/slide/4' });
  await page.keyboard.press('s');
  await page.waitForSelector('.console .console__notes li');
  await shows(page, 4);
  assert.equal(context.pages().length, 1, 'no second window');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/slide/5');
  await shows(page, 5);
  await assertAccessible(page, 'in the console', { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa', 'best-practice'] });
  await page.keyboard.press('s');
  await page.waitForSelector('.deck .slide');
  await shows(page, 5);
  await page.keyboard.press('s');
  await page.getByRole('button', { name: 'Audience view' }).click();
  await page.waitForSelector('.deck .slide');
  assertQuiet(page);
  await context.close();
});

const themeOf = (p) => p.getAttribute('html', 'data-theme');

test('T in either window changes the theme of both; a forged or malformed theme message is ignored', async () => {
  const page = await open(env, { hash: '#/slide/2' });
  // Each window applies a theme in an effect, a task after the render: read once it has changed.
  assert.notEqual(await themeAfter(page, 'projector', () => page.keyboard.press('t')), 'projector');
  const popup = await openConsole(page);
  await shows(popup, 2);
  await popup.waitForFunction((t) => document.documentElement.dataset.theme === t, await themeOf(page));
  const t0 = Date.now();
  const next = await themeAfter(page, await themeOf(page), () => page.keyboard.press('t'));
  await popup.waitForFunction((t) => document.documentElement.dataset.theme === t, next, { timeout: 10000 });
  lags.push(Date.now() - t0);
  const after = await themeAfter(popup, next, () => popup.keyboard.press('t'));
  assert.notEqual(after, next);
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, after, { timeout: 10000 });
  // From the console's window, with no token, a wrong one, or a theme this app does not have;
  // and from the deck's own window with the real token: none is obeyed.
  await popup.evaluate(() => addEventListener('message', (e) => { if (e.data?.token) window.caught = e.data.token; }));
  await inStep(page, popup, 'ArrowRight', 3);
  const token = await popup.evaluate(() => window.caught);
  assert.ok(token, 'the token was caught');
  // Every forged message asks for a theme other than the deck's, so obeying one would show.
  const forged = after === 'dark' ? 'light' : 'dark';
  await popup.evaluate(([t, forged]) => {
    for (const message of [
      { kind: 'hsi-deck-theme', theme: forged },
      { kind: 'hsi-deck-theme', token: 'not-the-token', theme: forged },
      { kind: 'hsi-deck-theme', token: t, theme: forged.toUpperCase() },
      { kind: 'hsi-deck-theme', token: t, theme: [forged] },
      { kind: 'hsi-deck-theme', token: t, theme: 7 },
      { kind: 'hsi-deck-theme', token: t, theme: 'x'.repeat(100000) },
      { kind: 'hsi-deck-theme', token: t },
      'hsi-deck-theme',
      null,
    ]) opener.postMessage(message, '*');
  }, [token, forged]);
  await page.evaluate(([t, theme]) => window.postMessage({ kind: 'hsi-deck-theme', token: t, theme }, '*'), [token, forged]);
  await page.waitForTimeout(500);
  assert.equal(await themeOf(page), after, 'the deck keeps its theme');
  // The same message, well formed, from the paired window is obeyed: so the others were refused.
  const wanted = after === 'light' ? 'dark' : 'light';
  await popup.evaluate(([t, theme]) => opener.postMessage({ kind: 'hsi-deck-theme', token: t, theme }, '*'), [token, wanted]);
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, wanted);
  await inStep(popup, page, 'ArrowRight', 4);
  assertQuiet(page);
  assert.deepEqual(popup.problems, []);
  await page.context().close();
});

test('F fills the screen of the window it is pressed in: the console’s own in the console', async () => {
  const page = await open(env, { hash: '#/slide/2' });
  const popup = await openConsole(page);
  await shows(popup, 2);
  const full = (p) => p.evaluate(() => Boolean(document.fullscreenElement));
  await popup.keyboard.press('f');
  await popup.waitForFunction(() => Boolean(document.fullscreenElement));
  assert.equal(await full(page), false, 'the audience’s window is its own');
  await popup.keyboard.press('f');
  await popup.waitForFunction(() => !document.fullscreenElement);
  await inStep(popup, page, 'ArrowRight', 3);
  assertQuiet(page);
  assert.deepEqual(popup.problems, []);
  await page.context().close();
});

test('O in the console: the presenter picks a slide in the console’s overview, and the room follows on Enter', async () => {
  const page = await open(env, { hash: '#/slide/3' });
  const popup = await openConsole(page);
  await shows(popup, 3);
  await popup.keyboard.press('o');
  await popup.waitForSelector('.console .overview .overview__item--chosen');
  await chosenFocused(popup);
  assert.equal(await popup.$eval('.overview .overview__item--chosen', (b) => b.id), await popup.evaluate(() => document.activeElement.id), 'the chosen slide has the focus');
  assert.equal(await page.locator('.overview').count(), 0, 'the room does not see the overview');
  await popup.keyboard.press('ArrowRight');
  await popup.keyboard.press('ArrowDown');
  const chosen = await popup.$eval('.overview .overview__item--chosen', (b) => [...b.closest('ol').children].indexOf(b.closest('li')) + 1);
  assert.equal(chosen, 9, 'right one, down a row of five: slide 9');
  await page.waitForTimeout(300);
  assert.match(await page.locator('.deck__counter').innerText(), /^3 \//, 'the room keeps its slide while the presenter looks');
  await inStep(popup, page, 'Enter', 9);
  await popup.waitForSelector('.console .console__notes li');
  // The overview closed, the console has the focus again (an effect): its keys are its own again.
  await deckReady(popup);
  // Esc closes the console's overview, not the console.
  await popup.keyboard.press('o');
  await popup.waitForSelector('.console .overview');
  await chosenFocused(popup);
  await popup.keyboard.press('Escape');
  await popup.waitForSelector('.console .console__notes li');
  await deckReady(popup);
  assert.equal(popup.isClosed(), false);
  await assertAccessible(popup, 'in the console', { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa', 'best-practice'] });
  await popup.keyboard.press('o');
  await popup.waitForSelector('.console .overview');
  await chosenFocused(popup);
  await assertAccessible(popup, 'in the console’s overview', { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa', 'best-practice'] });
  await popup.keyboard.press('Escape');
  assertQuiet(page);
  assert.deepEqual(popup.problems, []);
  await page.context().close();
});

test('the target duration is kept across reloads; a corrupt saved value is dropped quietly', async () => {
  const KEY = 'hsi-infographic.console-target';
  const page = await open(env, { hash: '#/slide/2' });
  const popup = await openConsole(page);
  await shows(popup, 2);
  const reload = async () => {
    await popup.reload();
    await popup.waitForSelector('html.app-ready .console .console__notes li');
    await deckReady(popup);
  };
  for (const junk of ['-5', 'twenty', '{"minutes":20}', '1e3', '9'.repeat(5000), '0', '']) {
    const what = JSON.stringify(junk.slice(0, 20));
    await popup.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, junk]);
    await reload();
    await popup.waitForFunction((k) => localStorage.getItem(k) === null, KEY);
    assert.equal(await popup.inputValue('.console__target input'), '', `no target from ${what}`);
    assert.equal(await popup.locator('.console__pace').textContent(), '', `no pace from ${what}`);
    await inStep(popup, page, 'ArrowRight', 3);
    await inStep(page, popup, 'ArrowLeft', 2);
  }
  const paced = () => popup.waitForFunction(() => /pace/i.test(document.querySelector('.console__pace').textContent));
  await popup.fill('.console__target input', '25');
  await paced();
  assert.equal(await popup.evaluate((k) => localStorage.getItem(k), KEY), '25');
  await reload();
  await popup.waitForFunction(() => document.querySelector('.console__target input').value === '25');
  await paced();
  // It says by how much: a talk on its second slide at its start is on pace; on its last, ahead
  // by nearly all of them; past its target, over time by the nearest minute.
  const said = () => popup.locator('.console__pace').textContent();
  assert.equal(await said(), 'On pace');
  const total = await page.$eval('.deck__progress', (p) => Number(p.max));
  await inStep(popup, page, 'End', total);
  assert.match(await said(), /^Ahead of pace by 2\d slides$/);
  // A screen reader hears its kind, without the number, and not again as the number changes.
  const heard = () => popup.locator('.console__now [aria-live]').textContent();
  assert.equal(await heard(), 'Ahead of pace');
  await inStep(popup, page, 'ArrowLeft', total - 1);
  assert.match(await said(), /^Ahead of pace by 2\d slides$/);
  assert.equal(await heard(), 'Ahead of pace');
  await inStep(popup, page, 'Home', 1);
  const now = Math.floor(Date.now() / 1000);
  await popup.evaluate((v) => localStorage.setItem('hsi-infographic.console-started', v), `${now - 185}:${now - 1}`);
  await reload();
  await popup.fill('.console__target input', '1');
  await popup.waitForFunction(() => /^Over time by 2 min$/.test(document.querySelector('.console__pace').textContent));
  await popup.fill('.console__target input', '25');
  await paced();
  // A target it cannot keep, typed: the field says so, where the pace was.
  for (const typed of ['0', '999999', '1.5']) {
    await popup.fill('.console__target input', typed);
    await popup.waitForFunction(() => document.querySelector('.console__pace')?.textContent === 'Give whole minutes, 1 to 600');
    assert.equal(await popup.getAttribute('.console__target input', 'aria-invalid'), 'true', typed);
    assert.equal(await popup.$eval('.console__target input', (i) => document.getElementById(i.getAttribute('aria-describedby'))?.textContent), 'Give whole minutes, 1 to 600', 'the reason, with the field');
    assert.equal(await popup.evaluate((k) => localStorage.getItem(k), KEY), null, `${typed} is not kept`);
  }
  // Text the field cannot read as a number (its value is then empty): said too, and left as typed.
  await popup.fill('.console__target input', '');
  await popup.type('.console__target input', '1e');
  await popup.waitForFunction(() => document.querySelector('.console__pace')?.textContent === 'Give whole minutes, 1 to 600');
  assert.equal(await popup.getAttribute('.console__target input', 'aria-invalid'), 'true', '1e');
  // ... and typed on, it stays as typed: "1e3" is not taken for 13 (the field was set back to
  // the "1" before its "e", in the render after it).
  await popup.type('.console__target input', '3');
  await popup.waitForFunction(() => document.querySelector('.console__target input').value !== '');
  assert.deepEqual(await popup.evaluate((k) => [document.querySelector('.console__target input').value, localStorage.getItem(k), document.querySelector('.console__pace').textContent], KEY),
    ['1e3', null, 'Give whole minutes, 1 to 600']);
  await popup.fill('.console__target input', '');
  await popup.waitForFunction(() => document.querySelector('.console__pace').textContent === '');
  assert.equal(await popup.getAttribute('.console__target input', 'aria-invalid'), null);
  assert.equal(await popup.evaluate((k) => localStorage.getItem(k), KEY), null, 'an emptied field forgets the target');
  assertQuiet(page);
  assert.deepEqual(popup.problems, []);
  await page.context().close();
});

test('the talk’s time survives a reload and a console opened again; pressed, it restarts; a rehearsal’s, or a corrupt start, is dropped', async () => {
  const KEY = 'hsi-infographic.console-started';
  const page = await open(env, { hash: '#/console/3', wait: false });
  await page.waitForSelector('html.app-ready .console .console__notes li', { timeout: 15000 });
  const elapsed = () => page.$eval('.console__elapsed', (t) => t.textContent);
  const minutes = async () => Number((await elapsed()).split(':')[0]);
  const reload = async () => {
    await page.reload();
    await page.waitForSelector('html.app-ready .console .console__notes li', { timeout: 15000 });
  };
  const now = () => Math.floor(Date.now() / 1000);
  // A talk under way for five minutes, its console last seen a moment ago: shown after a reload.
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, `${now() - 300}:${now() - 2}`]);
  await reload();
  assert.equal(await minutes(), 5, await elapsed());
  // "Elapsed", a button, starts it again, which is its description; the time beside it is not in
  // its name, so the focused button is not named anew each second (a screen reader says so).
  await page.focus('.console__restart');
  const named = async () => {
    const { role, name, description } = await accessibleNode(page, 'document.activeElement');
    return [role, name, description];
  };
  const was = await elapsed();
  assert.deepEqual(await named(), ['button', 'Elapsed', 'Restarts the timer from 0:00']);
  await page.waitForFunction((t) => document.querySelector('.console__elapsed').textContent !== t, was);
  assert.deepEqual(await named(), ['button', 'Elapsed', 'Restarts the timer from 0:00'], 'the same name as the time goes on');
  // Pressed with the mouse, it starts again, and hands the focus back: Space moves the slides.
  await page.click('.console__restart');
  await page.waitForFunction(() => document.querySelector('.console__elapsed').textContent.startsWith('0:0'));
  assert.notEqual(await page.evaluate(() => document.activeElement?.className), 'console__restart');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.hash === '#/console/4');
  await reload();
  assert.equal(await minutes(), 0, 'the restart is kept across a reload');
  // A rehearsal whose console went more than 15 minutes before, a start in the future, or one
  // unreadable: the timer starts anew, and saves that.
  for (const junk of [`${now() - 3600}:${now() - 16 * 60}`, `${now() + 3600}:${now() + 3600}`, `${now() - 300}`, 'yesterday', '']) {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, junk]);
    await reload();
    assert.match(await elapsed(), /^0:0\d$/, `from ${JSON.stringify(junk)}`);
    const [start, seen] = (await page.evaluate((k) => localStorage.getItem(k), KEY)).split(':').map(Number);
    assert.ok(Math.abs(start - now()) < 30 && seen >= start, `a fresh start is saved for ${JSON.stringify(junk)}`);
  }
  // The console's own overview shows a slide's number as it is typed, and one that names none.
  await page.keyboard.press('o');
  await page.waitForSelector('.console--overview');
  await page.keyboard.type('129');
  await page.waitForFunction(() => document.querySelector('.console--overview > .deck__jump')?.textContent.startsWith('No slide 129 of'));
  assertQuiet(page);
  await page.context().close();
});

test('a console opened at its address, by no room’s window, says that it is not linked', async () => {
  const page = await open(env, { hash: '#/console/3', viewport: { width: 1280, height: 800 }, wait: false });
  await page.waitForSelector('html.app-ready .console .console__notes li', { timeout: 15000 });
  await page.waitForFunction(() => document.querySelector('.console__room').checkVisibility());
  assert.equal(await page.locator('.console__room').innerText(), 'Not linked: press S in the room’s window, in present mode, for a linked console');
  assert.equal(await page.locator('.console > p.visually-hidden[role=status]').innerText(), 'Not linked: press S in the room’s window, in present mode, for a linked console', 'and a screen reader hears it');
  // It has no room to blank: B's button says it is disabled.
  const blank = blankButton(page);
  assert.equal(await blank.getAttribute('aria-disabled'), 'true');
  // It keeps its place in the tab order; clicked, it does nothing but hand the focus back to the
  // console, whose Space then moves the slides.
  await blank.focus();
  assert.equal(await blank.evaluate((b) => b === document.activeElement && b.tabIndex >= 0), true, 'focusable');
  const box = await blank.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => document.activeElement?.matches('main.console'));
  assert.equal(await blank.getAttribute('aria-pressed'), 'false');
  await page.keyboard.press('Space');
  await shows(page, 4);
  // Its keys still move its own view.
  await page.keyboard.press('ArrowRight');
  await shows(page, 5);
  assertQuiet(page);
  await page.context().close();
});

test('on a laptop’s screen the console shows every slide’s notes whole, in large type, with both slides in view', async () => {
  // The console as a talk has it: opened by the room's window, with S.
  const room = await open(env, { hash: '#/slide/1', viewport: { width: 1024, height: 768 } });
  const page = await openConsole(room);
  assert.equal(await page.locator('.console__room').isVisible(), false, 'a linked console says nothing of its room');
  const total = Number((await page.locator('.console .deck__counter').innerText()).split('/')[1]);
  assert.ok(total > 20, `the deck has its slides (${total})`);
  // One window, resized: each common laptop screen, walked once.
  for (const [width, height] of [[1024, 768], [1280, 720], [1366, 768], [1280, 800], [1920, 1080]]) {
    await page.setViewportSize({ width, height });
    for (let n = 1; n <= total; n += 1) {
      await page.evaluate((k) => { location.hash = `#/console/${k}`; }, n);
      await shows(page, n);
      const seen = await page.evaluate(() => {
        const pane = document.querySelector('.console__notes');
        const last = [...pane.querySelectorAll('li')].at(-1).getBoundingClientRect();
        const next = document.querySelector('.console__next :is(.slide, .console__end)').getBoundingClientRect();
        return {
          hidden: pane.scrollHeight - pane.clientHeight,
          lastBottom: last.bottom,
          paneBottom: pane.getBoundingClientRect().bottom,
          type: parseFloat(getComputedStyle(pane.querySelector('.notes')).fontSize),
          row: document.querySelector('.console__now').getBoundingClientRect().height,
          now: document.querySelector('.console__now .slide').getBoundingClientRect().height,
          next: next.height,
        };
      });
      const where = `slide ${n} at ${width}×${height}`;
      assert.ok(seen.hidden <= 1 && seen.lastBottom <= seen.paneBottom + 1, `${where}: the notes need no scroll (${seen.hidden} px hidden)`);
      assert.ok(seen.type >= 17.5, `${where}: notes in large type (${seen.type} px)`);
      // The slides' row keeps at least 30 % of the window, the slide most of it.
      assert.ok(seen.row >= height * 0.3 - 1 && seen.now >= height * 0.2, `${where}: the slide shown at ${seen.now} px in a row of ${seen.row} of ${height}`);
      assert.ok(seen.next > 0, `${where}: the next slide, or the end, shown`);
    }
  }
  // A target set, and one the field cannot keep, on a laptop's screen: the pace, or the reason,
  // shows at the end of the NOW heading's line; the buttons and the slides stay where they were.
  await page.setViewportSize({ width: 1024, height: 768 });
  const places = () => page.evaluate(() => JSON.stringify(['.console__status .deck__controls', '.console__now .slide', '.console__next :is(.slide, .console__end)', '.console__notes']
    .map((s) => document.querySelector(s).getBoundingClientRect())));
  const before = await places();
  for (const [typed, said] of [['25', /pace/], ['0', /^Give whole minutes/], ['', /^$/]]) {
    await page.fill('.console__target input', typed);
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('.console__pace').textContent), said.source);
    assert.equal(await places(), before, `nothing moves with the target field holding ${JSON.stringify(typed)}`);
    const [heading, pace] = await page.$$eval('.console__pace, .console__now .console__heading', (els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    if (typed) assert.ok(pace.left > heading.right && pace.bottom <= heading.bottom + 4 && pace.right <= 1024, `the pace beside the NOW heading: ${JSON.stringify([pace, heading])}`);
  }
  // A slide's number typed shows at the end of the NEXT heading's line, as the pace does at the
  // NOW heading's: it covers neither the notes nor the slides, and moves nothing.
  await page.focus('.console');
  await page.keyboard.type('99');
  await page.waitForFunction(() => document.querySelector('.console__next .deck__jump')?.textContent.startsWith('No slide 99 of'));
  assert.equal(await places(), before, 'nothing moves as a number is typed');
  const [prompt, next, notes, now] = await page.evaluate(() => ['.console__next .deck__jump', '.console__next .console__heading', '.console__notes', '.console__now .slide']
    .map((s) => document.querySelector(s).getBoundingClientRect().toJSON()));
  const apart = (a, b) => a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left;
  assert.ok(prompt.left > next.right && prompt.right <= 1024 && prompt.bottom <= next.bottom + 4, `the number beside the NEXT heading: ${JSON.stringify([prompt, next])}`);
  assert.ok(apart(prompt, notes) && apart(prompt, now), 'over neither the notes nor the slide');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.console .deck__jump', { state: 'detached' });
  // The room blanked from its button: said over the slide shown, which dims; nothing moves, so a
  // second click where the first was brings the room's slide back.
  const blankByName = page.getByRole('button', { name: 'Blank the room’s screen (B)' });
  const box = await blankByName.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await room.waitForSelector('.deck--blank');
  await page.waitForFunction(() => document.querySelector('.console__room').checkVisibility());
  assert.equal(await places(), before, 'nothing moves as the room is blanked');
  const [said, shown] = await page.evaluate(() => ['.console__room', '.console__now .slide'].map((s) => document.querySelector(s).getBoundingClientRect().toJSON()));
  assert.ok(said.left >= shown.left && said.right <= shown.right && said.top >= shown.top && said.bottom <= shown.bottom, `said over the slide: ${JSON.stringify([said, shown])}`);
  assert.deepEqual(await blankByName.boundingBox(), box, 'the button stays under the pointer');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await room.waitForSelector('.deck:not(.deck--blank)');
  await page.waitForFunction(() => !document.querySelector('.console__room').checkVisibility());
  // A keyboard reaches notes longer than their room: Tab to them, and Down shows the rest of them
  // (in `scroller`) before the next slide, as it does a tall slide; Up goes back.
  const keysScroll = async (scroller, n) => {
    await page.focus('.console__notes');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((s) => document.querySelector(s).scrollTop > 0, scroller);
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction((s) => document.querySelector(s).scrollTop === 0, scroller);
    assert.equal(new URL(page.url()).hash, `#/console/${n}`, 'the slide stays');
  };
  // A short window (1024×768 and 1366×768 at 200 % zoom): the status line wraps, and the notes
  // keep as much room as the slides, and scroll.
  for (const [width, height] of [[512, 384], [683, 384]]) {
    await page.setViewportSize({ width, height });
    for (const n of [2, 16]) {
      await page.evaluate((k) => { location.hash = `#/console/${k}`; }, n);
      await shows(page, n);
      const pane = await page.evaluate(() => {
        const el = document.querySelector('.console__notes');
        return { notes: el.clientHeight, scrolls: getComputedStyle(el).overflowY, row: document.querySelector('.console__now').getBoundingClientRect().height };
      });
      assert.ok(pane.notes >= pane.row - 2 && pane.notes > 20 && pane.scrolls === 'auto', `slide ${n} at ${width}×${height}: notes ${pane.notes} px (scrolling: ${pane.scrolls}) beside slides ${pane.row} px`);
      await keysScroll('.console__notes', n);
    }
  }
  // A window too small to share (1024×768 at 300 % zoom, 1280×800 at 400 %, a phone's width):
  // the console scrolls as a page, each slide across its width at 16:10, then the notes whole.
  for (const [width, height] of [[341, 256], [320, 200], [240, 320]]) {
    await page.setViewportSize({ width, height });
    for (const n of [2, 16]) {
      await page.evaluate((k) => { location.hash = `#/console/${k}`; }, n);
      await shows(page, n);
      const seen = await page.evaluate(() => {
        const box = (s) => document.querySelector(s).getBoundingClientRect();
        const console_ = document.querySelector('.console');
        const notes = document.querySelector('.console__notes');
        return {
          scrolls: console_.scrollHeight > console_.clientHeight && getComputedStyle(console_).overflowY === 'auto',
          notesWhole: notes.scrollHeight <= notes.clientHeight + 1,
          now: [Math.round(box('.console__now .slide-frame').width), Math.round(box('.console__now .slide-frame').height)],
          order: box('.console__now').bottom <= box('.console__next').top && box('.console__next').bottom <= box('.console__notes').top,
        };
      });
      const where = `slide ${n} at ${width}×${height}`;
      assert.deepEqual({ scrolls: seen.scrolls, notesWhole: seen.notesWhole, order: seen.order }, { scrolls: true, notesWhole: true, order: true }, where);
      assert.ok(seen.now[0] >= width * 0.8 && Math.abs(seen.now[1] - seen.now[0] / 1.6) <= 2, `${where}: the slide across the width at 16:10 (${seen.now})`);
      await keysScroll('.console', n);
    }
  }
  // Reached by Tab, the notes show from their heading (the browser's scroll to the focus stopped
  // at their end: their middle in the window).
  await page.evaluate(() => { document.querySelector('.console').scrollTop = 0; });
  await page.focus('.console');
  for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.classList.contains('console__notes'))); i += 1) await page.keyboard.press('Tab');
  await page.waitForFunction(() => Math.abs(document.querySelector('.console__notes').getBoundingClientRect().top) <= 1, undefined, { timeout: 3000 })
    .catch(async () => assert.fail(`the notes' top at ${await page.$eval('.console__notes', (el) => el.getBoundingClientRect().top)} px`));
  // Scrolled down to the notes there, a number typed still shows, in the window.
  await page.evaluate(() => { const c = document.querySelector('.console'); c.scrollTop = c.scrollHeight; });
  await page.focus('.console');
  await page.keyboard.type('7');
  await page.waitForSelector('.console .deck__jump');
  const inWindow = await page.$eval('.console .deck__jump', (p) => { const r = p.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth; });
  assert.ok(inWindow, 'the typed number is in the window');
  await page.keyboard.press('Escape');
  assertQuiet(page);
  await page.context().close();
});
