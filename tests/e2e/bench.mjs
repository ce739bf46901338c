// `make bench`: sizes, load timings, the first honoured click, toggle timings, memory and
// Lighthouse, each printed with its budget and PASS or FAIL. Figures only: a missed budget never
// fails the command.
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { start, open, ready, DIST } from './harness.mjs';
import { serve } from './server.mjs';
import { join, relative } from 'node:path';

const run = promisify(execFile);
const LOADS = 10;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.round((xs.length - 1) * p))];
const verdict = (pass, miss) => (pass ? 'PASS' : `FAIL (${miss})`);

// 1. Sizes.
// Every file, the embedded views' pages under embed/ included; the first visit counts what the
// page itself loads: index.html, the glue and the wasm (not the link-preview image, not the embed
// pages and their host script, which other sites load).
const files = (await readdir(DIST, { recursive: true, withFileTypes: true }))
  .filter((entry) => entry.isFile())
  .map((entry) => relative(DIST, join(entry.parentPath ?? entry.path, entry.name)))
  .sort();
let firstVisit = 0;
console.log(`\n== dist/ (${files.length} files) ==`);
console.log('  file'.padEnd(52) + 'raw'.padStart(10) + 'gzip'.padStart(10) + 'brotli'.padStart(10));
for (const name of files) {
  const body = await readFile(`${DIST}${name}`);
  const gzip = gzipSync(body, { level: 9 }).length;
  const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  if (!/\.png$/.test(name) && !name.startsWith('embed')) firstVisit += brotli;
  console.log(`  ${name}`.padEnd(52) + kb(body.length).padStart(10) + kb(gzip).padStart(10) + kb(brotli).padStart(10));
}
// The issue's budget, in bytes (120 KiB would be 2,880 B more).
const SIZE_BUDGET = 120_000;
const bytes = (n) => `${n.toLocaleString('en')} B`;
console.log(`first visit, brotli: ${bytes(firstVisit)}, ${kb(firstVisit)} (budget ${bytes(SIZE_BUDGET)}): ${verdict(firstVisit <= SIZE_BUDGET, `over by ${bytes(firstVisit - SIZE_BUDGET)}`)}`);
const plainBrotli = brotliCompressSync(await readFile(new URL('./fixtures/plain.html', import.meta.url)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(`plain-HTML page, brotli: ${kb(plainBrotli)}; first visit / plain: ${(firstVisit / plainBrotli).toFixed(1)}×`);

// 2. Cold loads: the app, and the plain-HTML page of the same article as the baseline
// (fixtures/plain.html, a copy of shared/baseline/plain.html: <details> cards, a little inline CSS,
// no script). Comparing with the app's own page minus its scripts would measure only the wasm.
const baselineDir = new URL('../../target/bench-baseline/', import.meta.url).pathname;
await mkdir(baselineDir, { recursive: true });
await writeFile(`${baselineDir}index.html`, await readFile(new URL('./fixtures/plain.html', import.meta.url)));

// Both served with brotli, as a static host would.
const env = await start({ compress: true });
const baseline = await serve(baselineDir, '/', { compress: true });

async function coldLoad(url, interactive) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(url);
  if (interactive) await ready(page);
  else await page.waitForLoadState('load');
  const hydrated = interactive ? await page.evaluate(() => performance.now()) : NaN;
  await page.waitForTimeout(300);
  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: window.__lcp,
  }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  await context.close();
  return { ...timing, hydrated, heap };
}

// One uncounted load of each first (the server compresses each file on its first request), then
// the two pages alternate, so a slower moment of the machine weighs on both alike.
const pages = [['app', env.url, true], ['plain HTML', baseline.url, false]];
for (const [, url, interactive] of pages) await coldLoad(url, interactive);
const loads = Object.fromEntries(pages.map(([label]) => [label, []]));
for (let i = 0; i < LOADS; i += 1) {
  for (const [label, url, interactive] of pages) loads[label].push(await coldLoad(url, interactive));
}
const results = Object.fromEntries(pages.map(([label]) => [label,
  Object.fromEntries(['fcp', 'lcp', 'hydrated', 'heap'].map((k) => [k, median(loads[label].map((l) => l[k]))]))]));
