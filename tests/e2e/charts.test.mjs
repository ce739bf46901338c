// Charts: chart and table, the value in full on hover and focus, and theme colours (the
// downloads are in exports.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, assertQuiet, accessibleNode } from './harness.mjs';
import { contrast } from './colour.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const chart = (page, id) => page.locator(`#chart-${id}`);

test('each headline figure has a chart that switches to a table and back', async () => {
  const page = await open(env);
  for (const id of ['narcotics', 'arrests', 'currency', 'firearms']) {
    const figure = chart(page, id);
    const button = figure.getByRole('button', { name: 'Show table' });
    assert.equal(await figure.locator('svg[role=img]').count(), 1, `${id}: chart shown`);
    // Named for its chart, after its text (four buttons "Show table" would be one name).
    await figure.scrollIntoViewIfNeeded();
    const name = await figure.locator('.chart__actions button').first().getAttribute('aria-label');
    assert.match(name, /^Show table of [a-z ]+$/);
    assert.ok(await figure.locator('.chart__icons').isVisible() && await figure.locator(':scope > .derived').isVisible(), `${id}: the icons' key and derived values`);
    await button.click();
    // Beside the table, which gives the derived values in its rows, neither is said again.
    assert.equal(await figure.locator('.chart__icons').isVisible(), false, `${id}: no key to icons not shown`);
    assert.equal(await figure.locator(':scope > .derived').isVisible(), false, `${id}: the derived values once`);
    // The chart stays in the page for the downloads, out of sight, of the tab order and of the
    // accessibility tree.
    assert.equal(await figure.locator('.chart__plot').isVisible(), false, `${id}: chart hidden`);
    assert.equal(await figure.locator('.chart__plot').evaluate((el) => el.hidden), true, `${id}: the plot is hidden`);
    const rows = await figure.locator('table tbody tr').allInnerTexts();
    assert.ok(rows.length >= 2, `${id}: stated and derived rows`);
    assert.match(rows[0], /Stated/);
    assert.ok(rows.slice(1).every((r) => /Derived/.test(r)), `${id}: derived rows say so`);
    const toggle = figure.getByRole('button', { name: 'Show chart' });
    // Named for what it does next, with no pressed state to contradict the name.
    assert.equal(await toggle.getAttribute('aria-pressed'), null);
    await toggle.click();
    assert.equal(await figure.locator('svg[role=img]').count(), 1, `${id}: chart back`);
  }
  const narcotics = await chart(page, 'narcotics').innerText();
  assert.match(narcotics, /1\.4/);
  assert.match(narcotics, /OVER|over/);
  assert.match(narcotics, /Source: Impact on Drug Trafficking Landscape, refs \[1\]–\[4\]/);
  assertQuiet(page);
});

test('a chart left as its table is still a table after presenting, and the other charts charts', async () => {
  const page = await open(env);
  const views = () => page.$$eval('.chart', (charts) => charts.map((c) => `${c.id}: ${c.querySelector('table') ? 'table' : 'chart'}, ${c.querySelector('.chart__actions button').textContent}`));
  // P from the chart's button, and back: the page's effects (P's listener, the focus given back
  // to that button) have run once the button has the focus again.
  const presentAndBack = async (name) => {
    await page.keyboard.press('p');
    await page.waitForSelector('.deck .slide');
    await page.keyboard.press('Escape');
    await page.waitForSelector('main .card');
    await page.waitForFunction((n) => document.activeElement?.closest('#chart-arrests') && document.activeElement.textContent === n, name);
  };
  await chart(page, 'arrests').getByRole('button', { name: 'Show table' }).click();
  await presentAndBack('Show chart');
  assert.deepEqual(await views(), ['chart-narcotics: chart, Show table', 'chart-arrests: table, Show chart', 'chart-currency: chart, Show table', 'chart-firearms: chart, Show table']);
  await chart(page, 'arrests').getByRole('button', { name: 'Show chart' }).click();
  await presentAndBack('Show table');
  assert.deepEqual(await views(), ['chart-narcotics: chart, Show table', 'chart-arrests: chart, Show table', 'chart-currency: chart, Show table', 'chart-firearms: chart, Show table']);
  assertQuiet(page);
});

