// Headline tiles that line up: wherever tiles stand side by side, each part (label, qualifier,
// number, unit, period, source) sits on one line shared by the whole row of tiles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, open, assertQuiet } from './harness.mjs';
import { PREVIEW_VIEWPORT, PREVIEW_WORDS, heroWords, hideControls } from './preview-view.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const PARTS = { label: '.tile__label', qualifier: '.amount__qualifier', number: '.amount__number', unit: '.amount__unit', period: '.tile__period', source: '.tile__source' };

/**
 * The tiles grouped in rows as they stand on screen, and for each part the baseline of its first
 * line in every tile of the row (null where a tile has no such part). A baseline is read from a
 * zero-size inline box put at the start of the part and taken out again.
 */
const rows = (page, parts) => page.$$eval('.hero .tile', (tiles, parts) => {
  const baseline = (el) => {
    if (!el) return null;
    const probe = document.createElement('span');
    Object.assign(probe.style, { display: 'inline-block', width: '0', height: '0', verticalAlign: 'baseline' });
    el.prepend(probe);
    const y = probe.getBoundingClientRect().bottom;
    probe.remove();
    return y;
  };
  const byTop = new Map();
  for (const tile of tiles) {
    const top = Math.round(tile.getBoundingClientRect().top);
    byTop.set(top, [...(byTop.get(top) ?? []), tile]);
  }
  return [...byTop.values()].map((row) => Object.fromEntries(Object.entries(parts).map(([name, sel]) => [name, row.map((t) => baseline(t.querySelector(sel)))])));
}, parts);

const spread = (ys) => {
  const present = ys.filter((y) => y !== null);
  return Math.max(...present) - Math.min(...present);
};

for (const [width, height, columns] of [[1280, 800, 4], [1024, 768, 4], [960, 700, 4], [1920, 1080, 4], [3840, 2160, 4], [800, 600, 2], [600, 900, 2]]) {
  test(`${width}×${height}: the ${columns} tiles in a row share the line of each part`, async () => {
    const page = await open(env, { viewport: { width, height } });
    const found = await rows(page, PARTS);
    assert.ok(found.every((row) => row.number.length === columns), `${columns} tiles a row: ${found.map((r) => r.number.length)}`);
    for (const row of found) {
      for (const [part, ys] of Object.entries(row)) {
        assert.ok(spread(ys) <= 1, `${part}: baselines ${ys.map((y) => y?.toFixed(1))} spread over ${spread(ys).toFixed(1)} px`);
      }
      // The number and its unit each keep to one line, in every tile.
      const lines = await page.$$eval('.hero .tile :is(.amount__number, .amount__unit)', (els) => els.map((el) =>
        el.getBoundingClientRect().height < 1.5 * parseFloat(getComputedStyle(el).lineHeight)));
      assert.ok(lines.every(Boolean), 'numbers and units on one line each');
    }
    assertQuiet(page);
    await page.context().close();
  });
}

test('the tile without a qualifier keeps an empty qualifier row, aligned with the others', async () => {
  const page = await open(env);
  const tiles = await page.$$eval('.hero .tile', (ts) => ts.map((t) => ({
    id: t.dataset.figure,
    qualifier: t.querySelector('.amount__qualifier')?.textContent ?? null,
    number: t.querySelector('.amount__number').textContent,
    unit: t.querySelector('.amount__unit')?.textContent ?? null,
    period: t.querySelector('.tile__period').textContent,
    subgrid: getComputedStyle(t).gridTemplateRows.startsWith('subgrid'),
    numberTop: t.querySelector('.amount__number').getBoundingClientRect().top,
  })));
  assert.deepEqual(tiles.map((t) => [t.id, t.qualifier, t.number, t.unit, t.period]), [
    ['narcotics', 'over', '1.4', 'million lb', '2021'],
    ['arrests', 'over', '2,600', 'arrests', '2021'],
    ['currency', 'over', '$522', 'million', '2021'],
    ['firearms', null, '66,000+', 'firearms', '2005–2018'],
  ]);
  assert.ok(tiles.every((t) => t.subgrid), 'the tiles share the rows of their row (subgrid)');
  assert.equal(new Set(tiles.map((t) => t.numberTop)).size, 1, 'every number, with or without a qualifier above it, at one height');
  assertQuiet(page);
});

test('periods take an en dash in labels, titles and tiles; the article’s sentences keep its hyphen', async () => {
  const page = await open(env);
  await page.click('text=Open all');
  const texts = await page.evaluate(() => ({
    tile: document.querySelector('.tile[data-figure=firearms] .tile__period').textContent,
    title: document.querySelector('#chart-firearms-title').textContent,
    heading: document.querySelector('#chart-firearms-heading').textContent,
    derived: document.querySelector('#chart-firearms .derived').textContent,
    sentences: [...document.querySelectorAll('main :is(p, li):not(.chart *)')].map((e) => e.textContent).join(' '),
  }));
  assert.equal(texts.tile, '2005–2018');
  assert.match(texts.title, /, 2005–2018: /);
  assert.match(texts.heading, /2005–2018/);
  assert.match(texts.derived, /Yearly average, 2005–2018/);
  assert.match(texts.sentences, /66,000\+ illicit firearms seized from 2005-2018/);
  assert.doesNotMatch(texts.sentences, /2005–2018/);
  assertQuiet(page);
});

test('the link-preview image was drawn from the hero as built (else: make preview)', async () => {
  const page = await open(env, { viewport: PREVIEW_VIEWPORT });
  await hideControls(page);
  const words = await heroWords(page);
  // The image shows every tile whole, with its qualifier, number, unit, period and source.
  for (const part of ['OVER', '1.4', 'million lb', '2021', '66,000+', '2005–2018', 'Source:']) assert.ok(words.includes(part), `the hero says ${part}`);
  assert.equal(await readFile(PREVIEW_WORDS, 'utf8'), words, 'styles/preview.txt, written with styles/preview.png by make preview, says what the hero says now');
  assertQuiet(page);
});
