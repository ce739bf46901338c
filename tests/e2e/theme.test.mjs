// The theme switch: follows the system by default, is remembered across reloads, and survives
// corrupt saved values.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, ready, assertQuiet } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const KEY = 'hsi-infographic.theme';
const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const checked = (page) => page.$eval('input[name=theme]:checked', (i) => i.value);

test('the default follows the system colour scheme', async () => {
  const light = await open(env, { colorScheme: 'light' });
  const dark = await open(env, { colorScheme: 'dark' });
  assert.equal(await checked(light), 'auto');
  assert.notEqual(await background(light), await background(dark));
  assertQuiet(light);
  assertQuiet(dark);
});

test('a chosen theme applies at once and survives a reload', async () => {
  const page = await open(env, { colorScheme: 'light' });
  const before_ = await background(page);
  await page.click('label:has(input[value=dark])');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.notEqual(await background(page), before_);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), 'dark');
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.equal(await checked(page), 'dark');
  assertQuiet(page);
});

test('the theme can be chosen by keyboard', async () => {
  const page = await open(env, { colorScheme: 'light' });
  await page.focus('input[value=auto]');
  await page.keyboard.press('ArrowRight');
  assert.equal(await checked(page), 'light');
  await page.keyboard.press('ArrowRight');
  assert.equal(await checked(page), 'dark');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assertQuiet(page);
});

test('a corrupt saved theme falls back to the default quietly and is corrected', async () => {
  for (const junk of ['purple', '{"theme":', 'null', 'x'.repeat(100000), 'DARK']) {
    const context = await env.browser.newContext({ colorScheme: 'light' });
    await context.addInitScript(([k, v]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } }, [KEY, junk]);
    const page = await open(env, { context });
    assert.equal(await checked(page), 'auto', junk.slice(0, 12));
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'auto');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), 'auto');
    assertQuiet(page);
    await context.close();
  }
});
