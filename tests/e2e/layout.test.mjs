// Layout at odd and extreme viewport sizes: nothing scrolls sideways and no text spills out of
// its tile or card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, assertQuiet } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/**
 * Elements whose content is wider than their box, the page's sideways overflow, and the controls
 * not wholly within the window's width: a control past its left edge, where no scroll reaches,
 * adds nothing to the page's overflow (at 200 px the theme switch began 12 px left of it).
 */
const overflow = (page) => page.evaluate(() => ({
  page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  spilled: [...document.querySelectorAll('.tile, .tile *, .card, .card__head, .card__panel, .card__toggle, .contents, .hero__bar')]
    .filter((el) => el.checkVisibility() && el.scrollWidth > el.clientWidth + 1)
    .map((el) => `${el.className || el.tagName} (${el.scrollWidth} > ${el.clientWidth})`)
    .concat([...document.querySelectorAll('button, input, a[href], fieldset')]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length)
      .filter((el) => { const r = el.getBoundingClientRect(); return r.left < -1 || r.right > document.documentElement.clientWidth + 1; })
      .map((el) => `${el.className || el.tagName} outside the window (${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)})`)),
}));

for (const [width, height] of [[200, 400], [240, 320], [320, 640], [375, 812], [768, 1024], [1024, 768], [1280, 800], [1920, 1080], [3840, 2160], [7680, 4320]]) {
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

test('a focus ring inside a card stays inside the card', async () => {
  for (const width of [320, 1280]) {
    const page = await open(env, { viewport: { width, height: 800 } });
    await page.click('text=Open all');
    // A key press first, so that focus() from script shows the keyboard's focus ring.
    await page.keyboard.press('Tab');
    const rings = await page.evaluate(async () => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const out = [];
      let measured = 0;
      for (const card of document.querySelectorAll('.cards > .card')) {
        card.scrollIntoView();
        await frame();
        const border = parseFloat(getComputedStyle(card).borderTopWidth);
        for (const el of card.querySelectorAll('a[href], button, input, [tabindex]')) {
          if (!el.checkVisibility()) continue;
          el.focus();
          // Focus scrolls the element into view: the card's box is read after it.
          const box = card.getBoundingClientRect();
          const style = getComputedStyle(el);
          if (!el.matches(':focus-visible')) out.push(`${card.id}: ${el.id || el.className || el.tagName} shows no focus ring`);
          if (style.outlineStyle === 'none') continue;
          measured += 1;
          const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
          const r = el.getBoundingClientRect();
          const inside = r.left - reach >= box.left + border - 0.5 && r.right + reach <= box.right - border + 0.5
            && r.top - reach >= box.top + border - 0.5 && r.bottom + reach <= box.bottom - border + 0.5;
          if (!inside) out.push(`${card.id}: ${el.id || el.className || el.tagName} (${el.textContent.trim().slice(0, 30)})`);
        }
      }
      return { out, measured };
    });
    assert.ok(rings.measured > 50, `at ${width} px: ${rings.measured} focus rings measured`);
    assert.deepEqual(rings.out, [], `at ${width} px`);
    await page.context().close();
  }
});

test('End, or a scroll to the bottom, reaches the page’s end on a phone', async () => {
  const page = await open(env, { viewport: { width: 375, height: 812 } });
  const end = () => page.evaluate(() => {
    const el = document.documentElement;
    return el.scrollHeight - (el.scrollTop + el.clientHeight);
  });
  // (When the cards below the first waited to be laid out, the page grew by thousands of pixels
  // under the view, which was left halfway down it.)
  await page.mouse.click(2, 300);
  await page.keyboard.press('End');
  await page.waitForTimeout(800);
  assert.ok(await end() <= 2, `End: ${await end()} px short of the end`);
  assert.ok(await page.evaluate(() => scrollY) > 5000, 'at the page’s real end');
  // A scroll to the bottom (the scrollbar dragged there), from a fresh page at 320 px.
  const again = await open(env, { viewport: { width: 320, height: 640 } });
  await again.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await again.waitForTimeout(800);
  assert.ok(await again.evaluate(() => document.documentElement.scrollHeight - scrollY - innerHeight) <= 2, 'the scroll to the bottom ends at the end');
  assertQuiet(again);
  await again.context().close();
  // Home, two frames after End on a fresh page, goes to the top, and stays there.
  const home = await open(env, { viewport: { width: 375, height: 812 } });
  await home.mouse.click(2, 300);
  await home.keyboard.press('End');
  await home.waitForFunction(() => scrollY > 0);
  await home.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await home.keyboard.press('Home');
  await home.waitForTimeout(800);
  assert.equal(await home.evaluate(() => scrollY), 0, 'Home is not undone');
  assertQuiet(page);
  assertQuiet(home);
  await page.context().close();
  await home.context().close();
});

test('a reload puts the reader back where they were, at the page’s end too', async () => {
  const page = await open(env, { viewport: { width: 1280, height: 800 } });
  const settled = async () => {
    await page.waitForSelector('html.app-ready');
    await page.waitForTimeout(1200);
    return page.evaluate(() => scrollY);
  };
  // (When the cards below the first waited to be laid out, Chromium restored the view while the
  // page, counted short, ended at 2,003 px, in about half the reloads.) Three of each, at the end
  // and past that point.
  for (const place of ['end', 2500]) {
    for (let i = 0; i < 3; i += 1) {
      await page.evaluate((y) => scrollTo(0, y === 'end' ? document.documentElement.scrollHeight : y), place);
      await page.waitForTimeout(300);
      const left = await page.evaluate(() => scrollY);
      assert.ok(left > 2100, `scrolled past the short page's end (${left})`);
      await page.reload();
      assert.ok(Math.abs(await settled() - left) <= 2, `back at ${left} (${place}) after reload ${i + 1}: ${await page.evaluate(() => scrollY)}`);
    }
  }
  // A page left at its top comes back at its top.
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForTimeout(100);
  await page.reload();
  assert.equal(await settled(), 0, 'at the top');
  assertQuiet(page);
  await page.context().close();
});
