// Collapsible cards: mouse and keyboard, open all / close all, deep links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, assertQuiet, cardStates, cardOpened, frames, passageInView } from './harness.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

const toggle = (page, id) => page.locator(`#${id}-toggle`);

async function expectCard(page, id, open) {
  const state = (await cardStates(page)).find((c) => c.id === id);
  assert.equal(state.expanded, String(open), `${id}: aria-expanded`);
  assert.equal(state.panelShown, open, `${id}: panel visibility follows aria-expanded`);
}

test('the page starts with the first card and the charts open, the rest closed', async () => {
  const page = await open(env);
  const states = await cardStates(page);
  assert.equal(states.length, 12);
  assert.deepEqual(states.filter((s) => s.expanded === 'true').map((s) => s.id), ['overview', 'impact']);
  for (const s of states) assert.equal(s.panelShown, s.expanded === 'true', s.id);
  assertQuiet(page);
});

test('every card opens and closes by mouse', async () => {
  const page = await open(env);
  await page.click('text=Close all');
  for (const { id } of await cardStates(page)) {
    // A card inside a card is reached by opening its parent first.
    const parent = await page.locator(`#${id}`).evaluate((el) => el.parentElement.closest('section.card')?.id ?? null);
    if (parent) await page.evaluate((p) => { const b = document.getElementById(`${p}-toggle`); if (b.getAttribute('aria-expanded') === 'false') b.click(); }, parent);
    await toggle(page, id).click();
    await expectCard(page, id, true);
    assert.ok((await page.locator(`#${id}-panel`).innerText()).trim().length > 0, `${id} shows content`);
    await toggle(page, id).click();
    await expectCard(page, id, false);
  }
  assertQuiet(page);
});

test('every card opens and closes by keyboard, Enter and Space, with visible focus', async () => {
  const page = await open(env);
  await page.click('text=Open all');
  await page.click('text=Close all');
  await page.click('text=Open all');
  for (const { id } of await cardStates(page)) {
    // Reach the toggle by keyboard, so the browser shows focus as it would to a keyboard user.
    await toggle(page, id).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), `${id}-toggle`);
    const outline = await toggle(page, id).evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', `${id}: focus is visible`);
    await page.keyboard.press('Enter');
    await expectCard(page, id, false);
    await page.keyboard.press('Space');
    await expectCard(page, id, true);
  }
  assertQuiet(page);
});

test('Tab reaches the card toggles in page order, each followed by its card\'s Share button', async () => {
  const page = await open(env);
  await page.click('text=Close all');
  await page.locator('text=Close all').focus();
  const order = [];
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.getAttribute('aria-label')));
  }
  const cards = ['overview', 'strategies', 'impact', 'continuing-the-fight', 'references'];
  const titles = ['Overview', 'Strategies to Disrupt Drug Trafficking', 'Impact on Drug Trafficking Landscape', 'Continuing the Fight', 'References'];
  assert.deepEqual(order, cards.flatMap((id, i) => [`${id}-toggle`, `Share the section “${titles[i]}”`]));
});

test('open all and close all reach every card', async () => {
  const page = await open(env);
  await page.click('text=Open all');
  for (const s of await cardStates(page)) {
    assert.equal(s.expanded, 'true', s.id);
    assert.ok(s.onScreen, `${s.id} is on screen`);
  }
  await page.click('text=Close all');
  for (const s of await cardStates(page)) {
    assert.equal(s.expanded, 'false', s.id);
    assert.equal(s.panelShown, false, s.id);
  }
  assertQuiet(page);
});

/** Where a card's top edge is in the view, and whether the page can scroll any further. */
const position = (page, id) => page.locator(`#${id}`).evaluate((el) => ({
  top: el.getBoundingClientRect().top,
  atBottom: Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight,
}));

test('a deep link opens its card, scrolls it to the top of the view and focuses its toggle', async () => {
  const page = await open(env, { hash: '#strategies' });
  await expectCard(page, 'strategies', true);
  const { top } = await position(page, 'strategies');
  assert.ok(top >= 0 && top < 50, `the card is at the top of the view (top = ${top})`);
  // Keyboard focus is on the card's toggle (the early script: the app leaves the link the page
  // opened at as it found it).
  await page.waitForFunction(() => document.activeElement?.id === 'strategies-toggle');
  assertQuiet(page);
});

test('a deep link to a card inside a card opens both', async () => {
  const page = await open(env, { hash: '#ms-13' });
  await expectCard(page, 'impact', true);
  await expectCard(page, 'ms-13', true);
  await page.waitForFunction(() => document.activeElement?.id === 'ms-13-toggle');
  const { top, atBottom } = await position(page, 'ms-13');
  // Near the end of the page the view cannot scroll the card all the way up.
  assert.ok(top >= 0 && (top < 50 || atBottom), `the card is in view at the top or the page end (top = ${top})`);
  assertQuiet(page);
});

