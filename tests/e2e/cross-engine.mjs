// The cross-engine suite: what every reader's browser must do, run once per engine by
// engine-chromium.test.mjs, engine-firefox.test.mjs and engine-webkit.test.mjs (one browser per
// file). One window per engine, resized and navigated as a reader's tab would be.
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DIST, passageInView, printSheetIn } from './harness.mjs';
import { serve } from './server.mjs';
import { launch, NEEDS_TRAP } from './engines.mjs';
import { withTrap } from './trap.mjs';
import { slideFit, minimumType } from './deck.mjs';
import { colouredPixels } from './colour.mjs';
import { cellInk, cellsSeen } from './icons.mjs';

const SINGLE = fileURLToPath(new URL('../../target/hsi-infographic.html', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../target/screenshots/engines/', import.meta.url));

/** Every card's toggle with its state, read from the page. */
function cardStates() {
  return [...document.querySelectorAll('section.card > .card__head > :is(h2,h3) > button')].map((b) => {
    const panel = document.getElementById(b.getAttribute('aria-controls'));
    return { id: b.closest('section.card').id, expanded: b.getAttribute('aria-expanded') === 'true', shown: !!panel && !panel.hasAttribute('hidden') };
  });
}

// The deck (or the presenter console) has the focus: its first effects have run, its keys are
// listened to. Effects can come a task after the markup (Yew defers them once a render takes
// long), so a key pressed as soon as the deck shows may find no listener.
const deckFocused = () => !!document.activeElement?.matches('main.deck, main.console');
// The app has started: cards or a slide; at a slide's or the console's address, where the
// prerendered page is ready first, once the deck has the focus (as deckFocused: each of these is
// sent to the page as text, so none calls another).
const isReady = () => !!document.querySelector('html.app-ready :is(main .card, .deck .slide)')
  && (!/^#\/(slide|console)\//.test(location.hash) || !!document.activeElement?.matches('main.deck, main.console'));
const expanded = (id) => document.getElementById(`${id}-toggle`)?.getAttribute('aria-expanded') === 'true';
const slideHash = () => location.hash;
const counterIs = (n) => document.querySelector('.deck__counter')?.textContent.startsWith(`${n} /`);

export function crossEngineSuite(name) {
  describe(name, () => {
    let server;
    let engine;
    let page;

    /** Loads `hash` afresh (not as a same-page hash change) and waits for the app. */
    async function load(hash = '') {
      await page.goto('about:blank');
      await page.goto(server.url + hash);
      try {
        await page.waitFor(isReady, undefined, { message: 'the app is ready' });
      } catch (error) {
        // What the page was doing, for a failure seen once (WebKit, a deck not ready in 15 s)
        // and not again in seven runs.
        const seen = await page.evaluate(() => JSON.stringify({
          classes: document.documentElement.className,
          hash: location.hash,
          state: document.readyState,
          slide: !!document.querySelector('.deck .slide'),
          active: document.activeElement && `${document.activeElement.tagName}.${document.activeElement.className}`,
          focused: document.hasFocus(),
        })).catch((e) => String(e));
        error.message += `; the page: ${seen}`;
        throw error;
      }
    }

    async function card(id, open) {
      await page.waitFor(([i, o]) => {
        const b = document.getElementById(`${i}-toggle`);
        const panel = b && document.getElementById(b.getAttribute('aria-controls'));
        return b && (b.getAttribute('aria-expanded') === 'true') === o && panel.hasAttribute('hidden') === !o;
      }, [id, open], { message: `card ${id} ${open ? 'open' : 'closed'}` });
    }

    /** Closes the card the address bar names, goes to the top, and follows the contents' link to
     * it again: no hash changes, so the browser fires no hashchange, and the card opens, lands at
     * the top of the view and has the focus all the same. */
    async function followAgain(id) {
      await page.click(`#${id}-toggle`);
      await card(id, false);
      await page.evaluate(() => scrollTo(0, 0));
      await page.click(`.contents a[href="#${id}"]`);
      await card(id, true);
      await landed(id);
      await page.waitFor((i) => document.activeElement?.id === `${i}-toggle`, id, { message: `focus on ${id}'s toggle` });
    }

    // Once the page settles, a linked card sits at the top of the view (or the view is at the end
    // of the page), or `at` if given, whatever moved above it on the way.
    async function landed(id, at = null) {
      let last;
      let settled = false;
      for (let tries = 0; tries < 40 && !settled; tries += 1) {
        await sleep(100);
        const now = await page.evaluate((target) => {
          const top = document.getElementById(target).getBoundingClientRect().top;
          const end = Math.ceil(scrollY + innerHeight) >= document.documentElement.scrollHeight - 1;
          return JSON.stringify({ top: Math.round(top), end });
        }, id);
        settled = now === last;
        last = now;
      }
      assert.ok(settled, `${id}: the page settles (last seen ${last})`);
      const { top, end } = JSON.parse(last);
      if (at !== null) assert.ok(Math.abs(top - at) <= 2, `${id} is where it was once settled (top = ${top}, was ${at})`);
      else assert.ok(top >= -2 && (top < 50 || end), `${id} is at the top of the view once settled (top = ${top}, at the end: ${end})`);
    }

    // The size a test last gave the window, which a relaunched browser is given again.
    let size = null;
    async function start() {
      engine = await launch(name, { origin: new URL(server.url).origin });
      page = engine.page;
      const resize = page.resize;
      page.resize = (width, height) => {
        size = [width, height];
        return resize(width, height);
      };
    }

    /** A test in this engine. A test that fails while the browser itself is gone (WebKit's
     * MiniBrowser has died twice in the middle of a full run on a loaded machine) runs once more in
     * a relaunched browser, and says so. A failure while the browser still answers its driver
     * stands, a page that hangs or whose content process crashed included. */
    function engineTest(title, fn) {
      test(title, async () => {
        const sized = size;
        try {
          await fn();
        } catch (error) {
          const answers = await Promise.race([engine.alive().catch(() => false), sleep(10000).then(() => false)]);
          if (answers) throw error;
          console.log(`# ${name}: the browser stopped answering during "${title}" (${String(error).slice(0, 200)}); relaunched, the test runs again`);
          await Promise.race([engine.close().catch(() => {}), sleep(10000)]);
          await start();
          if (sized) await page.resize(...sized);
          await fn();
        }
      });
    }

    before(async () => {
      assert.ok(existsSync(`${DIST}index.html`), 'dist/ is built (make dist)');
      server = await serve(DIST, '/', { trap: NEEDS_TRAP.has(name) });
      await start();
      await mkdir(SHOTS, { recursive: true });
      console.log(`# ${name}: ${engine.version}`);
    });
    after(async () => {
      await engine?.close();
      await server?.close();
    });
    afterEach(async () => {
      assert.deepEqual(await page.problems(), [], `${name}: no console message, page error or foreign request`);
    });

    engineTest('the page hydrates with no console message', async () => {
      await page.resize(1280, 800);
      await load();
      const states = await page.evaluate(cardStates);
      assert.equal(states.length, 12, 'every card is there');
      assert.deepEqual(states.filter((s) => s.expanded).map((s) => s.id), ['overview', 'impact'], 'the default open cards');
      for (const s of states) assert.equal(s.shown, s.expanded, `${s.id}: panel follows its toggle`);
      // The handout's sheet, kept in a <noscript> until the page has loaded, is linked by then.
      await page.waitFor(printSheetIn, undefined, { message: 'the handout\'s sheet is linked and in' });
      assert.equal(await page.evaluate(() => document.querySelectorAll('link[rel=stylesheet][media=print]').length), 1, 'one handout sheet');
      await page.screenshot(`${SHOTS}${name}-page-1280x800.png`);
    });

    engineTest('cards open and close by mouse and by keyboard', async () => {
      await load();
      await page.click('.cards__toolbar button', 'Close all');
      for (const id of ['overview', 'strategies', 'impact', 'references']) {
        await card(id, false);
        await page.click(`#${id}-toggle`);
        await card(id, true);
        await page.click(`#${id}-toggle`);
        await card(id, false);
        await page.focus(`#${id}-toggle`);
        await page.press('Enter');
        await card(id, true);
        await page.press('Space');
        await card(id, false);
      }
      await page.click('.cards__toolbar button', 'Open all');
      assert.ok((await page.evaluate(cardStates)).every((s) => s.expanded && s.shown), 'Open all opens every card');
    });

    // Before the downloads below: after one, Firefox's window no longer has the focus, and it
    // presses a focused button by Space only in a focused window (see engines.mjs).
    engineTest('present mode: Space presses the bar button that has the focus, not the deck', async () => {
      await load('#/slide/3');
      await page.waitFor(counterIs, 3);
      // The deck takes the focus as it starts; then the Exit button is given it, as Tab would.
      await page.waitFor(() => document.activeElement?.classList.contains('deck'), undefined, { message: 'the deck has the focus' });
      await page.evaluate(() => document.querySelector('.deck__bar [aria-keyshortcuts="Escape"]').focus());
      await page.waitFor(() => document.activeElement?.getAttribute('aria-keyshortcuts') === 'Escape', undefined, { message: 'Exit has the focus' });
      await page.press('Space');
      await page.waitFor(() => document.querySelector('main .card') && location.hash === '', undefined, { message: 'Space pressed Exit' });
    });

    engineTest('before the app is ready, cards answer at once and other clicks wait, then are honoured once', async () => {
      server.wasm('hold');
      try {
        await page.goto('about:blank');
        await page.goto(server.url);
        await page.waitFor(() => !!document.getElementById('strategies-toggle'));
        assert.equal(await page.evaluate(() => document.documentElement.classList.contains('app-ready')), false, 'the wasm is held');
        await page.click('#strategies-toggle');
        await card('strategies', true);
        await page.click('#overview-toggle');
        await card('overview', false);
        await page.click('#chart-narcotics .chart__actions button', 'Show table');
        assert.equal(await page.evaluate(() => document.querySelector('#chart-narcotics .chart__actions button').getAttribute('aria-busy')), 'true', 'the held control shows it is busy');
      } finally {
        server.wasm('serve');
      }
      await page.waitFor(isReady, undefined, { message: 'the app is ready' });
      await page.waitFor(() => !!document.querySelector('#chart-narcotics table'), undefined, { message: 'the held click, honoured' });
      assert.equal(await page.evaluate(() => document.querySelectorAll('[aria-busy]').length), 0, 'nothing stays busy');
      const states = Object.fromEntries((await page.evaluate(cardStates)).map((s) => [s.id, s.expanded]));
      assert.deepEqual([states.strategies, states.overview], [true, false], 'the app kept the cards as the reader left them');
      await page.click('#strategies-toggle');
      await card('strategies', false);
    });

    engineTest('present mode\'s sheet stalled holds back neither the article, nor a link into it, nor the app', async () => {
      // Answered 6 s late: the page loads in the end, and its timings say what came first. From
      // an origin of its own, whose cache holds no copy of the sheet.
      const stalled = await serve(DIST, '/', { trap: NEEDS_TRAP.has(name) });
      const disallow = engine.allow(new URL(stalled.url).origin);
      stalled.slow(/present-[0-9a-f]+\.css$/, 6000);
      try {
        await page.goto('about:blank');
        // Followed from the page, so that the driver need not wait for it to load: the link into
        // the page opens its card (and the card around it) well before the sheet comes. WebKit's
        // driver runs no script in a page that is loading, so there it is seen once loaded (WebKit
        // does not hold DOMContentLoaded for the sheet).
        await page.evaluate((url) => { location.href = url; }, `${stalled.url}#sinaloa-cartel`);
        if (name !== 'webkit') {
          await page.waitFor(() => document.readyState !== 'complete' && location.hash === '#sinaloa-cartel'
            && document.getElementById('sinaloa-cartel-toggle')?.getAttribute('aria-expanded') === 'true',
          undefined, { message: 'the linked card open before the page has loaded' });
        }
        await page.waitFor(isReady, undefined, { message: 'the app is ready' });
        await page.waitFor(() => [...document.styleSheets].some((s) => /present-/.test(s.href ?? '')), undefined, { message: 'present mode\'s sheet, in at last' });
        const order = await page.evaluate(() => {
          const sheet = Math.min(...performance.getEntriesByType('resource').filter((e) => /present-/.test(e.name)).map((e) => e.responseEnd));
          const wasm = performance.getEntriesByType('resource').find((e) => /\.wasm$/.test(e.name));
          return {
            late: sheet > 5000 && sheet < Infinity,
            parsed: performance.getEntriesByType('navigation')[0].domInteractive < sheet,
            started: wasm.startTime < sheet,
          };
        });
        assert.deepEqual(order, { late: true, parsed: true, started: true }, 'the page was parsed and the app started before the sheet came');
        // The app kept the card the early script opened.
        await card('sinaloa-cartel', true);
        await landed('sinaloa-cartel');
        // Read while that origin is still allowed (WebKit's are read from the page).
        assert.deepEqual(await page.problems(), [], `${name}: no console message, page error or foreign request`);
      } finally {
        await stalled.close();
        disallow();
      }
    });

    engineTest('with the wasm blocked, the page says so, hides what cannot work, and its cards work', async () => {
      server.wasm('block');
      try {
        await page.goto('about:blank');
        await page.goto(server.url);
        await page.waitFor(() => document.documentElement.classList.contains('wasm-failed'), undefined, { message: 'the page knows the wasm failed' });
      } finally {
        server.wasm('serve');
      }
      const shown = await page.evaluate(() => ({
        notice: document.querySelector('.notice--no-app').checkVisibility(),
        controls: [...document.querySelectorAll('button, input')].filter((el) => el.checkVisibility() && !el.classList.contains('card__toggle')).length,
      }));
      assert.deepEqual(shown, { notice: true, controls: 0 }, 'the notice shows, and no control that needs the wasm');
      server.wasm('block');
      try {
        // A reader who has scrolled away from the link by other means than a press (a scrollbar,
        // a screen reader) is not taken back to it when the refusal comes late.
        server.slow(/\.wasm$/, 1500);
        await page.goto('about:blank');
        await page.goto(`${server.url}#continuing-the-fight`);
        await page.waitFor(() => document.readyState === 'complete', undefined, { message: 'the page loaded' });
        await sleep(600);
        await page.evaluate(() => scrollTo(0, 0));
        await page.waitFor(() => document.documentElement.classList.contains('wasm-failed'), undefined, { message: 'the page knows the wasm failed' });
        await sleep(300);
        assert.equal(await page.evaluate(() => scrollY), 0, 'the view stays where the reader took it');
        // Links into the page still land, with no app to scroll them there (the early script),
        // whether the wasm fails at once or a second later, once the early script has put the
        // card in place: the controls that go then move it, in an engine without scroll anchoring.
        for (const [id, late] of [['continuing-the-fight', true], ['references', false]]) {
          server.slow(late ? /\.wasm$/ : null, 1000);
          await page.goto('about:blank');
          await page.goto(`${server.url}#${id}`);
          await page.waitFor(() => document.documentElement.classList.contains('wasm-failed'), undefined, { message: 'the page knows the wasm failed' });
          await card(id, true);
          await landed(id);
        }
      } finally {
        server.slow(null);
        server.wasm('serve');
      }
      await page.click('#overview-toggle');
      await card('overview', false);
      await page.focus('#overview-toggle');
      await page.press('Enter');
      await card('overview', true);
      // The page opened at #references: that link, followed again once the card is closed,
      // opens it (the early script, with no app).
      await followAgain('references');
      const problems = await page.problems();
      // The browser's own word on the refused download, if it gives one, is all there is.
      assert.deepEqual(problems.filter((p) => !/Failed to load resource: the server responded with a status of 503/.test(p)), [], problems.join('\n'));
    });

    engineTest('a link to a passage in a closed card, as find in page, opens the cards around it and shows it', async () => {
      // Closed panels are hidden until found: the browser finds the passage, and the page opens
      // the card it is in and the card around that (MS-13 sits in Impact, both closed here).
      await load();
      await page.click('.cards__toolbar button', 'Close all');
      await card('impact', false);
      await page.goto(`${server.url}#:~:text=systematically%20targeted`);
      await card('ms-13', true);
      await card('impact', true);
      await page.waitFor(passageInView, 'systematically targeted', { message: 'the passage in view' });
      await page.click('#ms-13-toggle');
      await card('ms-13', false);
      assert.equal(await page.evaluate(() => document.getElementById('ms-13-panel').getAttribute('hidden')), 'until-found');
      // From the page as it opens: the passage is in view, and stays there as the page loads.
      await load(`#:~:text=DHS%20Fentanyl%20Interdiction`);
      await card('references', true);
      await page.waitFor(passageInView, 'DHS Fentanyl Interdiction', { message: 'the reference in view' });
      for (let look = 0; look < 10; look += 1) {
        await sleep(50);
        assert.ok(await page.evaluate(passageInView, 'DHS Fentanyl Interdiction'), `the reference stays in view (look ${look})`);
      }
    });

    engineTest('a link to a passage in an open card below the screen shows it; no card waits to be laid out', async () => {
      // A card skipped until near the screen (content-visibility) is missing from Chromium's
      // accessibility tree, and a passage in it from Firefox's and WebKit's scroll to it.
      const skipped = () => [...document.querySelectorAll('.card')].filter((c) => getComputedStyle(c).contentVisibility !== 'visible').length;
      await load();
      assert.equal(await page.evaluate(skipped), 0, 'every card laid out');
      // Impact is open by default, far below the screen.
      await load('#:~:text=HSI%20has%20delivered%20major%20blows');
      await page.waitFor(passageInView, 'HSI has delivered major blows', { message: 'the passage in view' });
      for (let look = 0; look < 10; look += 1) {
        await sleep(50);
        assert.ok(await page.evaluate(passageInView, 'HSI has delivered major blows'), `the passage stays in view (look ${look})`);
      }
    });

    engineTest('on a narrow window, End reaches the page’s end', async () => {
      // (WebKit's MiniBrowser keeps its window wider than a phone's.)
      await page.resize(480, 800);
      try {
        await load();
        await page.press('End');
        let last;
        let settled = false;
        for (let tries = 0; tries < 40 && !settled; tries += 1) {
          await sleep(100);
          const now = await page.evaluate(() => JSON.stringify([Math.round(scrollY), document.documentElement.scrollHeight - Math.ceil(scrollY + innerHeight)]));
          settled = now === last;
          last = now;
        }
        const [y, short] = JSON.parse(last);
        assert.ok(settled && short <= 2 && y > 4000, `at the end once settled (scrollY ${y}, ${short} px short)`);
      } finally {
        await page.resize(1280, 800);
      }
    });

    engineTest('a deep link opens its card, and a card inside a card with its parent', async () => {
      await load('#strategies');
      await card('strategies', true);
      await page.waitFor(() => document.activeElement?.id === 'strategies-toggle', undefined, { message: 'focus on the linked card' });
      const top = await page.evaluate(() => document.getElementById('strategies').getBoundingClientRect().top);
      assert.ok(top >= 0 && top < 50, `the card is at the top of the view (top = ${top})`);
      await load('#ms-13');
      await card('impact', true);
      await card('ms-13', true);
      await landed('ms-13');
      // A hash change on the loaded page opens the card it names too.
      await page.evaluate(() => { location.hash = '#continuing-the-fight'; });
      await card('continuing-the-fight', true);
      await landed('continuing-the-fight');
      // And the contents, from the top of the page.
      await page.evaluate(() => scrollTo(0, 0));
      await page.click('.contents a[href="#references"]');
      await card('references', true);
      await landed('references');
      // The same link again, once the reader closed the card: no hash changes, and it opens.
      await followAgain('references');
      // A control a script focuses two frames after a link is followed stays in view, held
      // there while the link's loop runs (Firefox once left it 1,300 px below the view).
      await load();
      await page.evaluate(() => document.querySelector('.contents a[href="#strategies"]').addEventListener('click', () => {
        requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById('references-toggle').focus()));
      }, { once: true }));
      await page.click('.contents a[href="#strategies"]');
      await page.waitFor(() => document.activeElement?.id === 'references-toggle', undefined, { message: 'focus on the control' });
      await sleep(1000);
      const focused = await page.evaluate(() => [Math.round(document.getElementById('references-toggle').getBoundingClientRect().top), innerHeight]);
      assert.ok(focused[0] >= 0 && focused[0] < focused[1], `the focused control in view (top ${focused[0]} of ${focused[1]})`);
    });

    /** Each cell of the narcotics chart as the engine paints it: a whole icon, in the key icon's
     * colour, in each of its 70 cells. */
    async function unitsOnScreen(label) {
      await page.evaluate(() => document.querySelector('#chart-narcotics .chart__svg').scrollIntoView({ block: 'center' }));
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const file = `${SHOTS}${name}-units-${label}.png`;
      await page.screenshot(file);
      const ink = await page.evaluate(cellInk, [(await readFile(file)).toString('base64'), 'narcotics', 70]);
      const { seen, expected } = cellsSeen(ink, 70);
      assert.deepEqual(seen, expected, `${label}: the units in ${ink.colour} (key ${ink.key} px; cells ${ink.cells.join(' ')})`);
    }

    engineTest('the theme switch applies at once, to the charts too, and survives a reload', async () => {
      await load();
      await unitsOnScreen('auto');
      await page.click('label:has(input[value=dark])');
      await page.waitFor(() => document.documentElement.dataset.theme === 'dark', undefined, { message: 'dark theme' });
      await unitsOnScreen('dark');
      assert.equal(await page.evaluate(() => localStorage.getItem('hsi-infographic.theme')), 'dark');
      const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.reload();
      await page.waitFor(isReady);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'the theme is set before the app starts');
      // The switch shows it once the app has read the saved choice: an effect after its first
      // render, then a render.
      await page.waitFor(() => document.querySelector('input[name=theme]:checked')?.value === 'dark', undefined, { message: 'the switch shows dark' });
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), dark);
      await page.click('label:has(input[value=light])');
      await page.waitFor(() => document.documentElement.dataset.theme === 'light');
      assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), dark);
      await page.click('label:has(input[value=auto])');
      await page.waitFor(() => localStorage.getItem('hsi-infographic.theme') === 'auto');
    });

    engineTest('a chart switches to its table and back, and downloads its SVG, PNG and CSV', async () => {
      await load();
      // The charts' words in the page's type: WebKitGTK has no system-ui, and the page and its
      // charts fell back to different families when their lists differed.
      const fonts = await page.evaluate(() => {
        const labels = [...document.querySelectorAll('.chart__svg text')];
        return { labels: labels.length, lists: [...new Set([document.body, ...labels].map((el) => getComputedStyle(el).fontFamily))] };
      });
      assert.ok(fonts.labels >= 4, `the charts' labels: ${fonts.labels}`);
      assert.equal(fonts.lists.length, 1, `one family list: ${JSON.stringify(fonts.lists)}`);
      const actions = '#chart-narcotics .chart__actions button';
      await page.click(actions, 'Show table');
      await page.waitFor(() => document.querySelectorAll('#chart-narcotics table tbody tr').length >= 2, undefined, { message: 'the table' });
      const first = await page.evaluate(() => [...document.querySelector('#chart-narcotics tbody tr').querySelectorAll('th, td')].map((c) => c.textContent.trim()));
      assert.deepEqual(first.slice(0, 3), ['Narcotics seized, 2021', 'over 1,400,000 pounds', 'Stated']);
      // The table shown, the chart still downloads.
      const fromTable = await page.download(actions, 'SVG');
      assert.equal(fromTable.name, 'hsi-narcotics-seized-2021.svg');
      assert.ok(fromTable.body.toString().includes('#chart-narcotics'), 'the chart, from the table view');
      await page.click(actions, 'Show chart');
      await page.waitFor(() => document.querySelector('#chart-narcotics svg[role=img]'), undefined, { message: 'the chart back' });

      const csv = await page.download(actions, 'CSV');
      assert.equal(csv.name, 'hsi-narcotics-seized-2021.csv');
      const text = csv.body.toString();
      assert.equal(text.charCodeAt(0), 0xfeff, 'a byte order mark first');
      const rows = text.slice(1).split('\r\n');
      assert.equal(rows[0], 'figure,measure,qualifier,value,value_shown,unit,period,derived_from,formula,source');
      assert.ok(rows[1].startsWith('Narcotics seized,Narcotics seized,over,1400000,over 1.4 million lb,pounds,2021,,,'), rows[1]);
      assert.ok(rows[2].startsWith('Narcotics seized,"Daily average, 2021",over,3835.6'), `a derived row names its measure: ${rows[2]}`);
      assert.ok(rows[2].includes(',"over 3,830 lb a day",pounds a day,2021,"Narcotics seized, 2021",'), `its unit and period are a unit and a period: ${rows[2]}`);
      const svg = await page.download(actions, 'SVG');
      assert.equal(svg.name, 'hsi-narcotics-seized-2021.svg');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        const words = [...doc.documentElement.children].filter((e) => e.localName === 'text').map((e) => e.textContent).join(' ');
        return { error: !!doc.querySelector('parsererror'), icons: doc.querySelectorAll('use').length, symbols: doc.querySelectorAll('symbol').length, text: words, size: [Number(doc.documentElement.getAttribute('width')), Number(doc.documentElement.getAttribute('height'))] };
      }, svg.body.toString());
      assert.equal(parsed.error, false, 'the SVG parses');
      for (const text of ['Narcotics seized', 'over 1.4 million pounds, 2021', 'Source: “HSI’s Focus on Disrupting Drug Trafficking Networks”', '#chart-narcotics']) {
        assert.ok(parsed.text.includes(text), `the SVG says ${text}: ${parsed.text}`);
      }
      assert.ok(parsed.symbols >= 1 && parsed.icons >= 70, `the SVG has its 70 icons, drawn from one symbol (${parsed.icons} uses of ${parsed.symbols} symbols)`);
      const png = await page.download(actions, 'PNG');
      assert.equal(png.name, 'hsi-narcotics-seized-2021.png');
      assert.deepEqual([...png.body.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
      const pixels = await page.evaluate(colouredPixels, ['image/png', png.body.toString('base64')]);
      const drawn = { ...pixels, marks: pixels.coloured / (pixels.width * pixels.height) };
      assert.deepEqual([drawn.width, drawn.height], parsed.size.map((n) => n * 2), 'the PNG is the SVG file at twice its size');
      // The icons take about 6 % of the file with its header and footer; its coloured text alone, under 1 %.
      assert.ok(drawn.marks > 0.03, `the PNG shows the marks in colour (${(drawn.marks * 100).toFixed(1)} % of its pixels)`);
    });

    engineTest('present mode: P starts it, keys walk it, the hash names the slide, Escape leaves', async () => {
      await load();
      const pageTheme = await page.evaluate(() => document.documentElement.dataset.theme);
      await page.press('p');
      await page.waitFor(() => location.hash === '#/slide/1' && document.querySelector('.deck .slide'), undefined, { message: 'slide 1' });
      await page.waitFor(deckFocused, undefined, { message: 'the deck has the focus' });
      // The page's effects (the theme among them) run after the deck's.
      await page.waitFor((t) => document.documentElement.dataset.theme !== t, pageTheme, { message: 'the deck’s theme' });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'projector');
      for (const [key, n] of [['ArrowRight', 2], ['Space', 3], ['PageDown', 4], ['ArrowLeft', 3], ['Shift+Space', 2], ['Home', 1]]) {
        await page.press(key);
        await page.waitFor((k) => location.hash === `#/slide/${k}`, n, { message: `${key} to slide ${n}` });
        await page.waitFor(counterIs, n, { message: `counter ${n}` });
      }
      const last = await page.evaluate(() => Number(document.querySelector('.deck__progress').max));
      await page.press('End');
      await page.waitFor((k) => location.hash === `#/slide/${k}`, last);
      // A click on a thumbnail in the overview opens its slide: the button lies over the slide's copy.
      await page.press('o');
      await page.waitFor(() => document.activeElement?.classList.contains('overview__item--chosen'), undefined, { message: 'the overview' });
      await page.click('.overview__grid > li:nth-child(4) > .overview__item');
      await page.waitFor(counterIs, 4, { message: 'the thumbnail clicked opens slide 4' });
      await page.evaluate(() => { location.hash = '#/slide/5'; });
      await page.waitFor(counterIs, 5);
      await page.reload();
      await page.waitFor(isReady);
      await page.waitFor(counterIs, 5, { message: 'a reload returns to slide 5' });
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('main .card') && location.hash === '', undefined, { message: 'back to the page' });
      assert.equal(await page.evaluate(slideHash), '');
      // Opened by its address, the deck gives the focus to the Present button when left.
      await page.waitFor(() => document.activeElement?.id === 'present', undefined, { message: 'focus on Present' });
      assert.equal(await page.evaluate(() => scrollY), 0, 'the page from its very top, its header whole');
      // From a card's toggle, with the view scrolled on by steps (as a wheel does, the cards
      // taking their size on the way) to a chart deep in the page, the focus comes back to the
      // toggle and the view as it was: the page drawn anew counts its cards at a guess, and is
      // at first too short to scroll that far (Firefox stopped at its end).
      await page.focus('#ms-13-toggle');
      for (let step = 0; step < 15; step += 1) {
        await page.evaluate(() => scrollBy(0, document.getElementById('chart-currency').getBoundingClientRect().top + 64));
        await sleep(100);
      }
      await sleep(300);
      const before = await page.evaluate(() => Math.round(document.getElementById('chart-currency').getBoundingClientRect().top));
      // Presenting again goes on from the slide left (the fifth).
      await page.press('p');
      await page.waitFor(counterIs, 5, { message: 'on from slide 5' });
      await page.waitFor(deckFocused, undefined, { message: 'the deck has the focus' });
      await page.press('Escape');
      await page.waitFor(() => document.activeElement?.id === 'ms-13-toggle', undefined, { message: 'focus back on the toggle' });
      await landed('chart-currency', before);
      // The P key turned off with the footer's switch does nothing, and on again presents.
      const shortcut = () => document.getElementById('present').getAttribute('aria-keyshortcuts');
      await page.click('.footer__shortcut label');
      await page.waitFor(() => document.getElementById('present').getAttribute('aria-keyshortcuts') === null, undefined, { message: 'the shortcut off' });
      await page.focus('#references-toggle');
      // The P listener goes in the effects after the switch's render: a task later.
      await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
      await page.press('p');
      await sleep(300);
      assert.equal(await page.evaluate(slideHash), '', 'P does nothing while off');
      await page.click('.footer__shortcut label');
      await page.waitFor(() => document.getElementById('present').getAttribute('aria-keyshortcuts') === 'P', undefined, { message: 'the shortcut on' });
      assert.equal(await page.evaluate(shortcut), 'P');
      await page.focus('#references-toggle');
      await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
      await page.press('p');
      await page.waitFor(counterIs, 5, { message: 'P presents again' });
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('main .card') && location.hash === '', undefined, { message: 'back to the page' });
    });

    for (const [width, height] of [[1024, 768], [1920, 1080]]) {
      engineTest(`every slide fits at ${width}×${height}`, async () => {
        await page.resize(width, height);
        await load('#/slide/1');
        assert.deepEqual(await page.evaluate(() => [innerWidth, innerHeight]), [width, height], 'the viewport size');
        const last = await page.evaluate(() => Number(document.querySelector('.deck__progress').max));
        for (let n = 1; n <= last; n += 1) {
          await page.evaluate((k) => { location.hash = `#/slide/${k}`; }, n);
          await page.waitFor(counterIs, n);
          // Measured as the audience sees it, once the slide has moved into place.
          await page.waitFor(() => document.getAnimations().every((a) => a.playState === 'finished'), undefined, { message: 'the slide settles' });
          const fit = await page.evaluate(slideFit);
          assert.deepEqual({ clipped: fit.clipped, over: fit.over, pageScrolls: fit.pageScrolls }, { clipped: false, over: [], pageScrolls: false }, `slide ${n} fits`);
          assert.ok(fit.smallest >= minimumType(height), `slide ${n}: body text ${fit.smallest}px ≥ 4 % of ${height}px`);
          if (n === 2 || n === 9) await page.screenshot(`${SHOTS}${name}-slide-${n}-${width}x${height}.png`);
        }
        await page.resize(1280, 800);
      });
    }

    engineTest('a link opens a chart as its table, Share opens and closes, and an embed sizes its iframe on another origin', async () => {
      await page.resize(1280, 800);
      await load('#chart-currency-table');
      await page.waitFor(() => document.getElementById('chart-currency-table'), undefined, { message: 'the linked table' });
      await card('impact', true);
      await page.click('#chart-narcotics .share__button', 'Share');
      await page.waitFor(() => document.querySelector('#share:popover-open'), undefined, { message: 'the share panel open' });
      await page.press('Escape');
      await page.waitFor(() => !document.querySelector('#share:popover-open'), undefined, { message: 'the share panel closed' });

      // The embed's own height at this width, then the same page in a host page's iframe.
      const embed = `${server.url}embed/chart-narcotics/`;
      await page.goto(embed);
      await page.waitFor(() => document.documentElement.classList.contains('app-ready'), undefined, { message: 'the embed hydrated' });
      const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      // The view keeps no room for a scrollbar it does not need (an empty track in its host's
      // frame, with classic scrollbars) once the window holds it all, as its host's frame does.
      await page.resize(1280, height + 150);
      const view = await page.evaluate(() => ({ fits: document.documentElement.scrollHeight <= innerHeight, room: innerWidth - document.documentElement.clientWidth, overflow: getComputedStyle(document.documentElement).overflowY }));
      assert.deepEqual(view, { fits: true, room: 0, overflow: 'visible' }, 'no scrollbar in the embedded view');
      await page.resize(1280, 800);
      const dir = await mkdtemp(join(tmpdir(), 'hsi-host-'));
      await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="en"><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"><body style="margin:0">
<iframe src="${embed}" title="Narcotics seized" width="100%" height="300" style="border:0;width:100%;display:block" data-hsi-embed></iframe>
<script src="${server.url}embed.js" async></script></body></html>`);
      const host = await serve(dir, '/', { trap: NEEDS_TRAP.has(name) });
      const revoke = engine.allow(new URL(host.url).origin);
      try {
        await page.goto(host.url);
        await page.waitFor((h) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - h) <= 1, height,
          { message: `the iframe sized to the chart's ${height} px` });
        // Back on the app's own page, the host's origin counts as foreign again.
        await load();
        revoke();
      } finally {
        await host.close();
        await rm(dir, { recursive: true });
      }
    });

    engineTest('the single file works from file://', async () => {
      assert.ok(existsSync(SINGLE), 'the single file is built (make single)');
      let file = SINGLE;
      if (NEEDS_TRAP.has(name)) {
        file = join(await mkdtemp(join(tmpdir(), 'hsi-single-')), 'hsi-infographic.html');
        await writeFile(file, withTrap(await readFile(SINGLE, 'utf8')));
      }
      await page.goto('about:blank');
      await page.goto(`${pathToFileURL(file).href}#strategies`);
      await page.waitFor(isReady, undefined, { message: 'the single file is ready' });
      await card('strategies', true);
      await page.click('#overview-toggle');
      await card('overview', false);
      await page.press('p');
      await page.waitFor(counterIs, 1, { message: 'present mode from file://' });
      await page.waitFor(deckFocused, undefined, { message: 'the deck has the focus' });
      await page.press('ArrowRight');
      await page.waitFor(counterIs, 2);
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('main .card'));
      if (file !== SINGLE) await rm(dirname(file), { recursive: true, force: true });
    });

    // The presenter console: S opens it in a second window, and the two keep in step both ways
    // (window.open and postMessage with a per-session token), from a host and from the single
    // file on file://, whose origin is null.
    for (const where of ['a host', 'file://']) {
      engineTest(`two windows kept in step from ${where}`, async () => {
        let address = `${server.url}`;
        if (where === 'file://') {
          let file = SINGLE;
          if (NEEDS_TRAP.has(name)) {
            file = SINGLE.replace(/\.html$/, `-${name}-trapped.html`);
            await writeFile(file, withTrap(await readFile(SINGLE, 'utf8')));
          }
          address = pathToFileURL(file).href;
        }
        await page.goto('about:blank');
        await page.goto(`${address}#/slide/3`);
        await page.waitFor(isReady, undefined, { message: 'the deck is ready' });
        await page.waitFor(counterIs, 3);
        const console_ = await page.popup(() => page.press('s'));
        await console_.waitFor(() => document.querySelector('html.app-ready .console .console__notes li'), undefined, { message: `${name}: the console in its own window` });
        await console_.waitFor(counterIs, 3, { message: 'the console shows slide 3' });
        await console_.waitFor(deckFocused, undefined, { message: 'the console has the focus' });
        await page.press('ArrowRight');
        await console_.waitFor(counterIs, 4, { message: `${name} from ${where}: the console follows the deck` });
        await console_.press('ArrowRight');
        await page.waitFor(counterIs, 5, { message: `${name} from ${where}: the deck follows the console` });
        await console_.waitFor(counterIs, 5);
        // Its "Elapsed", which restarts the time, is a button, underlined as one (WebKit drops a
        // text-decoration shorthand that carries a thickness).
        assert.equal(await console_.evaluate(() => getComputedStyle(document.querySelector('button.console__restart')).textDecorationLine), 'underline', `${name}: the restart button's underline`);
        assert.deepEqual(await console_.problems(), [], `${name}: the console window is quiet`);
        await console_.close();
        await page.press('ArrowLeft');
        await page.waitFor(counterIs, 4, { message: 'the deck goes on alone' });
      });
    }
  });
}
