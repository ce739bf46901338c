// Present mode: every key, the overview and jumping to a slide, the hash round trip, blanking, leaving, the projector theme, every
// slide fitting at every listed size and zoom in three themes with type big enough (the bar's too), and axe (with AAA contrast) on every slide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { start, open, ready, deckReady, chosenFocused, themeAfter, presentAndLeave, showsSlide, accessibleNode, assertQuiet, assertAccessible, frames } from './harness.mjs';
import { slideFit, barFit, minimumType } from './deck.mjs';

const run = promisify(execFile);

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const slideNumber = (page) => page.evaluate(() => Number(location.hash.match(/^#\/slide\/(\d+)$/)?.[1] ?? NaN));
const counter = (page) => page.locator('.deck__counter').innerText();
const total = (page) => page.$eval('.deck__progress', (p) => Number(p.max));

async function goTo(page, n) {
  await page.evaluate((h) => { location.hash = h; }, `#/slide/${n}`);
  await showsSlide(page, n);
}

test('the Present button and the P key start presenting at the first slide, and leaving gives the focus and the view back', async () => {
  const page = await open(env);
  await page.getByRole('button', { name: /Present/ }).click();
  await page.waitForSelector('.deck .slide');
  await deckReady(page);
  assert.equal(await slideNumber(page), 1);
  // The page's effects (the theme among them) run after the deck's.
  await page.waitForFunction(() => document.documentElement.dataset.theme !== 'auto');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'projector', 'present mode uses the projector theme');
  await page.keyboard.press('Escape');
  await page.waitForSelector('main .card');
  assert.equal(new URL(page.url()).hash, '', 'leaving clears the hash');
  await page.waitForFunction(() => document.activeElement?.id === 'present', undefined, { timeout: 5000 });
  assert.equal(await page.getAttribute('html', 'data-theme'), 'auto', 'the reader’s theme comes back');
  await page.keyboard.press('p');
  await page.waitForSelector('.deck .slide');
  await deckReady(page);
  assert.equal(await slideNumber(page), 1);
  await page.keyboard.press('Escape');
  await page.waitForSelector('main .card');
  // The page's effects, a task after its markup: P is listened to again, and the focus is back.
  await page.waitForFunction(() => document.activeElement?.id === 'present', undefined, { timeout: 5000 });
  // Leaving the deck gives the control that had the focus when presenting began the focus again,
  // in view: one with no id of its own (a chart's download button, found again by its place in the
  // chart, though the page is drawn anew), and a card's toggle far down the page.
  const backTo = async (control, { slides = 0 } = {}) => {
    await page.focus(control);
    await page.keyboard.press('p');
    await page.waitForSelector('.deck .slide');
    await deckReady(page);
    for (let n = 0; n < slides; n += 1) await page.keyboard.press('ArrowRight');
    await showsSlide(page, slides + 1);
    await page.keyboard.press('Escape');
    await page.waitForFunction((c) => document.activeElement === document.querySelector(c), control, { timeout: 5000 });
    const box = await page.$eval(control, (b) => b.getBoundingClientRect().toJSON());
    assert.ok(box.top >= 0 && box.bottom <= 800, `${control} is in view (${box.top}–${box.bottom})`);
  };
  await backTo('#chart-arrests .chart__actions button[aria-label*="as PNG"]');
  await backTo('#references-toggle', { slides: 1 });
  // A reader who scrolled away from the focused control (here Present, at the top) by wheel
  // comes back to the view they left, the focus where it was and still out of view.
  const view = () => page.evaluate(() => {
    const at = document.elementFromPoint(innerWidth / 2, 1).closest('[id]');
    return { id: at.id, top: Math.round(at.getBoundingClientRect().top) };
  });
  await page.focus('#present');
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, 3000);
  await page.waitForFunction(() => scrollY > 2500);
  await page.waitForTimeout(300);
  const before = await view();
  assert.notEqual(before.id, 'app', `a place in the page: ${before.id}`);
  await presentAndLeave(page);
  await page.waitForFunction(() => document.activeElement?.id === 'present', undefined, { timeout: 5000 });
  await page.waitForTimeout(300);
  const after = await view();
  assert.ok(after.id === before.id && Math.abs(after.top - before.top) <= 2, `the view as it was: ${JSON.stringify({ before, after })}`);
  assert.ok(await page.$eval('#present', (b) => b.getBoundingClientRect().bottom < 0), 'the focus back on Present, which stays above the view');
  // Back returns to the slide left (the third: presenting again went on from the second); left
  // again, the deck gives back the same place.
  await page.goBack();
  await showsSlide(page, 3);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.id === 'present', undefined, { timeout: 5000 });
  await page.waitForTimeout(300);
  const again = await view();
  assert.ok(again.id === before.id && Math.abs(again.top - before.top) <= 2, `the view as it was, again: ${JSON.stringify({ before, again })}`);
  assertQuiet(page);
});

test('presenting again goes on from the slide left, and from the first once the deck was left at its last', async () => {
  const page = await open(env);
  const presents = async (start, n) => {
    await start();
    await page.waitForFunction((k) => location.hash === `#/slide/${k}`, n);
    await showsSlide(page, n);
  };
  // Left, once the page's effects have run, a task after its markup: P listened to again, and the
  // focus given back.
  const leave = async () => {
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.id === 'present', undefined, { timeout: 5000 });
  };
  await presents(() => page.keyboard.press('p'), 1);
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  await showsSlide(page, 12);
  await leave();
  await presents(() => page.keyboard.press('p'), 12);
  await page.keyboard.press('ArrowRight');
  await showsSlide(page, 13);
  await leave();
  await presents(() => page.click('#present'), 13);
  await page.keyboard.press('End');
  // The counter says so once the app has heard of it (the address moves at once).
  await page.waitForFunction(() => /^(\d+) \/ \1$/.test(document.querySelector('.deck__counter')?.textContent));
  await leave();
  await presents(() => page.keyboard.press('p'), 1);
  assertQuiet(page);
});

