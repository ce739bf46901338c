// Pictogram unit charts: each unit drawn as the figure's own icon, defined once and reused, a part
// icon clipped to its share, the key beside the marks in type as large as them, in every theme,
// in forced colours, without JavaScript and in the downloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, open, assertQuiet, frames } from './harness.mjs';
import { contrast } from './colour.mjs';
import { cellInk, cellsSeen } from './icons.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const CHARTS = { narcotics: 70, arrests: 52, currency: 52.2, firearms: 66 };

/** What a chart's SVG draws: its symbols, its uses, and where its key and marks are on screen. */
const drawing = (page, id) => page.locator(`#chart-${id} .chart__svg`).evaluate((svg) => {
  const uses = [...svg.querySelectorAll('use')];
  // An icon's 24-unit box as drawn on screen, from its use's position.
  const frame = svg.getBoundingClientRect();
  const scale = frame.width / svg.viewBox.baseVal.width;
  const cell = (use) => {
    const [x, y] = ['x', 'y'].map((a) => Number(use.getAttribute(a)) * scale);
    const w = 24 * scale;
    return { x: frame.x + x, y: frame.y + y, w, h: w, bottom: frame.y + y + w };
  };
  const box = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height, bottom: r.bottom }; };
  const texts = [...svg.querySelectorAll('text')];
  return {
    symbols: [...svg.querySelectorAll('symbol')].map((s) => s.id),
    shapes: svg.querySelectorAll('symbol path, symbol circle, symbol rect, symbol line, symbol polyline').length,
    shapesOutside: [...svg.querySelectorAll('path, circle, line')].filter((s) => !s.closest('symbol')).length,
    hrefs: [...new Set(uses.map((u) => u.getAttribute('href')))],
    uses: uses.length,
    clipped: uses.filter((u) => u.closest('[clip-path]')).length,
    key: texts.map((t) => ({ text: t.textContent, ...box(t) })),
    keyIcon: cell(uses[0]),
    firstMark: cell(uses[1]),
    // What the first mark draws: its shapes, inside its box.
    firstInk: box(uses[1]),
  };
});

/** What each cell of the chart shows on screen, and what its value calls for (`cellsSeen`). */
async function inkByCell(page, id) {
  await page.locator(`#chart-${id} .chart__svg`).scrollIntoViewIfNeeded();
  // The view scrolled there is drawn a frame later. Only with script: without it the page runs
  // no callback of a timer or a frame to wait with.
  if (await page.evaluate(() => document.documentElement.classList.contains('js'))) await frames(page, 2);
  const shot = (await page.screenshot()).toString('base64');
  const ink = await page.evaluate(cellInk, [shot, id, CHARTS[id]]);
  assert.ok(ink.key > 20, `${id}: the key icon is drawn (${ink.key} px of ${ink.colour})`);
  return { ...cellsSeen(ink, CHARTS[id]), ink };
}

test('the browser draws a whole icon, as large as the key’s, in each cell a unit fills, and none after them, in every theme', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
    const page = await open(env, { viewport });
    for (const theme of ['light', 'dark', 'projector']) {
      await page.click(`label:has(input[value=${theme}])`);
      // Applied in an effect, which may come a task after the click's render.
      await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      for (const id of Object.keys(CHARTS)) {
        const { seen, expected, ink } = await inkByCell(page, id);
        assert.deepEqual(seen, expected, `${id} at ${viewport.width} px, ${theme} theme (key ${ink.key} px; cells ${ink.cells.join(' ')})`);
      }
    }
    assertQuiet(page);
    await page.context().close();
  }
});

/** Draws two SVG documents on canvases and counts the pixels where their ink differs. */
async function drawnDifference(page, [a, b]) {
  return page.evaluate(async ([a, b]) => {
    const draw = async (markup) => {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [96, 96];
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      ctx.drawImage(image, 0, 0, 96, 96);
      return ctx.getImageData(0, 0, 96, 96).data;
    };
    const [x, y] = [await draw(a), await draw(b)];
    let ink = 0;
    let differ = 0;
    for (let p = 3; p < x.length; p += 4) {
      if (x[p] > 64) ink += 1;
      if (Math.abs(x[p] - y[p]) > 64) differ += 1;
    }
    return { ink, differ };
  }, [a, b]);
}

