// Layout at odd and extreme viewport sizes: nothing scrolls sideways and no text spills out of
// its tile or card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, assertQuiet } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** Elements whose content is wider than their box, and the page's sideways overflow. */
const overflow = (page) => page.evaluate(() => ({
  page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  spilled: [...document.querySelectorAll('.tile, .tile *, .card, .card__toggle, .contents, .hero__bar')]
    .filter((el) => el.checkVisibility() && el.scrollWidth > el.clientWidth + 1)
    .map((el) => `${el.className || el.tagName} (${el.scrollWidth} > ${el.clientWidth})`),
}));

for (const [width, height] of [[240, 320], [320, 640], [375, 812], [768, 1024], [1024, 768], [1280, 800], [1920, 1080], [3840, 2160], [7680, 4320]]) {
  test(`${width}×${height}: no sideways scroll, nothing spills out`, async () => {
    const page = await open(env, { viewport: { width, height } });
    await page.click('text=Open all');
    assert.deepEqual(await overflow(page), { page: 0, spilled: [] });
    assertQuiet(page);
    await page.context().close();
  });
}

test('rapid resizing keeps the page whole and quiet', async () => {
  const page = await open(env);
  for (let i = 0; i < 40; i += 1) {
    await page.setViewportSize({ width: 240 + ((i * 397) % 3600), height: 320 + ((i * 211) % 1800) });
  }
  await page.setViewportSize({ width: 400, height: 700 });
  assert.deepEqual(await overflow(page), { page: 0, spilled: [] });
  assertQuiet(page);
});
