// Shared set-up for the browser tests: Debian's Chromium through playwright-core (no browser
// download), the built dist/ on 127.0.0.1, and a page that records every console message,
// page error and request that leaves the origin.
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';

/** The build under test: dist/, or another build's folder (`HSI_DIST=/path/to/dist/`). */
export const DIST = process.env.HSI_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts the browser and the server once per test file. */
export async function start({ base = '/', compress = false } = {}) {
  assert.ok(existsSync(`${DIST}index.html`), 'dist/ is built (make dist)');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const server = await serve(DIST, base, { compress });
  return {
    browser,
    url: server.url,
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens the app in a fresh context and waits until it is interactive.
 * `page.problems` collects console errors and warnings, page errors and foreign requests.
 */
export async function open(env, { hash = '', viewport = { width: 1280, height: 800 }, colorScheme = 'light', context, wait = true } = {}) {
  const ctx = context ?? (await env.browser.newContext({ viewport, colorScheme }));
  const page = await ctx.newPage();
  page.problems = [];
  const origin = new URL(env.url).origin;
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') page.problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => page.problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== origin) page.problems.push(`foreign request: ${req.url()}`);
  });
  if (wait) {
    await page.goto(env.url + hash);
    await ready(page);
  } else {
    await page.goto(env.url + hash, { waitUntil: 'commit' });
  }
  return page;
}

/** The app has started when it marks the root element ready and shows cards or a slide. At a
 * slide's or the console's address the prerendered page is ready first, and the deck (or console)
 * comes in a later render: ready once that has the focus. The handout's sheet is in too. */
export async function ready(page) {
  await page.waitForSelector('html.app-ready :is(main .card, .deck .slide)', { timeout: 15000 });
  await page.waitForFunction(printSheetIn);
  if (await page.evaluate(() => /^#\/(slide|console)\//.test(location.hash))) await deckReady(page);
}

/** In the page: the handout's sheet, which the early script links once the page has loaded, is
 * linked and in (or, as in the single file, inline). */
export const printSheetIn = () => !document.querySelector('noscript[data-print-sheet]')
  && [...document.querySelectorAll('link[rel=stylesheet][media=print]')].every((link) => link.sheet);

/** Waits until the deck (or the presenter console) has the focus: its first effects have run,
 * its keys are listened to. Effects can come a task after the markup (Yew defers them once a
 * render takes long), so a key pressed as soon as the deck shows may find no listener. */
export async function deckReady(page) {
  await page.waitForFunction(() => document.activeElement?.matches('main.deck, main.console'), undefined, { timeout: 15000 });
}

/** Waits until the deck's counter (the room's, or the console's) says slide `n`: the app has
 * heard of the slide (the address moves at once, the counter when the app has rendered it). With
 * `hash`, the address must say it too. */
export async function showsSlide(page, n, { hash = false, timeout } = {}) {
  await page.waitForFunction(([k, withHash]) => (!withHash || location.hash === `#/slide/${k}`)
    && document.querySelector('.deck__counter')?.textContent.startsWith(`${k} /`), [n, hash], { timeout });
}

/** Presents from the page (P), goes on to the second slide and leaves present mode (Escape). */
export async function presentAndLeave(page) {
  await page.keyboard.press('p');
  await page.waitForSelector('.deck .slide');
  await deckReady(page);
  // Presenting again goes on from the slide left (the first, the first time).
  const at = await page.evaluate(() => Number(location.hash.split('/').pop()));
  await page.keyboard.press('ArrowRight');
  await showsSlide(page, at + 1, { hash: true });
  await page.keyboard.press('Escape');
}

/** Waits for the overview's chosen thumbnail to have the focus: an effect, which may come a task
 * after the overview's markup. */
export async function chosenFocused(page) {
  await page.waitForFunction(() => document.activeElement?.classList.contains('overview__item--chosen'));
}

/** Runs `action` (a key or a click that changes the theme) once the root's `data-theme` is `was`,
 * and returns the theme it is then: the app sets it in an effect, which can come a task after the
 * render that showed the deck, or that the key or the click set off. */
export async function themeAfter(page, was, action) {
  await page.waitForFunction((w) => document.documentElement.dataset.theme === w, was);
  await action();
  await page.waitForFunction((w) => document.documentElement.dataset.theme !== w, was);
  return page.getAttribute('html', 'data-theme');
}

/** An element as Chromium's accessibility tree has it, `expression` finding it in the page
 * (`document.activeElement`): its role, name and description ('' for none). */
export async function accessibleNode(page, expression) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
    const { nodes: [ax] } = await cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: false });
    return { role: ax.role?.value, name: ax.name?.value, description: ax.description?.value ?? '' };
  } finally {
    await cdp.detach();
  }
}

/** Fails if anything went to the console, threw, or left the origin. */
export function assertQuiet(page) {
  assert.deepEqual(page.problems, [], 'no console message, page error or foreign request');
}

/** Runs axe-core (WCAG 2.x A and AA) and fails with a readable list of violations. */
export async function assertAccessible(page, label, { tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } = {}) {
  const result = await new AxeBuilder({ page }).withTags(tags).analyze();
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  assert.deepEqual(violations, [], `axe violations ${label}`);
}

/** Waits until the card `id` is open: its panel shows, and its toggle says so (every toggle
 * says so until the early script sets them, once the page is in). */
export async function cardOpened(page, id) {
  await page.waitForFunction((i) => {
    const toggle = document.getElementById(`${i}-toggle`);
    const panel = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
    return toggle?.getAttribute('aria-expanded') === 'true' && !!panel && !panel.hasAttribute('hidden');
  }, id);
}

/** In the page: whether the text `passage` is drawn within the view, as a link to it
 * (`#:~:text=`) or find in page leaves it. */
export function passageInView(passage) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(passage);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + passage.length);
    const box = range.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
  }
  return false;
}

/** Waits for a task and then `count` frames: time for what a click or an app's effect sets off
 * (a task the early script posts, a scroll in the frames after) before checking it did not. */
export async function frames(page, count) {
  await page.evaluate((n) => new Promise((done) => {
    const step = () => (n-- > 0 ? requestAnimationFrame(step) : done());
    setTimeout(step);
  }), count);
}

/** Every card's toggle button, in page order, with its state. */
export async function cardStates(page) {
  return page.$$eval('section.card > .card__head > :is(h2,h3) > button', (buttons) =>
    buttons.map((b) => {
      const panel = document.getElementById(b.getAttribute('aria-controls'));
      return {
        id: b.closest('section.card').id,
        expanded: b.getAttribute('aria-expanded'),
        // The panel's own state; a card inside a closed card is open but not on screen.
        panelShown: !!panel && !panel.hasAttribute('hidden'),
        // Its content rendered: a closed panel (hidden until found) keeps an empty box.
        onScreen: !!panel && !!panel.firstElementChild?.checkVisibility(),
      };
    }),
  );
}
