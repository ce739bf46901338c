// Exports that keep their source: each chart's SVG, the PNG drawn from it, and the CSV,
// downloaded as files and read back, from a host and from the single file on file://.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { start, open, ready, assertQuiet } from './harness.mjs';
import { colouredPixels } from './colour.mjs';

const SINGLE = fileURLToPath(new URL('../../target/hsi-infographic.html', import.meta.url));
const ARTICLE = 'HSI’s Focus on Disrupting Drug Trafficking Networks';
const REFERENCES = [
  '[1] Homeland Security Investigations Overview',
  '[2] HSI’s Role in Combating Drug Trafficking',
  '[3] DHS Drug Interdiction Efforts',
  '[4] DHS Fentanyl Interdiction Campaign',
];

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const chart = (page, id) => page.locator(`#chart-${id}`);

async function download(page, id, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), chart(page, id).getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
}

/** The downloaded SVG read by the browser's XML parser: its size, texts, title, desc and icons. */
function readSvg(page, body) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const ids = new Set([...doc.querySelectorAll('[id]')].map((e) => e.id));
    // The file's own lines (header and footer), not the chart's labels inside its nested <svg>.
    const own = [...root.children].filter((e) => e.localName === 'text').map((e) => e.textContent);
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      ns: root.namespaceURI,
      size: ['width', 'height', 'viewBox'].map((a) => root.getAttribute(a)),
      font: root.getAttribute('font-family'),
      title: [...root.children].find((e) => e.localName === 'title')?.textContent ?? null,
      desc: [...root.children].find((e) => e.localName === 'desc')?.textContent ?? null,
      own,
      uses: doc.querySelectorAll('use').length,
      symbols: doc.querySelectorAll('symbol').length,
      unresolved: [...doc.querySelectorAll('use')].map((u) => u.getAttribute('href')).filter((h) => !ids.has(h.slice(1))),
      colour: doc.querySelector('g[color]')?.getAttribute('color'),
    };
  }, body.toString('utf8'));
}

/** The file's lines as one text: lines joined by spaces, no-break spaces as spaces. */
const prose = (lines) => lines.join(' ').replaceAll('\u00a0', ' ');

/** Draws an image file in the page and counts its pixels in colour: icons that render show up. */
function drawn(page, mime, body) {
  return page.evaluate(colouredPixels, [mime, body.toString('base64')]);
}

/** Checks an exported SVG's header, footer and address, and returns what was read. */
async function checkSvg(page, body, { address, title, figure }) {
  const svg = await readSvg(page, body);
  assert.equal(svg.error, null, 'the SVG parses');
  assert.deepEqual([svg.root, svg.ns], ['svg', 'http://www.w3.org/2000/svg']);
  const [width, height, viewBox] = svg.size;
  assert.match(width, /^\d+$/);
  assert.match(height, /^\d+$/);
  assert.equal(viewBox, `0 0 ${width} ${height}`, 'an explicit size and view box');
  assert.match(svg.font, /^system-ui, /, 'the system font stack');
  assert.ok(svg.title && svg.desc, 'a <title> and a <desc>');
  assert.equal(svg.own[0], title, 'the title first');
  assert.equal(svg.own[1], figure, 'then the figure with its qualifier, unit and period');
  const text = prose(svg.own);
  assert.ok(text.includes(`Source: “${ARTICLE}”, section “Impact on Drug Trafficking Landscape”.`), text);
  for (const reference of REFERENCES) assert.ok(text.includes(reference), `${reference} in ${text}`);
  // The address may be broken over lines (after a slash), never changed.
  assert.ok(svg.own.join('').replace(/\s/g, '').includes(address), `${address} in ${svg.own.join(' | ')}`);
  assert.ok(svg.desc.includes(address), 'the address in the description too');
  assert.deepEqual(svg.unresolved, [], 'every <use> names a symbol in the file');
  return svg;
}