test('a link followed holds its card in view until the focus moves: a control focused then is held in view in its place', async () => {
  const page = await open(env);
  // The link is held for some frames while the page settles; a script (or a
  // screen reader) that moves the focus meanwhile scrolls the view to the control it focused.
  // The focus moves a frame after the app has had the link held (its event to the early script).
  const top = await page.evaluate(() => new Promise((done) => {
    document.addEventListener('hsi-settle', () => requestAnimationFrame(() => {
      document.getElementById('references-toggle').focus();
      setTimeout(() => done(document.getElementById('references-toggle').getBoundingClientRect().top), 600);
    }), { capture: true, once: true });
    location.hash = '#strategies';
  }));
  const height = await page.evaluate(() => innerHeight);
  assert.ok(top >= 0 && top < height, `the focused control is in view (top = ${top} of ${height})`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'references-toggle');
  assertQuiet(page);
});

test('following a contents link opens the card it names', async () => {
  const page = await open(env);
  await expectCard(page, 'strategies', false);
  await page.click('nav.contents a[href="#strategies"]');
  await cardOpened(page, 'strategies');
  await expectCard(page, 'strategies', true);
  assert.equal(new URL(page.url()).hash, '#strategies');
  // The same link again, once the reader has closed the card and scrolled away: the hash does
  // not change, so the browser fires no hashchange, and the link still opens the card and
  // brings it back to the top of the view. Each way a reader follows it: a click, Enter.
  for (const follow of [
    () => page.click('nav.contents a[href="#strategies"]'),
    async () => { await page.focus('nav.contents a[href="#strategies"]'); await page.keyboard.press('Enter'); },
  ]) {
    await toggle(page, 'strategies').click();
    await expectCard(page, 'strategies', false);
    await page.mouse.wheel(0, 900);
    await page.waitForFunction(() => document.getElementById('strategies').getBoundingClientRect().top < -500);
    await follow();
    await cardOpened(page, 'strategies');
    await expectCard(page, 'strategies', true);
    await page.waitForFunction(() => document.activeElement?.id === 'strategies-toggle');
    const { top } = await position(page, 'strategies');
    assert.ok(top >= 0 && top < 50, `followed again, the card is at the top of the view (top = ${top})`);
  }
  // A click that opens the link elsewhere (Ctrl: a new tab) navigates nothing here: once the
  // page has had the time the early script takes to answer (a task, then frames), the card is
  // still closed.
  await toggle(page, 'strategies').click();
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    page.click('nav.contents a[href="#strategies"]', { modifiers: ['Control'] }),
  ]);
  await tab.close();
  await frames(page, 2);
  await expectCard(page, 'strategies', false);
  assertQuiet(page);
});

test('a link to a passage in a closed card, as find in page, opens the card and shows the passage', async () => {
  const page = await open(env);
  await page.click('text=Close all');
  // MS-13's card sits in Impact's, closed too: the browser reveals both, and both open.
  await page.goto(`${env.url}#:~:text=systematically%20targeted`);
  await cardOpened(page, 'ms-13');
  await page.waitForFunction(passageInView, 'systematically targeted');
  for (const id of ['impact', 'ms-13']) await expectCard(page, id, true);
  // Closed by its toggle, the panel is hidden until found again, and found again (by the app).
  await toggle(page, 'ms-13').click();
  await expectCard(page, 'ms-13', false);
  assert.equal(await page.getAttribute('#ms-13-panel', 'hidden'), 'until-found');
  await page.goto(`${env.url}#:~:text=drug%20distribution%20operations`);
  await cardOpened(page, 'ms-13');
  await page.waitForFunction(passageInView, 'drug distribution operations');
  // A passage in another card opens that card alone.
  await page.goto(`${env.url}#:~:text=emerging%20focus%20areas`);
  await cardOpened(page, 'continuing-the-fight');
  await page.waitForFunction(passageInView, 'emerging focus areas');
  const open_ = (await cardStates(page)).filter((s) => s.expanded === 'true').map((s) => s.id);
  assert.deepEqual(open_, ['impact', 'ms-13', 'continuing-the-fight'], 'the cards opened, and no other');
  assertQuiet(page);
});

test('an unknown or malformed hash is ignored quietly', async () => {
  for (const hash of ['#no-such-card', '#%E0%A4%A', '#%zz', `#${'x'.repeat(10000)}`]) {
    const page = await open(env, { hash });
    const open_ = (await cardStates(page)).filter((s) => s.expanded === 'true').map((s) => s.id);
    assert.deepEqual(open_, ['overview', 'impact'], hash.slice(0, 20));
    assertQuiet(page);
    await page.context().close();
  }
});