test('the table lists each value in full with qualifier, unit and source', async () => {
  const page = await open(env);
  await chart(page, 'narcotics').getByRole('button', { name: 'Show table' }).click();
  const rows = await chart(page, 'narcotics').locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText)));
  assert.deepEqual(rows, [
    ['Measure', 'Value', 'Kind', 'Source or formula'],
    ['Narcotics seized, 2021', 'over 1,400,000 pounds', 'Stated', 'Impact on Drug Trafficking Landscape, refs [1]–[4]'],
    ['Daily average, 2021', 'over 3,830 lb a day', 'Derived', 'over 1.4 million lb ÷ 365 days'],
    ['In metric tons, 2021', 'over 635 metric tons', 'Derived', 'over 1.4 million lb × 0.45359237 kg/lb ÷ 1,000 kg/t'],
  ], 'each row names its measure and period');
  // At 1280 px every chart's table fits its column whole, with nothing to scroll to.
  for (const id of ['arrests', 'currency', 'firearms']) await chart(page, id).getByRole('button', { name: 'Show table' }).click();
  const widths = await page.$$eval('.chart__table-wrap', (wraps) => wraps.map((w) => [w.scrollWidth, w.clientWidth]));
  assert.equal(widths.length, 4);
  for (const [scroll, client] of widths) assert.ok(scroll <= client, `the table fits (${scroll} ≤ ${client})`);
  // At 320 px a table scrolls sideways, but its caption wraps in the view and stays there.
  await page.setViewportSize({ width: 320, height: 640 });
  const caption = () => chart(page, 'narcotics').locator('.chart__table-wrap').evaluate((w) => {
    const [view, text] = [w.getBoundingClientRect(), w.querySelector('caption').getBoundingClientRect()];
    return { scrolls: w.scrollWidth > w.clientWidth, inside: text.left >= view.left - 0.5 && text.right <= view.right + 0.5 };
  });
  assert.deepEqual(await caption(), { scrolls: true, inside: true }, 'the caption is in the view');
  await chart(page, 'narcotics').locator('.chart__table-wrap').evaluate((w) => { w.scrollLeft = w.scrollWidth; });
  assert.deepEqual(await caption(), { scrolls: true, inside: true }, 'scrolled to its end too');
});

const exactOpacity = (page, id) => chart(page, id).locator('.chart__exact').evaluate((el) => Number(getComputedStyle(el).opacity));