test('the SVG download carries the title, the figure, the source and the chart’s address', async () => {
  const page = await open(env, { colorScheme: 'dark' });
  const { name, body } = await download(page, 'narcotics', /as SVG/);
  assert.equal(name, 'hsi-narcotics-seized-2021.svg');
  const svg = await checkSvg(page, body, {
    address: `${env.url}#chart-narcotics`,
    title: 'Narcotics seized',
    figure: 'over 1.4 million pounds, 2021',
  });
  assert.equal(svg.title, 'Narcotics seized, 2021: over 1.4 million lb');
  assert.ok(svg.desc.startsWith('Each icon stands for 20,000 lb; 70 icons.'), svg.desc);
  assert.deepEqual([svg.symbols, svg.uses], [1, 1 + 70], 'one symbol, the key and 70 icons');
  assert.equal(svg.colour, 'rgb(230, 159, 0)', 'the dark theme colour is written into the file');
  const image = await drawn(page, 'image/svg+xml', body);
  assert.ok(image.coloured > 4000, `the file draws its icons on its own (${image.coloured} coloured pixels; without them, under 1,000)`);
  // A query (a tracking tag, say) is not part of the address a file carries.
  await page.goto(`${env.url}?from=feed#impact`);
  await ready(page);
  const firearms = await download(page, 'firearms', /as SVG/);
  await checkSvg(page, firearms.body, {
    address: `${env.url}#chart-firearms`,
    title: 'Illicit firearms seized',
    figure: '66,000+ illicit firearms, 2005–2018',
  });
  assert.ok(!firearms.body.toString().includes('from=feed'), 'no query in the file');
  // With the table shown, the SVG and PNG buttons still work, and give the chart the table
  // stands for: the same file as from the chart.
  await chart(page, 'firearms').getByRole('button', { name: 'Show table' }).click();
  const fromTable = await download(page, 'firearms', /as SVG/);
  assert.equal(fromTable.body.toString(), firearms.body.toString(), 'the table view downloads the chart');
  const png = await download(page, 'firearms', /as PNG/);
  assert.equal(png.name, 'hsi-illicit-firearms-seized-2005-2018.png');
  assert.ok(png.body.length > 10000, `a PNG of the chart (${png.body.length} B)`);
  assertQuiet(page);
});

test('an export from an embedded chart names the full infographic’s address', async () => {
  const page = await open({ ...env, url: `${env.url}embed/chart-arrests/` }, { wait: false });
  await page.waitForSelector('html.app-ready');
  const { body } = await download(page, 'arrests', /as SVG/);
  // As a link copied from the page gives it: the site's folder, not its index file.
  await checkSvg(page, body, { address: `${env.url}#chart-arrests`, title: 'Drug smuggling arrests', figure: 'over 2,600 drug smuggling arrests, 2021' });
  assertQuiet(page);
});

test('the PNG download is the SVG file, header and footer too, at twice its size', async () => {
  const page = await open(env);
  const svg = await readSvg(page, (await download(page, 'arrests', /as SVG/)).body);
  const { name, body } = await download(page, 'arrests', /as PNG/);
  assert.equal(name, 'hsi-drug-smuggling-arrests-2021.png');
  assert.deepEqual([...body.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  const size = [body.readUInt32BE(16), body.readUInt32BE(20)];
  assert.deepEqual(size, [Number(svg.size[0]) * 2, Number(svg.size[1]) * 2], 'twice the SVG file’s size');
  const onPage = await chart(page, 'arrests').locator('.chart__svg').evaluate((el) => [Number(el.getAttribute('width')), Number(el.getAttribute('height'))]);
  assert.ok(size[0] > onPage[0] * 2 && size[1] > onPage[1] * 2 + 200, `larger than the chart alone, with its header and footer: ${size} against ${onPage}`);
  const image = await drawn(page, 'image/png', body);
  assert.ok(image.coloured > 10000, `the PNG shows the icons in colour (${image.coloured} pixels; its coloured text alone is under 4,000)`);
  assertQuiet(page);
});

/** A CSV as rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF). */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { rows.at(-1).push(field); field = ''; rows.push([]); i += 1; } else field += c;
  }
  if (rows.at(-1).length === 0) rows.pop();
  return rows;
}

