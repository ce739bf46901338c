// The theme switch: follows the system by default, is remembered across reloads, survives
// corrupt saved values, and is followed by the page's other tabs (the P key's switch too).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, ready, themeAfter, assertQuiet } from './harness.mjs';
import { contrast } from './colour.mjs';

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
  assert.equal(await themeAfter(page, 'auto', () => page.click('label:has(input[value=dark])')), 'dark');
  assert.notEqual(await background(page), before_);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), 'dark');
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  // The early script sets the theme before the first paint; the switch shows it once the app has
  // read the saved choice (an effect after its first render, then a render).
  await page.waitForFunction(() => document.querySelector('input[name=theme]:checked')?.value === 'dark');
  assertQuiet(page);
});

test('the theme can be chosen by keyboard', async () => {
  const page = await open(env, { colorScheme: 'light' });
  await page.focus('input[value=auto]');
  await page.keyboard.press('ArrowRight');
  assert.equal(await checked(page), 'light');
  assert.equal(await themeAfter(page, 'light', () => page.keyboard.press('ArrowRight')), 'dark');
  assert.equal(await checked(page), 'dark');
  assertQuiet(page);
});

test('under forced colours the chosen theme stands out from the others, in the system’s selected colours', async () => {
  const page = await open(env, { colorScheme: 'light' });
  await page.emulateMedia({ forcedColors: 'active' });
  // Each option's colours as painted: a transparent background shows what is behind it.
  const options = () => page.$$eval('.segmented__option', (labels) => labels.map((label) => {
    let at = label;
    while (at.parentElement && /^rgba\(.*,\s*0\)$|^transparent$/.test(getComputedStyle(at).backgroundColor)) at = at.parentElement;
    return { value: label.querySelector('input').value, checked: label.querySelector('input').checked, background: getComputedStyle(at).backgroundColor, colour: getComputedStyle(label).color };
  }));
  for (const theme of ['auto', 'dark']) {
    if (theme !== 'auto') await themeAfter(page, 'auto', () => page.click(`label:has(input[value=${theme}])`));
    const seen = await options();
    const chosen = seen.filter((o) => o.checked);
    assert.deepEqual(chosen.map((o) => o.value), [theme]);
    const others = new Set(seen.filter((o) => !o.checked).map((o) => o.background));
    assert.equal(others.size, 1, `the other options alike: ${[...others]}`);
    assert.ok(!others.has(chosen[0].background), `${theme}: chosen ${chosen[0].background}, the others ${[...others]}`);
    assert.ok(contrast(chosen[0].colour, chosen[0].background) >= 4.5, `${theme}: its words readable, ${chosen[0].colour} on ${chosen[0].background}`);
    // Its focus ring, as a keyboard brings it there, in the system's colours too.
    await page.focus(`input[name=theme][value=${theme}]`);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await page.$eval(`label:has(input[value=${theme}])`, (label) => ({ style: getComputedStyle(label).outlineStyle, colour: getComputedStyle(label).outlineColor }));
    assert.equal(ring.style, 'solid', `${theme}: a focus ring`);
    assert.ok(contrast(ring.colour, others.values().next().value) >= 3, `${theme}: the focus ring ${ring.colour} on the band ${[...others]}`);
  }
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

test('another tab of the page follows the reader’s last choice: the theme, and the P shortcut turned off and on', async () => {
  const first = await open(env, { colorScheme: 'light' });
  const second = await open(env, { context: first.context() });
  const shortcut = (page) => page.getByRole('checkbox', { name: 'The P key starts present mode from anywhere on this page' });
  await first.click('label:has(input[value=dark])');
  await second.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  assert.equal(await checked(second), 'dark', 'its switch shows the theme chosen in the other tab');
  await shortcut(first).uncheck();
  await second.waitForFunction(() => !document.getElementById('present').hasAttribute('aria-keyshortcuts'));
  assert.equal(await shortcut(second).isChecked(), false);
  // The P listener goes in the effects after that render: a task later.
  await second.evaluate(() => new Promise((done) => setTimeout(done, 50)));
  await second.keyboard.press('p');
  await second.waitForTimeout(300);
  assert.equal(new URL(second.url()).hash, '', 'P does nothing there either');
  await shortcut(second).check();
  await first.waitForFunction(() => document.getElementById('present').getAttribute('aria-keyshortcuts') === 'P');
  assert.equal(await shortcut(first).isChecked(), true);
  // A value another tab writes that this release does not know (an older or newer release's,
  // or a corrupt one) is ignored: the tab keeps its theme. (A page that loads it corrects it.)
  await second.evaluate((k) => localStorage.setItem(k, 'purple'), KEY);
  await first.waitForTimeout(300);
  assert.equal(await first.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await checked(first), 'dark');
  // Storage cleared in another tab: the defaults, the system's theme and the key on.
  await shortcut(first).uncheck();
  await second.waitForFunction(() => !document.getElementById('present').hasAttribute('aria-keyshortcuts'));
  await second.evaluate(() => localStorage.clear());
  await first.waitForFunction(() => document.documentElement.dataset.theme === 'auto' && document.getElementById('present').getAttribute('aria-keyshortcuts') === 'P');
  assert.equal(await checked(first), 'auto');
  assert.equal(await shortcut(first).isChecked(), true);
  assertQuiet(first);
  assertQuiet(second);
  await first.context().close();
});