test('leaving gives the address back as it was: a shared link stays in it, and is not followed again', async () => {
  // A reader who came by a link to a card, and closed it since.
  const page = await open(env, { hash: '#ms-13' });
  await page.click('#ms-13-toggle');
  await page.waitForFunction(() => document.getElementById('ms-13-toggle').getAttribute('aria-expanded') === 'false');
  await presentAndLeave(page);
  await page.waitForSelector('main .card');
  await page.waitForFunction(() => document.activeElement?.id === 'ms-13-toggle', undefined, { timeout: 5000 });
  assert.equal(new URL(page.url()).hash, '#ms-13', 'the link is in the address again, to copy or bookmark');
  await page.waitForTimeout(300);
  assert.equal(await page.getAttribute('#ms-13-toggle', 'aria-expanded'), 'false', 'the card stays as the reader left it');
  // Back returns to the slide left; Forward, to the page as left: a return, not the link again.
  await page.goBack();
  await showsSlide(page, 2);
  await page.goForward();
  await page.waitForFunction(() => document.activeElement?.id === 'ms-13-toggle', undefined, { timeout: 5000 });
  await page.waitForTimeout(300);
  assert.deepEqual([new URL(page.url()).hash, await page.getAttribute('#ms-13-toggle', 'aria-expanded')], ['#ms-13', 'false']);
  assertQuiet(page);

  // A link to a chart's table, and the chart shown again after presenting: left again, the
  // address names the chart as the reader left it.
  const charts = await open(env, { hash: '#chart-currency-table' });
  await charts.waitForSelector('#chart-currency .chart__table');
  await presentAndLeave(charts);
  await charts.waitForSelector('#chart-currency .chart__table');
  assert.equal(new URL(charts.url()).hash, '#chart-currency-table');
  await charts.click('#chart-currency button:text-is("Show chart")');
  await charts.waitForFunction(() => location.hash === '#chart-currency');
  await charts.goBack();
  await showsSlide(charts, 2);
  await charts.keyboard.press('Escape');
  await charts.waitForSelector('#chart-currency svg[role=img]');
  await charts.waitForTimeout(300);
  assert.equal(new URL(charts.url()).hash, '#chart-currency');
  assert.equal(await charts.locator('#chart-currency .chart__table').count(), 0, 'still a chart');
  assertQuiet(charts);
});

test('forward keys: Right, Down, Page Down, Space and N; back keys: Left, Up, Page Up, Shift+Space and P', async () => {
  const page = await open(env, { hash: '#/slide/1' });
  let expected = 1;
  for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'n']) {
    await page.keyboard.press(key);
    expected += 1;
    await page.waitForFunction((k) => location.hash === `#/slide/${k}`, expected);
    // The counter follows the hash on the next render.
    const shown = `${expected} / ${await total(page)}`;
    await page.waitForFunction((text) => document.querySelector('.deck__counter').textContent === text, shown);
    assert.equal(await counter(page), shown, key);
  }
  for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space', 'p']) {
    await page.keyboard.press(key);
    expected -= 1;
    await page.waitForFunction((k) => location.hash === `#/slide/${k}`, expected);
  }
  assert.equal(await slideNumber(page), 1);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await slideNumber(page), 1, 'no slide before the first');
  assertQuiet(page);
});

test('Home and End, and no slide after the last', async () => {
  const page = await open(env, { hash: '#/slide/3' });
  const last = await total(page);
  await page.keyboard.press('End');
  await page.waitForFunction((k) => location.hash === `#/slide/${k}`, last);
  await page.keyboard.press('ArrowRight');
  assert.equal(await slideNumber(page), last);
  await page.keyboard.press('Home');
  await page.waitForFunction(() => location.hash === '#/slide/1');
  assertQuiet(page);
});

