// Random-interaction fuzzing: a seeded sequence of 2,000 actions (clicks on any control, keys,
// resizes, hash changes, theme switches, present mode in and out), with the page checked after
// every step: the view the URL names is the one on screen, every card's button agrees with its
// panel, and nothing went to the console. On failure the seed and step are printed; replay with
// FUZZ_SEED=<seed>.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { errors } from 'playwright-core';
import { start, open } from './harness.mjs';

const STEPS = Number(process.env.FUZZ_STEPS ?? 2000);
// A fixed seed keeps CI repeatable; set FUZZ_SEED to explore other sequences.
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);

/** mulberry32: small, fast, and the same sequence for the same seed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageDown', 'PageUp', 'Space', 'Shift+Space', 'Home', 'End',
  'n', 'p', 'b', '.', 't', 'Escape', 'Tab', 'Shift+Tab', 'Enter', 'f'];
const HASHES = ['', '#strategies', '#ms-13', '#references', '#/slide/1', '#/slide/7', '#/slide/0', '#/slide/9999',
  '#%E0%A4%A', '#%zz', `#${'z'.repeat(10000)}`, '#no-such-card', '#/slide/abc'];

/** Whether the view the URL names is on screen: the deck for `#/slide/…`, the page otherwise. */
function viewFollowsHash() {
  const page = !!document.querySelector('main#main .card');
  const deck = !!document.querySelector('.deck');
  return location.hash.startsWith('#/slide/')
    ? !!document.querySelector('.deck .slide') && !page
    : page && !deck;
}

/** What is on screen, for the failure message. */
function viewOnScreen() {
  return {
    hash: location.hash.slice(0, 40),
    page: !!document.querySelector('main#main .card'),
    deck: !!document.querySelector('.deck'),
    slide: !!document.querySelector('.deck .slide'),
  };
}

/** The app renders a frame after the hash changes, so wait a moment for the view to follow. */
async function assertViewFollowsHash(page) {
  try {
    await page.waitForFunction(viewFollowsHash, null, { timeout: 3000 });
  } catch (error) {
    if (!(error instanceof errors.TimeoutError || error.name === 'TimeoutError')) throw error;
    assert.fail(`the view on screen is not the one the URL names: ${JSON.stringify(await page.evaluate(viewOnScreen))}`);
  }
}

/**
 * Clicks a control that was visible when the controls were listed. By now it may have vanished,
 * been hidden or been covered (its card closed, the view changed): Playwright then times out,
 * or reports it detached or not visible. Any other error is a real failure.
 */
async function clickIfStillThere(control) {
  try {
    await control.click({ timeout: 2000 });
  } catch (error) {
    const gone = error instanceof errors.TimeoutError || error.name === 'TimeoutError'
      || /not attached to the DOM|element is detached|element is not visible|intercepts pointer events|outside of the viewport/i.test(error.message);
    if (!gone) throw error;
  }
}

let env;
before(async () => { env = await start(); });
after(async () => { await env?.stop(); });

test(`${STEPS} random actions leave the page whole (seed ${SEED})`, { timeout: 15 * 60 * 1000 }, async () => {
  const rand = random(SEED);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await open(env, { context });
  let step = 0;
  let last = '';
  try {
    for (step = 1; step <= STEPS; step += 1) {
      const kind = rand();
      if (kind < 0.45) {
        const controls = await page.locator('button:visible, a[href^="#"]:visible, label:has(input):visible, .chart__plot:visible').all();
        if (controls.length) {
          const i = Math.floor(rand() * controls.length);
          last = `click #${i} of ${controls.length}`;
          await clickIfStillThere(controls[i]);
        }
      } else if (kind < 0.75) {
        last = `key ${pick(KEYS)}`;
        await page.keyboard.press(last.slice(4));
      } else if (kind < 0.85) {
        const size = { width: 240 + Math.floor(rand() * 3600), height: 320 + Math.floor(rand() * 2000) };
        last = `resize ${size.width}×${size.height}`;
        await page.setViewportSize(size);
      } else if (kind < 0.95) {
        const hash = pick(HASHES);
        last = `hash ${hash.slice(0, 24)}`;
        await page.evaluate((h) => { location.hash = h; }, hash);
      } else {
        const theme = pick(['auto', 'light', 'dark', 'projector']);
        last = `theme ${theme}`;
        const option = page.locator(`label:has(input[value=${theme}])`);
        if (await option.isVisible()) await clickIfStillThere(option);
      }
      await assertViewFollowsHash(page);
      const mismatched = await page.evaluate(() => [...document.querySelectorAll('section.card > .card__head > :is(h2,h3) > button')]
        .filter((b) => (b.getAttribute('aria-expanded') === 'true') === document.getElementById(b.getAttribute('aria-controls')).hasAttribute('hidden'))
        .map((b) => b.id));
      assert.deepEqual(mismatched, [], 'every card button agrees with its panel');
      assert.deepEqual(page.problems, []);
    }
  } catch (error) {
    error.message = `fuzz seed ${SEED}, step ${step} (${last}): ${error.message}`;
    throw error;
  }
  // After the storm the page still responds to a plain click.
  await page.evaluate(() => { location.hash = ''; });
  await page.keyboard.press('Escape');
  await page.waitForSelector('main#main .card');
  await context.close();
});
