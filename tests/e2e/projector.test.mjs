// The deck in hard rooms: a washed-out projector (30 % white mixed into every colour) keeps text at
// 4.5:1 and chart marks at 3:1 in the projector theme, on every slide; and under forced colours
// (Windows High Contrast, emulated by Chromium) every slide's text and every chart's marks stay
// visible.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, showsSlide, assertQuiet } from './harness.mjs';
import { slideColours, washedOut, forcedColoursVisible } from './deck.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const total = (page) => page.$eval('.deck__progress', (p) => Number(p.max));
async function goTo(page, n) {
  await page.evaluate((h) => { location.hash = h; }, `#/slide/${n}`);
  await showsSlide(page, n);
}

test('washed out by 30 % white, the projector theme keeps text at 4.5:1 and marks at 3:1 on every slide', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
  const page = await open(env, { context, hash: '#/slide/1' });
  // The deck's theme is applied by the page's effects, which may come a task after the deck's own.
  await page.waitForFunction(() => document.documentElement.dataset.theme !== 'auto');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'projector');
  let least = { text: Infinity, marks: Infinity };
  for (let n = 1; n <= await total(page); n += 1) {
    await goTo(page, n);
    const seen = washedOut(await page.evaluate(slideColours));
    assert.ok(seen.texts > 0, `slide ${n} has text`);
    assert.ok(seen.text.ratio >= 4.5, `slide ${n}: ${seen.text.what} at ${seen.text.ratio.toFixed(2)}:1`);
    const chartSlide = await page.evaluate(() => !!document.querySelector('.deck .slide')?.querySelector('.slide__chart svg'));
    if (chartSlide) assert.ok(seen.markCount > 0, `slide ${n}: its chart's marks are found`);
    if (seen.markCount) assert.ok(seen.marks.ratio >= 3, `slide ${n}: chart marks at ${seen.marks.ratio.toFixed(2)}:1`);
    least = { text: Math.min(least.text, seen.text.ratio), marks: Math.min(least.marks, seen.marks.ratio) };
  }
  console.log(`washed out: lowest text contrast ${least.text.toFixed(2)}:1, lowest mark contrast ${least.marks.toFixed(2)}:1`);
  assertQuiet(page);
  await context.close();
});

test('under forced colours every slide keeps its text and its chart marks visible', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await open(env, { context, hash: '#/slide/1' });
  await page.emulateMedia({ forcedColors: 'active' });
  let charts = 0;
  for (let n = 1; n <= await total(page); n += 1) {
    await goTo(page, n);
    const seen = forcedColoursVisible(await page.evaluate(slideColours));
    assert.deepEqual(seen.hidden, [], `slide ${n}: text as visible as its background`);
    assert.equal(seen.vanished, 0, `slide ${n}: ${seen.vanished} of ${seen.marks} chart marks vanish`);
    if (seen.marks) charts += 1;
  }
  assert.equal(charts, 4, 'the four chart slides were checked');
  assertQuiet(page);
  await context.close();
});