test('the hash names the slide: a reload returns to it, a bad one opens the first quietly', async () => {
  const page = await open(env, { hash: '#/slide/5' });
  assert.match(await counter(page), /^5 \//);
  await page.reload();
  await ready(page);
  assert.match(await counter(page), /^5 \//);
  for (const bad of ['#/slide/0', '#/slide/9999', '#/slide/abc', '#/slide/%zz']) {
    const other = await open(env, { hash: bad });
    assert.match(await counter(other), /^1 \//, bad);
    // The address names the slide shown, in place of the bad hash.
    await other.waitForFunction(() => location.hash === '#/slide/1', undefined, { timeout: 5000 });
    assertQuiet(other);
    await other.context().close();
  }
  // Edited while the first slide shows, one bad address after another: each is rewritten.
  await page.evaluate(() => { location.hash = '#/slide/1'; });
  await showsSlide(page, 1);
  for (const bad of ['#/slide/-1', '#/slide/1.5', '#/slide/']) {
    await page.evaluate((h) => { location.hash = h; }, bad);
    await page.waitForFunction(() => location.hash === '#/slide/1', undefined, { timeout: 5000 });
  }
  // A trailing slash, as a pasted address may carry, names the same slide, written without it.
  await page.evaluate(() => { location.hash = '#/slide/6/'; });
  await showsSlide(page, 6, { hash: true, timeout: 5000 });
  assertQuiet(page);
});

/** What the deck's live regions say (the typed number's region, empty until a digit, says
 * nothing). */
const deckSaid = (page) => page.$$eval('.deck [role=status], .deck [aria-live]', (els) => els.map((el) => el.textContent).filter(Boolean));

test('B and . blank the screen to black and back, and a screen reader hears which slide is shown, or that none is', async () => {
  const page = await open(env, { hash: '#/slide/2' });
  const blank = () => page.$eval('.deck__blank', (el) => getComputedStyle(el).display !== 'none' && getComputedStyle(el).backgroundColor);
  // One status line, which names the slide as the slide itself is named.
  const said = () => deckSaid(page);
  const named = () => page.$eval('.deck .slide', (el) => el.getAttribute('aria-label'));
  assert.deepEqual(await said(), [await named()]);
  assert.match((await said())[0], /^Slide 2 of \d+: Key figures$/);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/slide/3');
  // The URL moves at once; the slide and its status line once the app has heard of it.
  await page.waitForFunction(() => document.querySelector('.deck [role=status]')?.textContent.startsWith('Slide 3 of'));
  assert.deepEqual(await said(), [await named()]);
  assert.match((await said())[0], /^Slide 3 of /);
  assert.equal(await blank(), false);
  await page.keyboard.press('b');
  assert.equal(await blank(), 'rgb(0, 0, 0)');
  assert.deepEqual(await said(), ['The screen is blank: B brings the slide back']);
  await page.keyboard.press('b');
  assert.equal(await blank(), false);
  assert.deepEqual(await said(), [await named()]);
  await page.keyboard.press('.');
  assert.equal(await blank(), 'rgb(0, 0, 0)');
  await page.keyboard.press('.');
  assert.equal(await blank(), false);
  // On a blank screen nothing acts unseen. Tab reaches none of the bar's buttons under it (the
  // one that had the focus gives it to the deck); a key that would act, a digit too, only brings
  // the slide back, where it was, and says so; so does a click on the black.
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.activeElement?.closest('.deck__controls'));
  await page.keyboard.press('b');
  assert.equal(await blank(), 'rgb(0, 0, 0)');
  await page.waitForFunction(() => document.activeElement?.matches('main.deck'));
  for (let tab = 0; tab < 3; tab += 1) {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => !!document.activeElement?.closest('.deck__controls, .deck__stage')), false, 'Tab reaches nothing under the blank screen');
    assert.equal(await page.evaluate(() => document.activeElement?.matches('main.deck')), true, 'and the focus stays on the deck, not the page’s body');
  }
  await page.keyboard.press('b');
  assert.equal(await blank(), false);
  for (const key of ['ArrowRight', 'o', '5', 't']) {
    await page.keyboard.press('b');
    assert.equal(await blank(), 'rgb(0, 0, 0)', `blank before ${key}`);
    await page.keyboard.press(key);
    assert.equal(await blank(), false, `${key} brings the slide back`);
    assert.deepEqual(await said(), [await named()], `${key}: the slide is said again`);
    assert.deepEqual(await page.evaluate(() => [location.hash, !!document.querySelector('.deck .overview, .deck__jump'), document.documentElement.dataset.theme]),
      ['#/slide/3', false, 'projector'], `${key} did nothing else`);
  }
  await page.keyboard.press('b');
  await page.mouse.click(400, 300);
  assert.equal(await blank(), false, 'a click on the black brings the slide back');
  assert.equal(new URL(page.url()).hash, '#/slide/3');
  assertQuiet(page);
});

test('the key figures slide gives each figure as the page’s tile does, and their one source whole beside the title', async () => {
  const page = await open(env);
  const tiles = (scope) => page.$$eval(`${scope} .tile`, (els) => els.map((tile) => Object.fromEntries(
    ['label', 'amount__qualifier', 'amount__number', 'amount__unit', 'tile__period', 'tile__source'].map((part) => {
      const el = tile.querySelector(part === 'label' ? '.tile__label' : `.${part}`);
      return [part, el ? el.textContent.trim().replace(/\s+/g, ' ') : null];
    }))));
  const onPage = await tiles('.hero');
  assert.equal(onPage.length, 4);
  const sources = new Set(onPage.map((t) => t.tile__source));
  assert.equal(sources.size, 1, 'the headline figures share one source');
  const [source] = sources;
  assert.match(source, /^Source: Impact on Drug Trafficking Landscape, refs \[1\]–\[4\]$/);
  await page.evaluate(() => { location.hash = '#/slide/2'; });
  await page.waitForSelector('.deck .slide--figures');
  const onSlide = await tiles('.deck__stage .slide');
  assert.deepEqual(onSlide, onPage.map((t) => ({ ...t, tile__source: null })), 'each tile as on the page, without a source of its own');
  assert.equal(await page.$eval('.deck__stage .slide .slide__source', (el) => el.textContent), source, 'the source, once and whole');
  assertQuiet(page);
});

test('F toggles full screen, shown on its button; leaving present mode leaves full screen, however it is left', async () => {
  const page = await open(env);
  const pressed = () => page.getAttribute('.deck__bar [aria-keyshortcuts="F"]', 'aria-pressed');
  const full = () => page.evaluate(() => document.fullscreenElement !== null);
  await page.keyboard.press('p');
  await page.waitForSelector('.deck .slide');
  assert.equal(await pressed(), 'false');
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement !== null);
  await page.waitForFunction(() => document.querySelector('.deck__bar [aria-keyshortcuts="F"]').getAttribute('aria-pressed') === 'true');
  // Moving through the slides keeps it.
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/slide/2');
  assert.equal(await full(), true, 'still full screen on the next slide');
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement === null);
  await page.waitForFunction(() => document.querySelector('.deck__bar [aria-keyshortcuts="F"]').getAttribute('aria-pressed') === 'false');
  // Left by the Exit button, and by Back, from full screen: the page is not left full screen.
  for (const leave of [() => page.click('.deck__bar [aria-keyshortcuts="Escape"]'), () => page.goBack()]) {
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await leave();
    await page.waitForSelector('main .card');
    await page.waitForFunction(() => document.fullscreenElement === null, null, { timeout: 3000 });
    assert.equal(await full(), false);
    await page.keyboard.press('p');
    await page.waitForSelector('.deck .slide');
  }
  assertQuiet(page);
});