test('each chart’s icon, one path, draws what the icon’s shapes draw', async () => {
  const page = await open(env);
  for (const id of Object.keys(CHARTS)) {
    // The figure's tile draws the icon's shapes as they are; its chart's symbol, as one path.
    const [shapes, path] = await page.evaluate((figure) => [
      document.querySelector(`.tile[data-figure=${figure}] .icon svg`).innerHTML,
      document.querySelector(`#chart-${figure} symbol path`).getAttribute('d'),
    ], id);
    const svg = (body) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="96" height="96" fill="none" stroke="#000" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
    const { ink, differ } = await drawnDifference(page, [svg(shapes), svg(`<path d="${path}"/>`)]);
    assert.ok(ink > 500, `${id}: the icon is drawn (${ink} px)`);
    assert.ok(differ <= ink * 0.02, `${id}: the path draws the shapes (${differ} of ${ink} px differ)`);
  }
  assertQuiet(page);
});

test('each unit chart draws its units as the figure’s icon, defined once', async () => {
  const page = await open(env);
  for (const [id, value] of Object.entries(CHARTS)) {
    const d = await drawing(page, id);
    const whole = Math.floor(value);
    const part = value > whole;
    assert.deepEqual(d.symbols, [`chart-${id}-icon`], `${id}: one symbol`);
    assert.ok(d.shapes >= 1, `${id}: the symbol holds the icon's shapes`);
    assert.equal(d.shapesOutside, 0, `${id}: no icon path repeated outside the symbol`);
    assert.deepEqual(d.hrefs, [`#chart-${id}-icon`], `${id}: every unit uses the one symbol`);
    // The key's icon, each whole unit, and for a part unit its whole outline and its clipped share.
    assert.equal(d.uses, 1 + whole + (part ? 2 : 0), `${id}: uses`);
    assert.equal(d.clipped, part ? 1 : 0, `${id}: only a part unit is clipped`);
    // Each icon is drawn at a real size, its shapes filling most of its box.
    assert.ok(d.firstMark.w > 20, `${id}: icon box ${d.firstMark.w} px`);
    assert.ok(Math.max(d.firstInk.w, d.firstInk.h) > d.firstMark.w * 0.6 && d.firstInk.h <= d.firstMark.h, `${id}: shapes ${d.firstInk.w}×${d.firstInk.h} in a box of ${d.firstMark.w}`);
  }
  // Ids stay unique on the page, with four charts' symbols and clip paths.
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((x, i) => ids.indexOf(x) !== i);
  });
  assert.deepEqual(duplicates, []);
  assertQuiet(page);
});

test('the key sits beside the marks, in type as large as the marks, on one scale for every chart', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 812 }]) {
    const page = await open(env, { viewport });
    const sizes = [];
    for (const id of Object.keys(CHARTS)) {
      const d = await drawing(page, id);
      const [each, quantity] = d.key;
      assert.equal(each.text, 'Each', id);
      assert.match(quantity.text, /^= /, id);
      // "Each" ends before the key's icon and the quantity starts after it, on the icon's line.
      assert.ok(each.x + each.w <= d.keyIcon.x + 2 && quantity.x >= d.keyIcon.x + d.keyIcon.w - 2, `${id}: words around the icon`);
      assert.ok(Math.abs(quantity.y + quantity.h / 2 - (d.keyIcon.y + d.keyIcon.h / 2)) < d.keyIcon.h / 3, `${id}: on the icon's line`);
      // Type as large as the marks: the words' line is at least the icon's height less a quarter.
      assert.ok(quantity.h >= d.firstMark.h * 0.75, `${id}: key type ${quantity.h} px for marks of ${d.firstMark.h} px`);
      // Beside the marks: just above the first row, within one row's height.
      assert.ok(d.firstMark.y > quantity.bottom && d.firstMark.y - quantity.bottom < d.firstMark.h, `${id}: key next to the marks`);
      // And inside the chart's box.
      const svg = await page.locator(`#chart-${id} .chart__svg`).evaluate((s) => s.getBoundingClientRect().right);
      assert.ok(quantity.x + quantity.w <= svg + 0.5, `${id}: the key fits in the chart`);
      sizes.push(d.firstMark.w);
    }
    assert.ok(Math.max(...sizes) - Math.min(...sizes) < 0.5, `icons the same size in every chart: ${sizes}`);
    assertQuiet(page);
    await page.context().close();
  }
});