const COLUMNS = ['figure', 'measure', 'qualifier', 'value', 'value_shown', 'unit', 'period', 'derived_from', 'formula', 'source'];

test('the CSV has its ten columns, values to six decimals, values as shown, and derived rows that name their measure', async () => {
  const page = await open(env);
  for (const [id, label, period, stated, derivedCount] of [
    ['narcotics', 'Narcotics seized', '2021', { value: '1400000', value_shown: 'over 1.4 million lb', unit: 'pounds', qualifier: 'over' }, 2],
    ['firearms', 'Illicit firearms seized', '2005–2018', { value: '66000', value_shown: '66,000+ firearms', unit: 'illicit firearms', qualifier: 'at least' }, 1],
  ]) {
    const { name, body } = await download(page, id, /as CSV/);
    assert.match(name, /^hsi-.*\.csv$/);
    const text = body.toString('utf8');
    assert.equal(text.charCodeAt(0), 0xfeff, `${id}: a byte order mark first, so spreadsheets read it as UTF-8`);
    const [header, ...rows] = parseCsv(text.slice(1));
    assert.deepEqual(header, COLUMNS);
    const records = rows.map((row) => {
      assert.equal(row.length, COLUMNS.length, `${id}: every column in ${row}`);
      return Object.fromEntries(COLUMNS.map((c, i) => [c, row[i]]));
    });
    assert.equal(records.length, 1 + derivedCount, `${id}: one stated row and its derived rows`);
    const [first, ...derived] = records;
    assert.deepEqual({ ...first, source: undefined }, { figure: label, measure: label, period, derived_from: '', formula: '', ...stated, source: undefined });
    for (const record of records) {
      assert.ok(record.source.startsWith(`“${ARTICLE}”, section “Impact on Drug Trafficking Landscape”.`), record.source);
      for (const reference of REFERENCES) assert.ok(record.source.includes(reference), `${reference} in the source`);
    }
    for (const row of derived) {
      assert.ok(row.measure && row.measure !== label, `${id}: a derived row names its measure: ${row.measure}`);
      assert.equal(row.period, period, `${id}: the period is a period, not a label`);
      assert.ok(row.unit && row.unit !== row.measure && !/average/i.test(row.unit) && !row.unit.includes(period), `${id}: the unit is a unit: ${row.unit}`);
      assert.equal(row.derived_from, `${label}, ${period}`);
      assert.match(row.formula, /[÷×]/);
      assert.ok(Number.isFinite(Number(row.value)), `${row.value} is a number`);
      assert.ok(row.value_shown.startsWith(stated.qualifier === 'over' ? 'over ' : ''), row.value_shown);
    }
  }
  const narcotics = parseCsv((await download(page, 'narcotics', /as CSV/)).body.toString('utf8').slice(1));
  const daily = narcotics[2];
  assert.deepEqual(daily.slice(1, 8), ['Daily average, 2021', 'over', (1400000 / 365).toFixed(6), 'over 3,830 lb a day', 'pounds a day', '2021', 'Narcotics seized, 2021']);
  assert.equal(narcotics[3][5], 'metric tons');
  assertQuiet(page);
});

test('from the single file on file://, the SVG carries the file’s name, never the reader’s folders', async () => {
  assert.ok(existsSync(SINGLE), 'the single file is built (make single)');
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (['error', 'warning'].includes(m.type())) problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => { if (!/^(file|data|blob):/.test(r.url())) problems.push(`request: ${r.url()}`); });
  const address = pathToFileURL(SINGLE).href;
  await page.goto(`${address}#references`);
  await ready(page);
  const { body } = await download(page, 'currency', /as SVG/);
  await checkSvg(page, body, { address: 'hsi-infographic.html#chart-currency', title: 'Illicit currency seized', figure: 'over $522 million, 2021' });
  const folder = fileURLToPath(new URL('.', address));
  assert.ok(!body.toString().includes(folder) && !body.toString().includes('file:'), 'no path of the reader’s in the file');
  const png = await download(page, 'currency', /as PNG/);
  assert.deepEqual([...png.body.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG from file:// too');
  assert.deepEqual(problems, []);
  await context.close();
});