const THEME_NAMES = { auto: 'Auto', light: 'Light', dark: 'Dark', projector: 'Projector' };
const themeButton = (theme) => `Theme: ${THEME_NAMES[theme]} (T switches)`;

test('T switches the deck theme, which a reload keeps, and a screen reader hears which; the page keeps its own', async () => {
  const page = await open(env, { hash: '#/slide/2' });
  const said = () => deckSaid(page);
  const named = () => page.$eval('.deck .slide', (el) => el.getAttribute('aria-label'));
  const theme = await themeAfter(page, 'projector', () => page.keyboard.press('t'));
  // Auto is not among T's themes: it looks like Light or Dark, and a press would seem lost.
  assert.equal(theme, 'light');
  await page.waitForFunction((n) => document.querySelector('.deck [role=status]').textContent === n, `Theme: ${THEME_NAMES[theme]}`);
  assert.deepEqual(await said(), [`Theme: ${THEME_NAMES[theme]}`], 'one status line, naming the theme chosen');
  assert.equal(await page.getAttribute('.deck__controls button[title^="Theme"]', 'title'), themeButton(theme), 'the button says its key too');
  // Blanking, or another slide, is said in its place.
  await page.keyboard.press('b');
  await page.waitForFunction(() => document.querySelector('.deck [role=status]').textContent.startsWith('The screen is blank'));
  await page.keyboard.press('b');
  await page.keyboard.press('t');
  await page.waitForFunction(() => document.querySelector('.deck [role=status]').textContent.startsWith('Theme: '));
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('.deck [role=status]').textContent.startsWith('Slide 3 of'));
  assert.deepEqual(await said(), [await named()]);
  // The deck keeps the theme chosen across a reload; a corrupt saved one is the projector's again.
  const chosen = await page.getAttribute('html', 'data-theme');
  assert.notEqual(chosen, 'projector');
  await page.reload();
  await ready(page);
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, chosen);
  await page.evaluate(() => localStorage.setItem('hsi-infographic.deck-theme', '{"bad'));
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => localStorage.getItem('hsi-infographic.deck-theme') === 'projector');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'projector');
  await page.keyboard.press('Escape');
  await page.waitForSelector('main .card');
  // The page's effects, a task after its markup: the focus back, in the same run as its theme.
  await page.waitForFunction(() => document.activeElement?.id === 'present', undefined, { timeout: 5000 });
  assert.equal(await page.getAttribute('html', 'data-theme'), 'auto');
  // Auto saved as the deck's theme (the page's own theme, written by hand or an old release) is
  // no deck theme either: the page's load replaces it with the projector's, which presenting
  // shows (the deck showed Auto).
  await page.evaluate(() => localStorage.setItem('hsi-infographic.deck-theme', 'auto'));
  await page.reload();
  await ready(page);
  await page.keyboard.press('p');
  await page.waitForSelector('.deck .slide');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'projector' && localStorage.getItem('hsi-infographic.deck-theme') === 'projector');
  assertQuiet(page);
});

test('a swipe moves between slides on a touch screen', async () => {
  const context = await env.browser.newContext({ hasTouch: true, viewport: { width: 1024, height: 768 } });
  const page = await open(env, { context, hash: '#/slide/2' });
  const swipe = async (from, to) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y: 300 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: (from + to) / 2, y: 300 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: to, y: 300 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(800, 200);
  await page.waitForFunction(() => location.hash === '#/slide/3');
  await swipe(200, 800);
  await page.waitForFunction(() => location.hash === '#/slide/2');
  assertQuiet(page);
  await context.close();
});

test('O shows every slide as a thumbnail: arrows move, Enter opens, Escape and O return', async () => {
  const page = await open(env, { hash: '#/slide/3' });
  const count = await total(page);
  await page.keyboard.press('o');
  await page.waitForSelector('.overview');
  await chosenFocused(page);
  assert.equal(await page.locator('.overview__item').count(), count, 'a thumbnail per slide');
  assert.equal(await page.locator('.overview__grid > li > .slide-frame[aria-hidden=true] > .slide').count(), count, 'each the slide itself, for the eyes');
  assert.equal(await page.locator('.overview__item :is(h1, h2, h3, p, ul, section)').count(), 0, 'a button holds its name alone (phrasing content)');
  const box = (selector) => page.locator(selector).first().evaluate((el) => JSON.stringify(el.getBoundingClientRect()));
  assert.equal(await box('.overview__item'), await box('.overview__grid > li'), 'each button covers its thumbnail');
  const hit = await page.locator('.overview__grid > li').nth(3).evaluate((li) => {
    const { x, y, width, height } = li.getBoundingClientRect();
    return document.elementFromPoint(x + width / 2, y + height / 2) === li.querySelector('.overview__item');
  });
  assert.ok(hit, 'a click on the thumbnail lands on its button, not on the slide under it');
  const chosen = () => page.evaluate(() => ['.overview__item--chosen', '.overview__item[aria-current=true]'].map((s) => document.querySelector(s)).concat(document.activeElement).map((el) => el?.querySelector('.visually-hidden')?.textContent));
  const third = `Slide 3 of ${count}: Overview`;
  assert.deepEqual(await chosen(), [third, third, third], 'the slide shown is chosen, focused and current');
  // End and Home choose the last slide and the first; the slide shown stays the current one.
  await page.keyboard.press('End');
  await page.waitForFunction((n) => document.activeElement?.querySelector('.visually-hidden')?.textContent.startsWith(`Slide ${n} of`), count);
  const last = await page.evaluate(() => document.activeElement.getBoundingClientRect().bottom <= innerHeight && document.activeElement.getBoundingClientRect().top >= 0);
  assert.ok(last, 'the last thumbnail, chosen, is in view');
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.activeElement?.querySelector('.visually-hidden')?.textContent.startsWith('Slide 1 of'));
  assert.equal((await chosen())[1], third, 'the slide shown is still the current one');
  // From slide 1, three right and a row of five down: slide 9.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.querySelector('.visually-hidden')?.textContent.startsWith('Slide 9 of'));
  assert.deepEqual((await chosen()).map((t) => t.split(':')[0]), [`Slide 9 of ${count}`, `Slide 3 of ${count}`, `Slide 9 of ${count}`], 'chosen and focused: 9; current: the slide shown');
  await assertAccessible(page, 'in the overview', { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa', 'best-practice'] });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/slide/9' && document.querySelector('.deck__stage .slide'));
  // The overview closed, the deck has the focus again (an effect): its keys are its own again.
  await deckReady(page);
  await page.keyboard.press('o');
  await page.waitForSelector('.overview');
  await chosenFocused(page);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.deck__stage .slide');
  assert.equal(new URL(page.url()).hash, '#/slide/9', 'Escape returns to the slide shown before');
  await page.getByRole('button', { name: 'Overview' }).click();
  await page.locator('.overview__item').nth(1).click();
  await page.waitForFunction(() => location.hash === '#/slide/2');
  await deckReady(page);
  // Tab moves the focus, and Enter opens the thumbnail that has it.
  await page.keyboard.press('o');
  await page.waitForFunction(() => document.activeElement?.id === document.querySelectorAll('.overview__item')[1].id);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/slide/4' && document.querySelector('.deck__stage .slide'));
  assertQuiet(page);
});