/** The chart drawn by the browser into a canvas, and the share of its part icon's box in each colour. */
const partIconPixels = (page) => page.locator('#chart-currency .chart__svg').evaluate(async (svg) => {
  const clip = svg.querySelector('clipPath rect');
  const [x, y, w] = ['x', 'y', 'width'].map((a) => Number(clip.getAttribute(a)));
  const size = 24;
  const scale = 4;
  const copy = svg.cloneNode(true);
  const mark = getComputedStyle(svg.querySelector('g[color]')).color;
  const ghost = getComputedStyle(svg.querySelector('use[color]')).color;
  copy.querySelector('g[color]').setAttribute('color', mark);
  copy.querySelector('use[color]').setAttribute('color', ghost);
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }));
  const img = new Image();
  await new Promise((ok, fail) => { img.onload = ok; img.onerror = fail; img.src = url; });
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const rgb = (c) => c.match(/\d+/g).slice(0, 3).map(Number);
  const near = (p, c) => Math.abs(p[0] - c[0]) + Math.abs(p[1] - c[1]) + Math.abs(p[2] - c[2]) < 60;
  const data = ctx.getImageData(x * scale, y * scale, size * scale, size * scale).data;
  const count = { markLeft: 0, markRight: 0, ghostLeft: 0, ghostRight: 0 };
  for (let i = 0; i < data.length; i += 4) {
    const px = (i / 4) % (size * scale) / scale;
    const p = [data[i], data[i + 1], data[i + 2]];
    if (data[i + 3] < 200) continue;
    const side = px < w ? 'Left' : 'Right';
    if (near(p, rgb(mark))) count[`mark${side}`] += 1;
    else if (near(p, rgb(ghost))) count[`ghost${side}`] += 1;
  }
  return { clipWidth: w, ...count };
});

test('a part icon shows its share in the mark colour and the rest of its outline in the track colour', async () => {
  const page = await open(env);
  const p = await partIconPixels(page);
  // 52.2 icons: the last shows 0.2 of the 20 units its shapes span, from 2 units in.
  assert.equal(p.clipWidth, 6);
  assert.ok(p.markLeft > 20, `the share is drawn: ${JSON.stringify(p)}`);
  assert.equal(p.markRight, 0, `nothing of the mark colour past the share: ${JSON.stringify(p)}`);
  assert.ok(p.ghostRight > 2 * p.markLeft, `the rest of the icon is drawn as its outline: ${JSON.stringify(p)}`);
  assertQuiet(page);
});

test('icons take the category colour of each theme, at 3:1 or more, and the system colours when forced', async () => {
  const marks = {};
  for (const theme of ['light', 'dark', 'projector']) {
    const page = await open(env, { colorScheme: theme === 'light' ? 'light' : 'dark' });
    if (theme === 'projector') {
      await page.click('label:has(input[value=projector])');
      // Applied in an effect, which may come a task after the click's render.
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'projector');
    }
    marks[theme] = await page.$$eval('.chart', (charts) => charts.map((c) => ({
      mark: getComputedStyle(c.querySelector('.chart__svg g[color]')).color,
      key: getComputedStyle(c.querySelector('.chart__svg text')).fill,
      background: getComputedStyle(c).backgroundColor,
    })));
    for (const { mark, key, background } of marks[theme]) {
      assert.ok(contrast(mark, background) >= 3, `${theme}: icons ${mark} on ${background} at ${contrast(mark, background).toFixed(2)}:1`);
      assert.ok(contrast(key, background) >= 4.5, `${theme}: key ${key} on ${background}`);
    }
    assert.equal(new Set(marks[theme].map((m) => m.mark)).size, 4, `${theme}: each category its own colour`);
    assertQuiet(page);
    await page.context().close();
  }
  assert.notDeepEqual(marks.light, marks.projector);

  const page = await open(env);
  await page.emulateMedia({ forcedColors: 'active' });
  const forced = await page.$$eval('.chart', (charts) => charts.map((c) => {
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    c.append(probe);
    const text = getComputedStyle(probe).color;
    probe.remove();
    const ghost = c.querySelector('.chart__svg use[color]');
    return { mark: getComputedStyle(c.querySelector('.chart__svg g[color]')).color, text, ghost: ghost && getComputedStyle(ghost).strokeDasharray };
  }));
  for (const { mark, text } of forced) assert.equal(mark, text, 'forced colours draw the icons in CanvasText');
  // A part icon's empty rest is dotted too: the system's grey can be near its text colour.
  // Dots with gaps at least as wide as the icons' stroke (2.25), so they read as dots.
  const ghosts = forced.filter((f) => f.ghost);
  assert.ok(ghosts.length >= 1 && ghosts.every((f) => {
    const [dash, gap] = f.ghost.split(',').map((v) => parseFloat(v));
    return gap - dash >= 2.25;
  }), `part icons dotted: ${JSON.stringify(ghosts)}`);
  assertQuiet(page);
});