console.log(`\n== cold load, median of ${LOADS}, 1280×800 ==`);
for (const [label, r] of Object.entries(results)) {
  console.log(`  ${label.padEnd(16)} FCP ${ms(r.fcp)}   LCP ${ms(r.lcp)}   hydrated ${Number.isNaN(r.hydrated) ? '—' : ms(r.hydrated)}   JS heap ${kb(r.heap)}`);
}
const lcpRatio = results.app.lcp / results['plain HTML'].lcp;
const fcpRatio = results.app.fcp / results['plain HTML'].fcp;
console.log(`FCP ratio app / plain HTML: ${fcpRatio.toFixed(2)}`);
console.log(`LCP ratio app / plain HTML: ${lcpRatio.toFixed(2)} (budget ≤ 1.25): ${verdict(lcpRatio <= 1.25, `${((lcpRatio - 1.25) * 100).toFixed(0)} points over`)}`);

// 3. The first honoured card click: a real mouse click (CDP input, which waits in the browser's
// queue while the page is busy, as a reader's click does) on a card's heading, sent as soon as
// the page has painted and again every 10 ms until one opens or closes the card (the app's early
// script or wasm; the plain page's <details>). The time is when the page handled that click.
// On a normal and a 4×-slowed CPU, with and without Lighthouse's slow 4G (150 ms, 1.6 Mbit/s).
const CLICK_LOADS = 5;
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
async function firstClick(url, { cpu, network }) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.addInitScript(() => {
    // A card's state by its panel (the toggles all say open until the page is in).
    const state = (el) => (el.matches('summary') ? el.parentElement.open : document.getElementById(el.getAttribute('aria-controls'))?.hasAttribute('hidden'));
    addEventListener('click', (event) => {
      const el = event.target instanceof Element && event.target.closest('#strategies-toggle, details > summary');
      if (!el || window.__clicked !== undefined) return;
      const before = state(el);
      const at = performance.now();
      setTimeout(() => { if (state(el) !== before) window.__clicked = at; });
    }, true);
  });
  await page.goto(url, { waitUntil: 'commit', timeout: 60000 });
  const until = Date.now() + 60000;
  for (;;) {
    // Where the card's heading is on screen, once the page has painted it.
    const box = await page.evaluate(() => {
      const el = document.getElementById('strategies-toggle') ?? document.querySelector('details > summary');
      if (!el || !performance.getEntriesByName('first-contentful-paint').length) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2, clicked: window.__clicked };
    }).catch(() => null);
    if (box?.clicked !== undefined && box) break;
    if (box) {
      for (const type of ['mousePressed', 'mouseReleased']) await cdp.send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
    }
    if (Date.now() > until) throw new Error(`no click was honoured on ${url}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  const t = await page.evaluate(() => window.__clicked);
  await context.close();
  return t;
}
console.log(`\n== first honoured card click, median of ${CLICK_LOADS}, 1280×800 ==`);
for (const [label, options] of [
  ['CPU 1×', { cpu: 1 }], ['CPU 4×', { cpu: 4 }],
  ['CPU 1×, slow 4G', { cpu: 1, network: SLOW_4G }], ['CPU 4×, slow 4G', { cpu: 4, network: SLOW_4G }],
]) {
  const times = { app: [], plain: [] };
  for (let i = 0; i < CLICK_LOADS; i += 1) {
    times.app.push(await firstClick(env.url, options));
    times.plain.push(await firstClick(baseline.url, options));
  }
  const ratio = median(times.app) / median(times.plain);
  console.log(`  ${label.padEnd(16)} app ${ms(median(times.app))} (${ms(Math.min(...times.app))}–${ms(Math.max(...times.app))})   plain ${ms(median(times.plain))} (${ms(Math.min(...times.plain))}–${ms(Math.max(...times.plain))})   ratio ${ratio.toFixed(2)} (budget ≤ 1.25): ${verdict(ratio <= 1.25, `${((ratio - 1.25) * 100).toFixed(0)} points over`)}`);
}

// 4. Toggling a card: click to attribute change, and memory after 1,000 toggles.
{
  const context = await env.browser.newContext();
  await context.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
  const page = await open(env, { context });
  const toggles = await page.evaluate(async () => {
    const button = document.getElementById('strategies-toggle');
    const times = [];
    for (let i = 0; i < 100; i += 1) {
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now()); });
        observer.observe(button, { attributes: true, attributeFilter: ['aria-expanded'] });
      });
      const t0 = performance.now();
      button.click();
      times.push((await changed) - t0);
    }
    return times;
  });
  const p95 = percentile(toggles, 0.95);
  console.log(`\n== toggling a card, 100 toggles ==`);
  console.log(`  median ${ms(median(toggles))}   p95 ${ms(p95)} (budget < 16 ms): ${verdict(p95 < 16, `${ms(p95 - 16)} over`)}`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? NaN);
    return { heap, wasm };
  };
  const before_ = await measure();
  await page.evaluate(async () => {
    const button = document.getElementById('strategies-toggle');
    for (let i = 0; i < 1000; i += 1) {
      button.click();
      await new Promise((r) => setTimeout(r, 0));
    }
  });
  const after_ = await measure();
  const growth = (after_.heap - before_.heap) + (after_.wasm - before_.wasm);
  console.log(`  after 1,000 toggles: JS heap ${kb(before_.heap)} → ${kb(after_.heap)}, wasm memory ${kb(before_.wasm)} → ${kb(after_.wasm)}`);
  console.log(`  growth ${kb(growth)} (budget < 1 MB): ${verdict(growth < 1024 * 1024, `${kb(growth - 1024 * 1024)} over`)}`);
  await context.close();
}

// 5. Lighthouse (npm `lighthouse`, fetched by npx on first use; it drives the same Chromium), on
// the app and the plain-HTML page alternately, both presets.
console.log('\n== Lighthouse ==');
async function lighthouse(url, preset) {
  const args = ['--yes', 'lighthouse@12', url, '--quiet', '--output=json', '--output-path=stdout',
    `--chrome-flags=--headless=new ${['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'].join(' ')}`,
    '--only-categories=performance,accessibility,best-practices,seo'];
  if (preset === 'desktop') args.push('--preset=desktop');
  const { stdout } = await run('npx', args, { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024, timeout: 180000 });
  const report = JSON.parse(stdout);
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    scores: Object.values(report.categories).map((c) => [c.title, Math.round(c.score * 100)]),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
  };
}
for (const preset of ['mobile', 'desktop']) {
  try {
    const app = await lighthouse(env.url, preset);
    const plainPage = await lighthouse(baseline.url, preset);
    const line = app.scores.map(([t, s]) => `${t} ${s}`).join('   ');
    const missed = app.scores.filter(([, s]) => s < 100).map(([t, s]) => `${t} ${s}`);
    console.log(`  ${preset.padEnd(8)} ${line} (budget 100 each): ${verdict(missed.length === 0, missed.join(', '))}`);
    console.log(`  ${''.padEnd(8)} FCP ${ms(app.fcp)} / plain ${ms(plainPage.fcp)} = ${(app.fcp / plainPage.fcp).toFixed(2)}   LCP ${ms(app.lcp)} / plain ${ms(plainPage.lcp)} = ${(app.lcp / plainPage.lcp).toFixed(2)}`);
  } catch (error) {
    console.log(`  ${preset.padEnd(8)} not measured: ${String(error.message).split('\n')[0]}`);
  }
}

await baseline.close();
await env.stop();
