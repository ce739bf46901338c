// Charts: chart and table, the value in full on hover and focus, downloads, and theme colours.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, open, assertQuiet } from './harness.mjs';
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
    await button.click();
    assert.equal(await figure.locator('.chart__svg').count(), 0, `${id}: chart replaced`);
    const rows = await figure.locator('table tbody tr').allInnerTexts();
    assert.ok(rows.length >= 2, `${id}: stated and derived rows`);
    assert.match(rows[0], /Stated/);
    assert.ok(rows.slice(1).every((r) => /Derived/.test(r)), `${id}: derived rows say so`);
    const toggle = figure.getByRole('button', { name: 'Show chart' });
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await toggle.click();
    assert.equal(await figure.locator('svg[role=img]').count(), 1, `${id}: chart back`);
  }
  const narcotics = await chart(page, 'narcotics').innerText();
  assert.match(narcotics, /1\.4/);
  assert.match(narcotics, /OVER|over/);
  assert.match(narcotics, /Source: Impact on Drug Trafficking Landscape, refs \[1\]–\[4\]/);
  assertQuiet(page);
});

test('the table lists each value in full with qualifier, unit and source', async () => {
  const page = await open(env);
  await chart(page, 'narcotics').getByRole('button', { name: 'Show table' }).click();
  const cells = await chart(page, 'narcotics').locator('tbody tr').first().locator('th, td').allInnerTexts();
  assert.deepEqual(cells, ['2021', 'over 1,400,000 pounds', 'Stated', 'Impact on Drug Trafficking Landscape, refs [1]–[4]']);
});

const exactOpacity = (page, id) => chart(page, id).locator('.chart__exact').evaluate((el) => Number(getComputedStyle(el).opacity));

test('keyboard focus and hover on a chart show the value in full', async () => {
  const page = await open(env);
  const plot = chart(page, 'currency').locator('.chart__plot');
  assert.equal(await exactOpacity(page, 'currency'), 0);
  await chart(page, 'arrests').getByRole('button', { name: 'CSV' }).focus();
  await page.keyboard.press('Tab');
  assert.ok(await plot.evaluate((el) => el === document.activeElement), 'Tab reaches the next chart');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#chart-currency .chart__exact')).opacity === '1');
  assert.equal(await chart(page, 'currency').locator('.chart__exact').innerText(), 'In full: over $522,000,000, 2021');
  await page.mouse.click(5, 5);
  await chart(page, 'firearms').locator('.chart__plot').hover();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#chart-firearms .chart__exact')).opacity === '1');
  assert.equal(await chart(page, 'firearms').locator('.chart__exact').innerText(), 'In full: 66,000+ illicit firearms, 2005–2018');
  assertQuiet(page);
});

async function download(page, id, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), chart(page, id).getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
}

test('the SVG download is a valid, self-contained SVG with the marks', async () => {
  const page = await open(env, { colorScheme: 'dark' });
  const { name, body } = await download(page, 'narcotics', /as SVG/);
  assert.equal(name, 'hsi-narcotics-seized-2021.svg');
  const result = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      ns: doc.documentElement.namespaceURI,
      uses: doc.querySelectorAll('use').length,
      title: doc.querySelector('title')?.textContent,
      fill: doc.querySelector('g[color]').getAttribute('color'),
    };
  }, body.toString('utf8'));
  assert.equal(result.error, null);
  assert.deepEqual([result.root, result.ns, result.uses], ['svg', 'http://www.w3.org/2000/svg', 1 + 70]);
  assert.equal(result.title, 'Narcotics seized, 2021: over 1.4 million lb');
  assert.equal(result.fill, 'rgb(230, 159, 0)', 'the dark theme colour is written into the file');
  assertQuiet(page);
});

test('the PNG download is a PNG at twice the chart size', async () => {
  const page = await open(env);
  const { name, body } = await download(page, 'arrests', /as PNG/);
  assert.equal(name, 'hsi-drug-smuggling-arrests-2021.png');
  assert.deepEqual([...body.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  const [width, height] = [body.readUInt32BE(16), body.readUInt32BE(20)];
  const svg = await chart(page, 'arrests').locator('.chart__svg').evaluate((el) => [Number(el.getAttribute('width')), Number(el.getAttribute('height'))]);
  assert.deepEqual([width, height], [svg[0] * 2, svg[1] * 2]);
  assertQuiet(page);
});

test('the CSV download has a header and one row per value', async () => {
  const page = await open(env);
  for (const [id, rows] of [['narcotics', 3], ['firearms', 2]]) {
    const { name, body } = await download(page, id, /as CSV/);
    assert.match(name, new RegExp(`^hsi-.*\\.csv$`));
    const lines = body.toString('utf8').trim().split('\r\n');
    assert.equal(lines[0], 'figure,period,value,qualifier,unit,kind,formula,source');
    assert.equal(lines.length - 1, rows, `${id}: stated + derived rows`);
    assert.ok(lines.slice(1).every((l) => l.split(',').length >= 8), 'every row has every column');
  }
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
  assert.notEqual(await fill(), before_);
  assertQuiet(page);
});