async function download(page, id, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`#chart-${id}`).getByRole('button', { name }).click()]);
  return readFile(await file.path());
}

test('the SVG and PNG downloads carry the icons in the theme’s colour', async () => {
  const page = await open(env, { colorScheme: 'dark' });
  const svg = (await download(page, 'arrests', /as SVG/)).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      symbols: doc.querySelectorAll('symbol').length,
      uses: doc.querySelectorAll('use').length,
      colour: doc.querySelector('g[color]').getAttribute('color'),
      stroke: doc.querySelector('symbol path').getAttribute('stroke'),
      // The chart's own labels, inside the file's nested chart (its header and footer are around it).
      key: [...doc.querySelectorAll('svg > svg text')].map((t) => t.textContent),
    };
  }, svg);
  assert.deepEqual(parsed, {
    error: null,
    symbols: 1,
    uses: 1 + 52,
    colour: 'rgb(86, 180, 233)',
    stroke: 'currentColor',
    key: ['Each', '= 50 arrests'],
  });

  const png = await download(page, 'arrests', /as PNG/);
  // The PNG drawn back into a canvas: the icons' pixels are there in the arrests colour.
  const inked = await page.evaluate(async (base64) => {
    const img = new Image();
    await new Promise((ok) => { img.onload = ok; img.src = `data:image/png;base64,${base64}`; });
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    let blue = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - 86) + Math.abs(data[i + 1] - 180) + Math.abs(data[i + 2] - 233) < 40) blue += 1;
    }
    return blue / (img.width * img.height);
  }, png.toString('base64'));
  // About 3 % of the file with its header and footer: no text is drawn in the arrests colour.
  assert.ok(inked > 0.015, `the PNG shows the icons: ${(inked * 100).toFixed(1)} % of its pixels`);
  assertQuiet(page);
});

test('without JavaScript and in print the icons are drawn', async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(env.url);
  for (const [id, value] of Object.entries(CHARTS)) {
    const shown = await page.locator(`#chart-${id} .chart__svg`).evaluate((svg) => ({
      uses: svg.querySelectorAll('use').length,
      width: svg.querySelectorAll('use')[1].getBoundingClientRect().width,
    }));
    assert.equal(shown.uses, 1 + Math.floor(value) + (value % 1 ? 2 : 0), id);
    assert.ok(shown.width > 15, `${id}: icons have their size without script`);
    const { seen, expected } = await inkByCell(page, id);
    assert.deepEqual(seen, expected, `${id}: the units are drawn without script`);
  }
  await page.emulateMedia({ media: 'print' });
  const printed = await page.$$eval('.chart .chart__svg', (svgs) => svgs.map((s) => s.querySelector('use').getBoundingClientRect().width));
  assert.ok(printed.every((w) => w > 5), `icons drawn in print: ${printed}`);
  await context.close();
});

test('the value in full shows on hover over the icons', async () => {
  const page = await open(env);
  await page.locator('#chart-narcotics .chart__plot use').nth(20).hover();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#chart-narcotics .chart__exact')).opacity === '1');
  assert.equal(await page.locator('#chart-narcotics .chart__exact').innerText(), 'In full: over 1,400,000 pounds, 2021');
  assertQuiet(page);
});