/** Presses Tab until the focused element is named `name` (its `aria-label`, `title` or text). */
async function tabTo(page, name) {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? (document.activeElement?.title || document.activeElement?.textContent.trim()));
    if (focused === name) return;
  }
  assert.fail(`Tab never reached ${name}`);
}


test('the bar’s buttons are named with their keys, the theme button by its purpose; a name shows on keyboard focus, and Esc hides it', async () => {
  const page = await open(env, { hash: '#/slide/3' });
  const names = () => page.$$eval('.deck__bar .deck__button', (bs) => bs.map((b) => [b.getAttribute('aria-label'), b.title, b.dataset.tip]));
  const expected = ['Previous (←)', 'Next (→)', 'Console (S)', 'Overview (O)', themeButton('projector'), 'Full screen (F)', 'Exit (Esc)'];
  assert.deepEqual(await names(), expected.map((n) => [null, n, n]), 'the name (the title) and the tip agree');
  // Named by its title alone: nothing repeats the name as a description, which a screen reader
  // would read twice (with an aria-label too, the title was the description).
  const exit = await accessibleNode(page, 'document.querySelector(".deck__bar [aria-keyshortcuts=Escape]")');
  assert.deepEqual([exit.name, exit.description], ['Exit (Esc)', '']);
  const theme = await themeAfter(page, 'projector', () => page.keyboard.press('t'));
  assert.notEqual(theme, 'projector');
  await page.waitForFunction((n) => document.querySelector('.deck__bar [aria-keyshortcuts="T"]').title === n, themeButton(theme));
  // The tip shows on keyboard focus, above its button and inside the window, in the bar's type.
  const tip = () => page.evaluate(() => {
    const el = document.activeElement;
    const after = getComputedStyle(el, '::after');
    return { content: after.content, size: parseFloat(after.fontSize), shown: after.display !== 'none' && after.content !== 'none' };
  });
  await tabTo(page, 'Exit (Esc)');
  const shown = await tip();
  assert.equal(shown.content, '"Exit (Esc)"');
  assert.ok(shown.size >= minimumType(800), `the tip’s type ${shown.size}px ≥ 4 % of the height`);
  const unfocused = await page.$eval('.deck__bar [aria-keyshortcuts="F"]', (b) => getComputedStyle(b, '::after').content);
  assert.equal(unfocused, 'none', 'no tip on a button without the focus');
  // It covers the slide's foot: the first Esc hides it, as a tooltip goes, the focus and the
  // deck staying; it shows again once the focus has left and come back; the next Esc leaves.
  await page.keyboard.press('Escape');
  assert.deepEqual([(await tip()).shown, await page.evaluate(() => document.activeElement.title), new URL(page.url()).hash], [false, 'Exit (Esc)', '#/slide/3']);
  await page.keyboard.press('Shift+Tab');
  assert.equal((await tip()).content, '"Full screen (F)"');
  await page.keyboard.press('Tab');
  assert.equal((await tip()).content, '"Exit (Esc)"', 'shown again on the next focus');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.deck') && !location.hash.startsWith('#/slide/'));
  assertQuiet(page);
});

