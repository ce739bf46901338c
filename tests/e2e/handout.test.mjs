// The printed handout, on A4 and US Letter: no page but the last more than a third empty, no page
// with only a line or two, the footer never split, and the four charts as a 2×2 grid kept whole.
// Pages are read back from the PDF Chromium prints (pdftotext's word boxes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { start, open, ready, assertQuiet } from './harness.mjs';
import { contrast } from './colour.mjs';

const run = promisify(execFile);
/** The page margin of styles/print.css (`@page { margin: 14mm 12mm }`), in PDF points. */
const MARGIN_Y = (14 / 25.4) * 72;

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

/** Each page of the PDF: its height, and its words with their boxes. */
async function pages(pdf) {
  const dir = await mkdtemp(`${tmpdir()}/handout-`);
  try {
    await writeFile(`${dir}/handout.pdf`, pdf);
    const { stdout } = await run('pdftotext', ['-bbox', `${dir}/handout.pdf`, '-'], { maxBuffer: 64 << 20 });
    return [...stdout.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, height, body]) => ({
      height: Number(height),
      words: [...body.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)]
        .map(([, top, bottom, text]) => ({ top: Number(top), bottom: Number(bottom), text: text.replace(/&amp;/g, '&') })),
    }));
  } finally {
    await rm(dir, { recursive: true });
  }
}

/** A page's text in reading order, its lines, and how far down its printable area the text ends. */
function read(page) {
  const lines = new Set(page.words.map((w) => Math.round(w.bottom)));
  const bottom = Math.max(...page.words.map((w) => w.bottom));
  const area = page.height - 2 * MARGIN_Y;
  return { text: page.words.map((w) => w.text).join(' '), lines: lines.size, filled: (bottom - MARGIN_Y) / area };
}

for (const format of ['A4', 'Letter']) {
  test(`the ${format} handout wastes no page and keeps the charts and the footer whole`, async () => {
    const page = await open(env);
    // On Letter, a chart the reader turned into its table: it prints as its chart, in the grid.
    if (format === 'Letter') {
      await page.locator('#chart-currency').getByRole('button', { name: /^Show table/ }).click();
      await page.waitForSelector('#chart-currency .chart__table');
    }
    // On A4, a share panel left open: the handout prints without it.
    if (format === 'A4') {
      await page.locator('#chart-currency').getByRole('button', { name: /^Share/ }).click();
      await page.waitForSelector('.share__panel:popover-open');
    }
    await page.emulateMedia({ media: 'print' });
    if (format === 'A4') {
      assert.deepEqual(await page.$eval('.share__panel', (p) => [getComputedStyle(p).display, getComputedStyle(p, '::backdrop').display]), ['none', 'none']);
    }
    // Printed, every card is laid out whole (a guard: no card is left to be laid out when near).
    assert.deepEqual(await page.$$eval('.card', (cards) => cards.map((c) => getComputedStyle(c).contentVisibility).filter((v) => v !== 'visible')), []);
    // The charts stand as a grid of two columns and two rows.
    const boxes = await page.$$eval('.charts .chart', (charts) => charts.map((c) => c.getBoundingClientRect()).map((r) => [Math.round(r.left), Math.round(r.top)]));
    assert.equal(boxes.length, 4);
    assert.equal(new Set(boxes.map(([x]) => x)).size, 2, `two columns: ${JSON.stringify(boxes)}`);
    assert.equal(new Set(boxes.map(([, y]) => y)).size, 2, `two rows: ${JSON.stringify(boxes)}`);

    const printed = (await pages(await page.pdf({ format, printBackground: true }))).map(read);
    console.log(`  ${format}: ${printed.length} pages, text down to ${printed.map((p) => `${Math.round(p.filled * 100)} %`).join(', ')}`);
    assert.ok(printed.length <= 5, `${format}: ${printed.length} pages`);
    printed.slice(0, -1).forEach((p, i) => {
      assert.ok(p.filled >= 2 / 3, `${format} page ${i + 1} is ${Math.round((1 - p.filled) * 100)} % empty`);
    });
    printed.forEach((p, i) => assert.ok(p.lines > 3, `${format} page ${i + 1} holds ${p.lines} lines`));

    // The footer on one page, whole.
    const footer = printed.filter((p) => /Every figure is shown as the article states it/.test(p.text));
    assert.equal(footer.length, 1, 'the footer starts on one page');
    assert.match(footer[0].text, /does not attribute a figure to a single one\./, 'and ends on it');

    // The four charts on one page, from the first one's title to the last one's source.
    const grid = printed.filter((p) => p.text.includes('= 20,000 lb'));
    assert.equal(grid.length, 1);
    // With what each chart's icons stand for in words, in type that can be read (the key drawn
    // in the chart prints too small to).
    for (const part of ['Narcotics seized, 2021', '= 50 arrests', '= $10 million', '= 1,000 firearms', '4,710+ firearms a year',
      'Each icon stands for 20,000 lb; 70 icons.', 'Each icon stands for $10 million; 52.2 icons.']) {
      assert.ok(grid[0].text.includes(part), `${format}: "${part}" on the charts' page`);
    }
    assert.ok(!grid[0].text.includes('Measure'), `${format}: no table squeezed into the grid`);
    assert.ok(printed.every((p) => !p.text.includes('Copy embed code')), `${format}: no share panel on paper`);
    assertQuiet(page);
  });
}

/** In the page: each piece of visible text whose colour on its background, or on white paper
 * (printed without backgrounds, as browsers print by default), is under 4.5:1. */
function faintText() {
  const opaque = (c) => !/^rgba\(.*,\s*0\)$|^transparent$/.test(c);
  const backgroundOf = (el) => {
    for (let at = el; at; at = at.parentElement) {
      const c = getComputedStyle(at).backgroundColor;
      if (opaque(c)) return c;
    }
    return 'rgb(255, 255, 255)';
  };
  const texts = [...document.querySelectorAll('body *')].filter((el) => el.checkVisibility()
    && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()));
  return texts.map((el) => ({
    what: `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} "${el.textContent.trim().slice(0, 30)}"`,
    colour: getComputedStyle(el)[el instanceof SVGElement ? 'fill' : 'color'],
    background: backgroundOf(el),
  }));
}

test('the handout prints dark text on white paper whatever theme the page is in', async () => {
  const page = await open(env);
  for (const theme of ['light', 'dark', 'projector']) {
    await page.evaluate((t) => localStorage.setItem('hsi-infographic.theme', t), theme);
    await page.reload();
    await ready(page);
    assert.equal(await page.getAttribute('html', 'data-theme'), theme);
    await page.emulateMedia({ media: 'print' });
    const texts = (await page.evaluate(faintText)).filter((t) => !/^rgba\(.*,\s*0\)$/.test(t.colour));
    assert.ok(texts.length > 120, `${theme}: the handout's text is read (${texts.length} pieces)`);
    const faint = texts.filter((t) => contrast(t.colour, t.background) < 4.5 || contrast(t.colour, 'rgb(255, 255, 255)') < 4.5);
    assert.deepEqual(faint.map((t) => `${t.what}: ${t.colour} on ${t.background}`), [], `${theme}: every text at 4.5:1 on its background and on white paper`);
    await page.emulateMedia({ media: 'screen' });
  }
  assertQuiet(page);
});
