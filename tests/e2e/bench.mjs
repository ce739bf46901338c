// `make bench`: sizes of everything in dist/ (raw, gzip, brotli) and what a first visit
// transfers, with the budget beside each figure. Prints figures; never fails on a budget.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { DIST } from './harness.mjs';

const BUDGET_FIRST_VISIT_BROTLI = 120 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);

const files = (await readdir(DIST)).sort();
let total = { raw: 0, gzip: 0, brotli: 0 };
let firstVisit = 0;
console.log(`dist/ (${files.length} files)`.padEnd(52) + 'raw'.padStart(10) + 'gzip'.padStart(10) + 'brotli'.padStart(10));
for (const name of files) {
  const body = await readFile(`${DIST}${name}`);
  const sizes = {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  for (const k of Object.keys(total)) total[k] += sizes[k];
  // A first visit loads every file except what only some visits need (the preview image).
  if (!/\.png$/.test(name)) firstVisit += sizes.brotli;
  console.log(`  ${name}`.padEnd(52) + kb(sizes.raw) + kb(sizes.gzip) + kb(sizes.brotli));
}
console.log('  total'.padEnd(52) + kb(total.raw) + kb(total.gzip) + kb(total.brotli));
const pass = firstVisit <= BUDGET_FIRST_VISIT_BROTLI;
console.log(`first visit, brotli: ${kb(firstVisit).trim()} (budget ${kb(BUDGET_FIRST_VISIT_BROTLI).trim()}): ${pass ? 'PASS' : `FAIL by ${kb(firstVisit - BUDGET_FIRST_VISIT_BROTLI).trim()}`}`);