test('a chart’s source links to its section’s card and to the references, as a tile’s does', async () => {
  const page = await open(env);
  for (const id of ['narcotics', 'arrests', 'currency', 'firearms']) {
    const links = await chart(page, id).locator('.chart__source a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    assert.deepEqual(links, [['Impact on Drug Trafficking Landscape', '#impact'], ['[1]–[4]', '#references']], id);
    assert.equal(await chart(page, id).locator('.chart__source').innerText(), 'Source: Impact on Drug Trafficking Landscape, refs [1]–[4]', `${id}: its words`);
  }
  await chart(page, 'firearms').locator('.chart__source a[href="#references"]').click();
  await page.waitForFunction(() => location.hash === '#references' && document.getElementById('references-toggle').getAttribute('aria-expanded') === 'true');
  assertQuiet(page);
});

test('keyboard focus and hover on a chart show the value in full', async () => {
  const page = await open(env);
  const plot = chart(page, 'currency').locator('.chart__plot');
  assert.equal(await exactOpacity(page, 'currency'), 0);
  await chart(page, 'arrests').getByRole('button', { name: /^Share/ }).focus();
  await page.keyboard.press('Tab');
  assert.ok(await plot.evaluate((el) => el === document.activeElement), 'Tab reaches the next chart');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#chart-currency .chart__exact')).opacity === '1');
  assert.equal(await chart(page, 'currency').locator('.chart__exact').innerText(), 'In full: over $522,000,000, 2021');
  // A screen reader hears its title, then its value in full and its source.
  const { name, description } = await accessibleNode(page, 'document.activeElement');
  assert.deepEqual([name, description], ['Illicit currency seized, 2021: over $522 million', 'In full: over $522,000,000, 2021 Source: Impact on Drug Trafficking Landscape, refs [1]–[4]']);
  // Tab scrolls a plot into view with its value in full, above it, in view too (at the view's top
  // edge, it was cut off or out of view).
  for (const [width, height] of [[1280, 800], [320, 256]]) {
    await page.setViewportSize({ width, height });
    const ids = ['narcotics', 'arrests', 'currency', 'firearms'];
    for (const [i, id] of ids.entries()) {
      const ways = [[chart(page, id).locator('.chart__source a').first(), 'Shift+Tab']];
      if (i > 0) ways.push([chart(page, ids[i - 1]).getByRole('button', { name: /^Share/ }), 'Tab']);
      for (const [from, key] of ways) {
        await page.evaluate(() => scrollTo(0, 0));
        await from.focus();
        await page.keyboard.press(key);
        const [exact, focused] = await chart(page, id).locator('.chart__exact').evaluate((el) => [el.getBoundingClientRect().top, el.parentElement === document.activeElement]);
        assert.ok(focused && exact >= 0, `${id}, ${key} at ${width}×${height}: the value in full in view (its top at ${exact})`);
      }
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.mouse.click(5, 5);
  await chart(page, 'firearms').locator('.chart__plot').hover();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#chart-firearms .chart__exact')).opacity === '1');
  assert.equal(await chart(page, 'firearms').locator('.chart__exact').innerText(), 'In full: 66,000+ illicit firearms, 2005–2018');
  assertQuiet(page);
});

test('Escape hides the value in full until the pointer or the focus leaves the chart', async () => {
  const page = await open(env);
  const shown = (id) => chart(page, id).locator('.chart__exact').evaluate((el) => el.checkVisibility({ opacityProperty: true }));
  const plot = chart(page, 'currency').locator('.chart__plot');
  await chart(page, 'arrests').getByRole('button', { name: /^Share/ }).focus();
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#chart-currency .chart__exact')).opacity === '1');
  await page.keyboard.press('Escape');
  assert.equal(await shown('currency'), false, 'Escape hides it');
  assert.ok(await plot.evaluate((el) => el === document.activeElement), 'the chart keeps the focus');
  // The pointer passing over the focused chart and off it does not bring it back.
  await plot.hover();
  await page.mouse.move(5, 5);
  assert.equal(await shown('currency'), false, 'still hidden while the chart has the focus');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#chart-currency .chart__exact')).opacity === '1');
  assert.equal(await shown('currency'), true, 'focus back on the chart shows it again');
  // By hover: Escape hides it, and it shows again once the pointer has left and come back.
  await page.mouse.click(5, 5);
  await chart(page, 'firearms').locator('.chart__plot').hover();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#chart-firearms .chart__exact')).opacity === '1');
  await page.keyboard.press('Escape');
  assert.equal(await shown('firearms'), false, 'Escape hides it under the pointer');
  await page.mouse.move(5, 5);
  await chart(page, 'firearms').locator('.chart__plot').hover();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#chart-firearms .chart__exact')).opacity === '1');
  assert.equal(await shown('firearms'), true);
  assertQuiet(page);
});

test('charts take the theme colours, with marks at 3:1 or more against their background', async () => {
  const colours = {};
  for (const colorScheme of ['light', 'dark']) {
    const page = await open(env, { colorScheme });
    colours[colorScheme] = await page.$$eval('.chart', (charts) => charts.map((c) => ({
      mark: getComputedStyle(c.querySelector('.chart__svg g[color]')).color,
      background: getComputedStyle(c).backgroundColor,
    })));
    assertQuiet(page);
  }
  for (const scheme of ['light', 'dark']) {
    for (const { mark, background } of colours[scheme]) {
      assert.ok(contrast(mark, background) >= 3, `${scheme}: ${mark} on ${background} is ${contrast(mark, background).toFixed(2)}:1`);
    }
  }
  assert.notDeepEqual(colours.light.map((c) => c.mark), colours.dark.map((c) => c.mark), 'marks change with the theme');
  assert.equal(new Set(colours.light.map((c) => c.mark)).size, 4, 'each category has its own colour');
});

test('switching the theme re-colours the charts at once', async () => {
  const page = await open(env, { colorScheme: 'light' });
  const fill = () => chart(page, 'narcotics').locator('.chart__svg g[color]').first().evaluate((el) => getComputedStyle(el).color);
  const before_ = await fill();
  await page.click('label:has(input[value=dark])');
  // The theme is applied in an effect, which may come a task after the click's render.
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.notEqual(await fill(), before_);
  assertQuiet(page);
});