test('the overview shows its own keys, in type as large as the bar’s, and answers to a slide’s number, B and T', async () => {
  const page = await open(env, { hash: '#/slide/3' });
  await page.keyboard.press('o');
  await page.waitForSelector('.overview');
  const lines = await page.$$eval('.overview__keys p', (ps) => ps.map((p) => [p.textContent, parseFloat(getComputedStyle(p).fontSize)]));
  assert.equal(lines[0][0], 'Here: arrows, Home and End, or a slide’s number, choose a slide · Enter opens it · Esc returns to the slide shown before');
  assert.match(lines[1][0], /^On a slide: /, 'the slide’s keys, named as such');
  for (const [text, size] of lines) assert.ok(size >= minimumType(800), `${text}: ${size}px`);
  const bar = await page.evaluate(barFit);
  assert.deepEqual([bar.outside, bar.overlaps, bar.clipped], [[], [], false]);
  // A slide's number typed here chooses that slide, and Enter opens it; one that names none
  // chooses nothing, and Enter then opens nothing.
  const chosen = () => page.evaluate(() => [...document.querySelectorAll('.overview__item')].findIndex((el) => el.classList.contains('overview__item--chosen')) + 1);
  await page.keyboard.type('12');
  await page.waitForFunction(() => document.querySelectorAll('.overview__item')[11].classList.contains('overview__item--chosen'));
  assert.equal(await page.locator('.deck__jump').innerText(), 'Go to slide: 12');
  await page.keyboard.type('9');
  await page.waitForFunction(() => document.querySelector('.deck__jump')?.textContent.startsWith('No slide 129 of'));
  assert.equal(await chosen(), 12, 'a number that names no slide leaves the choice');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.deck__jump', { state: 'detached' });
  assert.ok(await page.locator('.overview').isVisible(), 'Enter opened nothing');
  assert.match(page.url(), /#\/slide\/3$/);
  // Each thumbnail shows the number that chooses it; one chosen by its number is clear of the
  // number typed (at 1024×768, the last row's end was under it).
  const numbers = await page.$$eval('.overview__number', (els) => els.map((el) => Number(el.textContent)));
  assert.deepEqual(numbers, numbers.map((_, i) => i + 1), 'numbered in order');
  assert.equal(numbers.length, await page.locator('.overview__item').count(), 'every thumbnail numbered');
  await page.setViewportSize({ width: 1024, height: 768 });
  for (const typed of ['20', '19', '25']) {
    await page.keyboard.type(typed);
    await page.waitForFunction((n) => document.querySelectorAll('.overview__item')[n - 1].classList.contains('overview__item--chosen'), Number(typed));
    await frames(page, 2);
    const covered = await page.evaluate(() => {
      const [a, b] = ['.deck__jump', '.overview__item--chosen'].map((s) => document.querySelector(s).getBoundingClientRect());
      return Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
    });
    assert.equal(covered, 0, `slide ${typed}, chosen, is clear of the number typed`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.deck__jump', { state: 'detached' });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  // B blanks the room's screen over the overview, and B brings it back; T changes the theme.
  await page.keyboard.press('b');
  await page.waitForSelector('.deck--blank');
  await page.keyboard.press('b');
  await page.waitForSelector('.deck--blank', { state: 'detached' });
  assert.ok(await page.locator('.overview').isVisible(), 'the overview is still there');
  const theme = await page.getAttribute('html', 'data-theme');
  await page.keyboard.press('t');
  await page.waitForFunction((t) => document.documentElement.dataset.theme !== t, theme);
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/slide/7' && !document.querySelector('.overview'));
  assertQuiet(page);
});

test('Space and Enter press the bar button that has the focus, and the slide does not also move', async () => {
  const page = await open(env, { hash: '#/slide/3' });
  await tabTo(page, 'Next (→)');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.hash === '#/slide/4');
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).hash, '#/slide/4', 'one slide on, not two');
  await tabTo(page, themeButton('projector'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.dataset.theme !== 'projector');
  assert.equal(new URL(page.url()).hash, '#/slide/4', 'the theme button does not move the slide');
  await tabTo(page, 'Exit (Esc)');
  await page.keyboard.press('Space');
  await page.waitForSelector('main .card');
  assert.equal(new URL(page.url()).hash, '', 'Space pressed Exit');
  assertQuiet(page);
});

test('a bar button clicked with the mouse hands the focus back to the deck, so Space moves the slide after it', async () => {
  const page = await open(env, { hash: '#/slide/3' });
  const theme = await themeAfter(page, 'projector', () => page.locator('.deck__bar [aria-keyshortcuts="T"]').click());
  await page.keyboard.press('Space');
  await page.waitForFunction(() => location.hash === '#/slide/4');
  assert.equal(await page.getAttribute('html', 'data-theme'), theme, 'Space did not press the theme button again');
  assertQuiet(page);
});

test('in the overview, keys pressed while it renders on a slow CPU: Enter opens the slide the arrows chose', async () => {
  const page = await open(env, { hash: '#/slide/12' });
  // On a slow CPU the overview's renders take long enough for Yew to run their effects (which
  // focus the chosen thumbnail) a task later, while the next keys come: Enter pressed on a
  // thumbnail that still had the focus opened that one (about one try in three before the fix).
  const cdp = await page.context().newCDPSession(page);
  for (const start of [12, 14, 16]) {
    await showsSlide(page, start);
    await deckReady(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    for (const key of ['o', 'ArrowRight', 'ArrowRight', 'Enter']) await page.keyboard.press(key);
    await page.waitForFunction(() => !document.querySelector('.overview'));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    assert.equal(new URL(page.url()).hash, `#/slide/${start + 2}`);
  }
  assertQuiet(page);
});

test('T pressed twice on a slow CPU, before the deck has made its listeners anew, moves the theme twice', async () => {
  const page = await open(env, { hash: '#/slide/2' });
  const cdp = await page.context().newCDPSession(page);
  // Projector, light, dark, and round again: each round goes two steps on.
  for (const [from, to] of [['projector', 'dark'], ['dark', 'light'], ['light', 'projector']]) {
    await page.waitForFunction((from) => document.documentElement.dataset.theme === from, from);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await page.keyboard.press('t');
    await page.keyboard.press('t');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    // Two steps on (a lost T stops one short, and stays there).
    await page.waitForFunction((to) => document.documentElement.dataset.theme === to, to, { timeout: 5000 })
      .catch(() => {});
    assert.equal(await page.getAttribute('html', 'data-theme'), to, `T twice from ${from}`);
  }
  assertQuiet(page);
});

test('G, a number and Enter go to that slide; digits and Enter do too, and a number that names no slide says so; Escape forgets them', async () => {
  const page = await open(env, { hash: '#/slide/1' });
  // The prompt's live region is in the bar, empty, before the first key: one that appeared with
  // its words would not be read out.
  const region = await page.$('.deck__bar > [role=status]:empty');
  assert.ok(region, 'an empty live region waits in the bar');
  await page.keyboard.press('g');
  await page.keyboard.type('12');
  assert.equal(await page.locator('.deck__jump[role=status]').innerText(), 'Go to slide: 12');
  assert.equal(await region.evaluate((p) => p.isConnected && p.textContent), 'Go to slide: 12', 'said in that same region');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/slide/12');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  // The URL moves at once; the counter once the app has heard of it (a frame later, under load).
  await showsSlide(page, 5, { hash: true });
  await page.keyboard.type('7');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.deck__jump').count(), 0);
  assert.match(await page.locator('.deck__counter').innerText(), /^5 \//, 'Escape forgets the number, and stays');
  // A number that names no slide says so as it is typed (a screen reader hears it), and Enter
  // then goes nowhere.
  const slides = await total(page);
  for (const typed of ['0', '999', String(slides + 1)]) {
    await page.keyboard.type(typed);
    await page.waitForFunction((t) => document.querySelector('.deck__jump[role=status]')?.textContent === t, `No slide ${typed} of ${slides}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('.deck__jump'));
    await page.waitForTimeout(300);
    assert.match(await page.locator('.deck__counter').innerText(), /^5 \//, `${typed}: a number that names no slide goes nowhere`);
    assert.equal(new URL(page.url()).hash, '#/slide/5');
  }
  // A number being typed ends with any other command: a later Enter does not jump.
  await page.keyboard.type('2');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.hash === '#/slide/6' && !document.querySelector('.deck__jump'));
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).hash, '#/slide/6');
  assertQuiet(page);
});

test('printing from present mode gives each slide on a landscape page with its notes, on A4 and on Letter', async () => {
  const page = await open(env, { hash: '#/slide/4' });
  const count = await total(page);
  // The printed copy comes in the render after the deck's first.
  await page.waitForSelector('.deck__print .deck__page', { state: 'attached' });
  const dir = await mkdtemp(`${tmpdir()}/deck-pdf-`);
  try {
    for (const [format, size] of [['A4', /Page size:\s+842[.\d]* x 595[.\d]* pts/], ['Letter', /Page size:\s+792[.\d]* x 612[.\d]* pts/]]) {
      const file = `${dir}/deck-${format}.pdf`;
      await page.pdf({ path: file, format, landscape: true, printBackground: true });
      const info = (await run('pdfinfo', [file])).stdout;
      assert.equal(Number(info.match(/Pages:\s+(\d+)/)?.[1]), count, `${format}: a page per slide`);
      assert.match(info, size, `${format} landscape`);
      const pages = (await run('pdftotext', ['-layout', file, '-'])).stdout.split('\f').filter((p) => p.trim());
      assert.equal(pages.length, count);
      pages.forEach((text, i) => assert.match(text, i + 1 < count ? /Next: / : /Last slide/, `${format} page ${i + 1} has its notes`));
      assert.match(pages[0], /HSI’s\s+Focus/, 'the title slide first');
    }
  } finally {
    await rm(dir, { recursive: true });
  }
  assertQuiet(page);
});

// Every size the issue lists, and 1920×1080 zoomed to 150 % and 200 % (the same CSS px at twice
// the device pixels). The canvas scales uniformly, so one plan fits them all.
const SIZES = [
  [800, 600], [1024, 768], [1280, 720], [1280, 800], [1366, 768], [1920, 1080], [1920, 1200], [3840, 2160],
  [1280, 720, 1.5, '1920×1080 at 150 %'], [960, 540, 2, '1920×1080 at 200 %'],
  [911, 512, 1.5, '1366×768 at 150 %'], [683, 384, 2, '1366×768 at 200 %'],
];
const THEMES = ['projector', 'dark', 'light'];

// Windows smaller or taller than a projector's: the number being typed shows above the bar, so
// the bar keeps its one row and the slide does not move (it shrank by a line as a digit was typed).
test('a slide number typed in a small or portrait window leaves the slide where it is', async () => {
  const page = await open(env, { hash: '#/slide/3', viewport: { width: 640, height: 480 } });
  for (const [width, height] of [[640, 480], [768, 1024], [480, 640]]) {
    await page.setViewportSize({ width, height });
    const stage = () => page.evaluate(() => JSON.stringify(document.querySelector('.deck__stage').getBoundingClientRect()));
    const before = await stage();
    await page.keyboard.type('9999');
    await page.waitForFunction(() => document.querySelector('.deck__jump')?.textContent.startsWith('No slide 9999 of'));
    assert.equal(await stage(), before, `the slide stays put at ${width}×${height}`);
    const bar = await page.evaluate(barFit);
    assert.deepEqual({ outside: bar.outside, overlaps: bar.overlaps }, { outside: [], overlaps: [] }, `the bar's parts apart and inside the window at ${width}×${height}`);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.deck__jump', { state: 'detached' });
  }
  assertQuiet(page);
});
const measured = [];
after(() => console.log(`body text, smallest on any slide, as % of the viewport height:\n${measured.join('\n')}`));

for (const [width, height, scale = 1, name = `${width}×${height}`] of SIZES) {
  test(`every slide fits at ${name} in all three themes, with body text at least 4 % of the height`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height }, deviceScaleFactor: scale, reducedMotion: 'reduce' });
    const page = await open(env, { context, hash: '#/slide/1' });
    const shots = new URL(`../../target/screenshots/slides-${width}x${height}/`, import.meta.url).pathname;
    const shoot = width === 1920 && height === 1080;
    if (shoot) await mkdir(shots, { recursive: true });
    let smallest = Infinity;
    let barSmallest = Infinity;
    for (const theme of THEMES) {
      // T steps through the themes (projector, light, dark): to the one under test, each
      // step seen applied before the next (a press read too soon would count as lost).
      for (let tries = 0, shown = await page.getAttribute('html', 'data-theme'); tries < 4 && shown !== theme; tries += 1) {
        shown = await themeAfter(page, shown, () => page.keyboard.press('t'));
      }
      assert.equal(await page.getAttribute('html', 'data-theme'), theme);
      for (let n = 1; n <= await total(page); n += 1) {
        await goTo(page, n);
        const fit = await page.evaluate(slideFit);
        assert.deepEqual({ clipped: fit.clipped, over: fit.over, pageScrolls: fit.pageScrolls }, { clipped: false, over: [], pageScrolls: false }, `slide ${n} fits (${theme})`);
        assert.ok(fit.smallest >= minimumType(height), `slide ${n}: body text ${fit.smallest}px ≥ 4 % of ${height}px`);
        smallest = Math.min(smallest, fit.share);
        if (shoot && theme === 'projector') await page.screenshot({ path: `${shots}slide-${String(n).padStart(2, '0')}.png` });
      }
      // The bar's text as large as the slides', with a slide number being typed (its longest
      // state: four digits, which name no slide); its parts on one row, apart, inside the window
      // and under the slide.
      const stage = () => page.evaluate(() => JSON.stringify(document.querySelector('.deck__stage').getBoundingClientRect()));
      const stageBefore = await stage();
      await page.keyboard.type('9999');
      await page.waitForFunction(() => document.querySelector('.deck__jump')?.textContent.startsWith('No slide 9999 of'));
      assert.equal(await stage(), stageBefore, `the slide stays put while a number is typed (${theme})`);
      const bar = await page.evaluate(barFit);
      assert.ok(bar.texts.length >= 2, `the bar shows the slide number and the typed one: ${bar.texts}`);
      assert.ok(bar.smallest >= minimumType(height), `bar text ${bar.smallest}px ≥ 4 % of ${height}px (${theme})`);
      assert.deepEqual({ outside: bar.outside, overlaps: bar.overlaps, underStage: bar.underStage, clipped: bar.clipped },
        { outside: [], overlaps: [], underStage: true, clipped: false }, `the bar fits (${theme})`);
      barSmallest = Math.min(barSmallest, bar.smallest / height);
      await page.keyboard.press('Escape');
      await page.waitForSelector('.deck__jump', { state: 'detached' });
    }
    measured.push(`  ${name}: ${(smallest * 100).toFixed(2)} % (the bar's text: ${(barSmallest * 100).toFixed(2)} %)`);
    assertQuiet(page);
    await context.close();
  });
}

