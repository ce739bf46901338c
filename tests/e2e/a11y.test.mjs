// axe-core finds no WCAG 2.x A/AA violation, in the states a reader can reach.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, assertAccessible, assertQuiet } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test('the default page', async () => {
  const page = await open(env);
  await assertAccessible(page, 'on the default page');
  assertQuiet(page);
});

test('as the page loads, a screen reader finds every heading and every landmark, named, wherever they are', async () => {
  // Read from Chromium's accessibility tree, without a scroll: a card not yet laid out
  // (content-visibility) was left out of it, its heading missing and its landmark nameless.
  for (const open_ of ['default', 'all']) {
    const page = await open(env, { viewport: { width: 1280, height: 800 } });
    if (open_ === 'all') await page.click('text=Open all');
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const exposed = (role) => nodes.filter((n) => !n.ignored && n.role?.value === role).map((n) => n.name?.value ?? '');
    const headings = await page.$$eval('h1, h2, h3', (hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.innerText.trim()));
    assert.ok(headings.length >= 10, `${headings.length} headings on the page`);
    assert.deepEqual(exposed('heading').filter((n) => headings.includes(n)).sort(), [...headings].sort(), `${open_}: every heading exposed`);
    const regions = exposed('region');
    assert.ok(regions.length >= 6 && regions.every((name) => name !== ''), `${open_}: landmarks named: ${JSON.stringify(regions)}`);
    assertQuiet(page);
    await page.context().close();
  }
});

test('every card open', async () => {
  const page = await open(env);
  await page.click('text=Open all');
  await assertAccessible(page, 'with every card open');
  // The landmarks a screen reader lists: the key figures and each section's card, named; a card
  // inside a card is found by its heading, not listed again.
  const regions = await page.getByRole('region').evaluateAll((els) => els.map((el) => el.id));
  assert.deepEqual(regions, ['key-figures', 'overview', 'strategies', 'impact', 'continuing-the-fight', 'references']);
  assert.equal(await page.locator('#ms-13 h3').getByRole('button', { name: 'MS-13' }).count(), 1);
});

test('every card open in the dark theme', async () => {
  const page = await open(env, { colorScheme: 'dark' });
  await page.click('text=Open all');
  await assertAccessible(page, 'in the dark theme');
});

test('every card open on a 320 px phone', async () => {
  const page = await open(env, { viewport: { width: 320, height: 640 } });
  await page.click('text=Open all');
  await assertAccessible(page, 'at 320 px');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) throw new Error(`the page scrolls sideways by ${overflow}px at 320 px`);
});

test('every chart shown as a table', async () => {
  const page = await open(env);
  const showTable = page.getByRole('button', { name: 'Show table' });
  while (await showTable.count()) await showTable.first().click();
  assert.equal(await page.locator('.chart__table').count(), 4);
  await assertAccessible(page, 'with every table shown');
});

test('charts focused, in the dark theme', async () => {
  const page = await open(env, { colorScheme: 'dark' });
  await page.locator('#chart-narcotics .chart__plot').focus();
  await assertAccessible(page, 'with a chart focused in the dark theme');
});

test('the projector theme on the page meets AAA contrast', async () => {
  const page = await open(env);
  await page.click('label:has(input[value=projector])');
  await page.click('text=Open all');
  await assertAccessible(page, 'in the projector theme', { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag2aaa', 'best-practice'] });
});

test('every card closed', async () => {
  const page = await open(env);
  await page.click('text=Close all');
  await assertAccessible(page, 'with every card closed');
});

test('print media', async () => {
  const page = await open(env);
  await page.emulateMedia({ media: 'print' });
  await assertAccessible(page, 'in print media');
});

test('reduced motion', async () => {
  const context = await env.browser.newContext({ reducedMotion: 'reduce' });
  const page = await open(env, { context });
  await page.click('text=Open all');
  await assertAccessible(page, 'with reduced motion');
  const duration = await page.$eval('.card__chevron', (el) => getComputedStyle(el).transitionDuration);
  assert.equal(duration, '0s', 'no motion when the reader asks for less');
  await context.close();
});