test('axe with AAA contrast finds nothing on any slide in the projector theme', async () => {
  const page = await open(env, { hash: '#/slide/1' });
  for (let n = 1; n <= await total(page); n += 1) {
    await goTo(page, n);
    await page.waitForTimeout(250);
    await assertAccessible(page, `on slide ${n}`, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa', 'best-practice'] });
  }
  assertQuiet(page);
});

test('with a reader’s own text spacing (WCAG 1.4.12) no slide cuts its text off: a slide taller than its canvas scrolls', async () => {
  const page = await open(env, { hash: '#/slide/1' });
  const count = await total(page);
  // The spacing 1.4.12 names, as a reader's style sheet would set it.
  await page.evaluate(() => {
    const sheet = document.styleSheets[0];
    sheet.insertRule('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }', sheet.cssRules.length);
    sheet.insertRule('p { margin-bottom: 2em !important; }', sheet.cssRules.length);
  });
  let taller = 0;
  let firstTaller;
  for (let n = 1; n <= count; n += 1) {
    await goTo(page, n);
    const seen = await page.$eval('.deck__stage .slide', (slide) => {
      slide.scrollTop = 0;
      const box = slide.getBoundingClientRect();
      const parts = [...slide.querySelectorAll('.slide__inner *')].map((el) => el.getBoundingClientRect()).filter((r) => r.height > 0);
      return { over: slide.scrollHeight - slide.clientHeight, scrolls: getComputedStyle(slide).overflowY, above: Math.max(0, ...parts.map((r) => box.top - r.top)) };
    });
    assert.ok(seen.above <= 1, `slide ${n}: nothing above the canvas's top, where no scroll reaches (${seen.above} px)`);
    if (seen.over > 1) {
      taller += 1;
      firstTaller ??= n;
      assert.ok(['auto', 'scroll'].includes(seen.scrolls), `slide ${n}: ${seen.over} px more than the canvas, and it scrolls (${seen.scrolls})`);
    }
  }
  assert.ok(taller > 0, 'the spacing makes some slides taller than their canvas');
  // Keys reach all of it: Page Down (a clicker's next) shows the rest of a tall slide before the
  // next slide, and Page Up its start before the previous one.
  await goTo(page, firstTaller);
  const scroll = () => page.$eval('.deck__stage .slide', (s) => ({ top: s.scrollTop, end: s.scrollHeight - s.clientHeight }));
  const counter = () => page.locator('.deck__counter').innerText();
  const at = await counter();
  let presses = 0;
  while ((await scroll()).top < (await scroll()).end - 1) {
    await page.keyboard.press('PageDown');
    presses += 1;
    assert.equal(await counter(), at, `slide ${firstTaller} stays while it scrolls`);
    assert.ok(presses < 20, 'the end comes');
  }
  assert.ok(presses >= 1, 'it took a press to see the rest');
  const end = (await scroll()).top;
  await page.keyboard.press('PageUp');
  assert.equal(await counter(), at, 'Page Up scrolls back first');
  assert.ok((await scroll()).top < end - 1, `towards the start (${(await scroll()).top} from ${end})`);
  await page.keyboard.press('PageDown');
  // At its end, the next key moves on.
  await page.keyboard.press('PageDown');
  await showsSlide(page, firstTaller + 1);
  assertQuiet(page);
});
