// Three browser engines behind one small page interface, so a cross-engine test names what it
// checks, not which driver runs it. Every engine is Debian's; nothing here downloads a browser.
//   chromium  Debian's Chromium through playwright-core (CDP)
//   firefox   Debian's Firefox ESR through puppeteer-core (WebDriver BiDi)
//   webkit    WebKitGTK's MiniBrowser through selenium-webdriver, connected to a WebKitWebDriver
//             that this module starts itself under xvfb-run (classic WebDriver)
// A page: goto, reload, url, evaluate, waitFor, click, focus, press, resize, screenshot,
// download, problems, close; and popup(action), the page of the window that `action` opens. Each engine's quirks are handled here, each with a comment saying why;
// every method works in all three today. If an engine ever cannot do something, its method
// should throw with the engine's name and the reason, so the test fails rather than passes.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { Builder, By, Key } from 'selenium-webdriver';
import { ARGS } from './harness.mjs';
import { TRAP } from './trap.mjs';

/** Runs in the page: brings `el` on screen and resolves once it has stayed there, still, for two
 * frames (at most 40), as a reader sees what they click. A link's target is scrolled back into view
 * for up to 12 frames (the early script), which a driver's scroll does not end, as a reader's own
 * wheel, touch, key or press does. Self-contained: WebKit's driver sends it as text. */
function onScreenAndStill(el) {
  return new Promise((done) => {
    let last = '';
    let frames = 0;
    const step = () => {
      const r = el.getBoundingClientRect();
      const shown = r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
      const now = [r.top, r.left].join();
      if ((shown && now === last) || ++frames > 40) return done();
      if (!shown) el.scrollIntoView({ block: 'nearest' });
      last = shown ? now : '';
      requestAnimationFrame(step);
    };
    step();
  });
}

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Engines whose driver reports no console messages: their pages carry trap.mjs's error trap. */
export const NEEDS_TRAP = new Set(['webkit']);

const BINARIES = {
  chromium: process.env.CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
  webkit: process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
};


/**
 * Starts one engine. `origin` is the served app's origin: requests elsewhere count as problems,
 * except to origins a test adds with `engine.allow(origin)` (a host page that embeds the app).
 * Resolves to { name, version, page, alive, close, allow }: one page (one window) per browser, resized
 * and navigated by the tests, as a reader's tab would be.
 */
export async function launch(name, { origin, viewport = { width: 1280, height: 800 } } = {}) {
  const make = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebkit }[name];
  if (!make) throw new Error(`unknown engine ${name}`);
  const downloads = await mkdtemp(join(tmpdir(), `hsi-${name}-downloads-`));
  const origins = new Set([origin]);
  const engine = await make({ origins, viewport, downloads });
  // Allows requests to `other` until the returned function is called.
  engine.allow = (other) => {
    origins.add(other);
    return () => origins.delete(other);
  };
  const close = engine.close;
  engine.close = async () => {
    await close();
    await rm(downloads, { recursive: true, force: true });
  };
  return engine;
}

/** Whether a request to `url` leaves the `origins` allowed (data:, blob: and file: never do). */
function foreign(url, origins) {
  const u = new URL(url);
  return (u.protocol === 'http:' || u.protocol === 'https:') && !origins.has(u.origin);
}

/**
 * Shared by every engine: waiting on a condition in the page by polling it, and clicking the
 * one element that matches a selector and holds a text (drivers differ in text selectors).
 */
function withPolling(page) {
  const clickNth = page.clickNth;
  page.click = async (selector, text) => {
    const n = text === undefined ? 0 : await page.evaluate(([s, t]) => {
      const all = [...document.querySelectorAll(s)];
      const hits = all.filter((el) => el.textContent.includes(t));
      return hits.length === 1 ? all.indexOf(hits[0]) : -hits.length - 1;
    }, [selector, text]);
    if (n < 0) throw new Error(`${-n - 1} elements match ${selector} with text ${JSON.stringify(text)}; one expected`);
    await clickNth(selector, n);
  };
  page.waitFor = async (fn, arg, { timeout = 15000, message } = {}) => {
    const until = Date.now() + timeout;
    // Only the truth of the answer crosses back: drivers differ in how they return an element.
    // eslint-disable-next-line no-new-func
    const truth = new Function('arg', `return !!(${fn})(arg);`);
    let last;
    for (;;) {
      try {
        last = await page.evaluate(truth, arg);
        if (last) return last;
      } catch (err) {
        last = err;
      }
      if (Date.now() > until) throw new Error(`${message ?? 'condition'} not met in ${timeout} ms (${fn}): ${last}`);
      await sleep(50);
    }
  };
  return page;
}

/**
 * What playwright's and puppeteer's pages share: console, error and request events, navigation,
 * evaluation, focus and screenshots.
 */
function eventedPage(raw, origins) {
  const problems = [];
  raw.on('console', (m) => { if (['error', 'warning', 'warn'].includes(m.type())) problems.push(`console ${m.type()}: ${m.text()}`); });
  raw.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  raw.on('request', (r) => { if (foreign(r.url(), origins)) problems.push(`foreign request: ${r.url()}`); });
  return {
    goto: async (url) => { await raw.goto(url); },
    reload: async () => { await raw.reload(); },
    url: () => raw.url(),
    evaluate: (fn, arg) => raw.evaluate(fn, arg),
    focus: (selector) => raw.focus(selector),
    screenshot: (path) => raw.screenshot({ path }),
    problems: () => problems.splice(0),
  };
}

// ---- Chromium: playwright-core ------------------------------------------------------------

async function launchChromium({ origins, viewport, downloads }) {
  const browser = await chromium.launch({ executablePath: BINARIES.chromium, args: ARGS, headless: true, downloadsPath: downloads });
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const wrap = (raw) => {
    const page = withPolling({
      ...eventedPage(raw, origins),
      clickNth: (selector, n) => raw.locator(selector).nth(n).click(),
      press: (key) => raw.keyboard.press(key),
      resize: (width, height) => raw.setViewportSize({ width, height }),
      async download(selector, text) {
        const [file] = await Promise.all([raw.waitForEvent('download'), page.click(selector, text)]);
        return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
      },
      close: () => raw.close(),
      // A window the page opens is a new page of its context.
      async popup(action) {
        const [opened] = await Promise.all([context.waitForEvent('page', { timeout: 15000 }), action()]);
        return wrap(opened);
      },
    });
    return page;
  };
  const page = wrap(await context.newPage());
  return { name: 'chromium', version: browser.version(), page, alive: async () => browser.isConnected(), close: () => browser.close() };
}

// ---- Firefox: puppeteer-core over WebDriver BiDi -------------------------------------------

async function launchFirefox({ origins, viewport, downloads }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BINARIES.firefox,
    headless: true,
    defaultViewport: viewport,
    // Downloads go to a folder of ours without asking, so the test can read the file.
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  // The window Firefox starts with never gets focus, and Firefox activates a focused button by
  // Enter or Space only in a focused window: a page of our own opening has it, as a reader's would.
  const [first] = await browser.pages();
  const wrap = (raw) => {
    const page = withPolling({
      ...eventedPage(raw, origins),
      clickNth: async (selector, n) => {
        const element = (await raw.$$(selector))[n];
        await element.evaluate(onScreenAndStill);
        await element.click();
      },
      press: (key) => pressPuppeteer(raw.keyboard, key),
      resize: (width, height) => raw.setViewport({ width, height }),
      download: (selector, text) => downloadToFolder(downloads, () => page.click(selector, text)),
      close: () => raw.close(),
      // Over BiDi a window the page opens is a new browsing context: a target that was not
      // there before the action.
      async popup(action) {
        const before = new Set(browser.targets());
        const [target] = await Promise.all([
          browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout: 15000 }),
          action(),
        ]);
        return wrap(await target.page());
      },
    });
    return page;
  };
  const page = wrap(await browser.newPage());
  await first.close();
  return { name: 'firefox', version: await browser.version(), page, alive: async () => browser.connected, close: () => browser.close() };
}

/** Playwright's key names, with "+" for modifiers, pressed through puppeteer's keyboard. */
async function pressPuppeteer(keyboard, combo) {
  const keys = combo.split('+');
  const key = keys.pop().replace(/^Space$/, ' ');
  for (const m of keys) await keyboard.down(m);
  await keyboard.press(key);
  for (const m of keys.reverse()) await keyboard.up(m);
}

/** Clicks, then waits for one new, complete file in `folder`: a browser writes a .part first, and
 * Firefox may write the file under a name of its own and then rename it, so the file is read once
 * the same one name and size have stood for three looks, 300 ms. */
async function downloadToFolder(folder, click) {
  const before = new Set(await readdir(folder));
  await click();
  const until = Date.now() + 10000;
  let seen = null, looks = 0;
  while (Date.now() < until) {
    const fresh = (await readdir(folder)).filter((f) => !before.has(f) && !f.endsWith('.part') && !f.endsWith('.download'));
    const size = fresh.length === 1 ? await stat(join(folder, fresh[0])).then((s) => s.size, () => 0) : 0;
    const look = size > 0 ? `${fresh[0]}\n${size}` : null;
    looks = look && look === seen ? looks + 1 : 1;
    seen = look;
    if (look && looks >= 3) {
      const body = await readFile(join(folder, fresh[0])).catch(() => null);
      if (body) {
        // Taken away once read, so the same file downloaded again keeps its name (browsers
        // number a second copy: "….svg" becomes "…(1).svg").
        await rm(join(folder, fresh[0]));
        return { name: fresh[0], body };
      }
    }
    await sleep(150);
  }
  throw new Error(`no file arrived in ${folder}`);
}

// ---- WebKit: selenium-webdriver to WebKitWebDriver, under xvfb-run -------------------------

const WEBKIT_KEYS = {
  ArrowRight: Key.ARROW_RIGHT, ArrowLeft: Key.ARROW_LEFT, ArrowUp: Key.ARROW_UP, ArrowDown: Key.ARROW_DOWN,
  PageDown: Key.PAGE_DOWN, PageUp: Key.PAGE_UP, Home: Key.HOME, End: Key.END, Enter: Key.ENTER,
  Escape: Key.ESCAPE, Tab: Key.TAB, Space: ' ', Shift: Key.SHIFT,
};

async function freePort() {
  const server = createServer();
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

async function launchWebkit({ origins, viewport, downloads }) {
  const port = await freePort();
  // MiniBrowser saves a download without asking, to the XDG download folder: point it at ours,
  // with a home of its own so nothing lands in the user's.
  const home = await mkdtemp(join(tmpdir(), 'hsi-webkit-home-'));
  await mkdir(join(home, '.config'));
  await writeFile(join(home, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  // Xvfb's default screen is 640×480; the tests need a 1920×1080 window at most.
  const driverProcess = spawn('xvfb-run', ['-a', '-s', '-screen 0 3840x2160x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
  });
  const stopDriver = async () => {
    try { process.kill(-driverProcess.pid, 'SIGTERM'); } catch { /* already gone */ }
    await rm(home, { recursive: true, force: true });
  };
  let driver;
  for (let tries = 0; !driver; tries += 1) {
    try {
      driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: BINARIES.webkit, args: ['--automation'] } })
        .build();
    } catch (err) {
      if (tries > 100) { await stopDriver(); throw err; }
      await sleep(100);
    }
  }
  const version = (await driver.getCapabilities()).get('browserVersion');
  // Classic WebDriver reports no console messages: the served page carries an error trap
  // (server.mjs `trap`) that keeps them, across reloads, for `problems()` to read.
  const readTrap = () => driver.executeScript(`const k = '${TRAP}';
    const problems = JSON.parse(sessionStorage.getItem(k) || '[]');
    sessionStorage.removeItem(k);
    return { trapped: window[k] === true, url: location.href, problems, requests: performance.getEntriesByType('resource').map((e) => e.name) };`);
  const seen = new Set();
  // Classic WebDriver drives one window at a time: each window's page switches to its window
  // before it acts, when another was driven last.
  let active = await driver.getWindowHandle();
  const use = async (handle) => {
    if (active !== handle) {
      await driver.switchTo().window(handle);
      active = handle;
    }
  };
  const windowPage = (handle) => {
    const on = (fn) => async (...args) => { await use(handle); return fn(...args); };
    const evaluate = on((fn, arg) => driver.executeScript(`return (${fn})(arguments[0]);`, arg));
    const page = withPolling({
      goto: on((url) => driver.get(url)),
      reload: on(() => driver.navigate().refresh()),
      url: on(() => driver.getCurrentUrl()),
      evaluate,
      // As a reader does: bring the element on screen and let it come to rest, then click.
      // WebKit's driver scrolls too, but checks the element at once, before the page has drawn
      // it where it came to rest.
      clickNth: on(async (selector, n) => {
        const element = (await driver.findElements(By.css(selector)))[n];
        await driver.executeScript(`return (${onScreenAndStill})(arguments[0]);`, element);
        await element.click();
      }),
      focus: (selector) => evaluate((s) => document.querySelector(s).focus(), selector),
      press: on(async (combo) => {
        const keys = combo.split('+').map((k) => WEBKIT_KEYS[k] ?? k);
        const key = keys.pop();
        let actions = driver.actions({ async: true });
        for (const m of keys) actions = actions.keyDown(m);
        actions = actions.keyDown(key).keyUp(key);
        for (const m of keys.reverse()) actions = actions.keyUp(m);
        await actions.perform();
      }),
      resize: on(async (width, height) => {
        // WebDriver sets the window's outer size, and the window manager may apply it a moment
        // later: correct for the toolbar until the viewport has the size asked for.
        let outer = { width, height };
        for (let tries = 0; tries < 20; tries += 1) {
          await driver.manage().window().setRect(outer);
          await sleep(50 * tries);
          const [iw, ih] = await evaluate(() => [innerWidth, innerHeight]);
          if (iw === width && ih === height) return;
          const rect = await driver.manage().window().getRect();
          outer = { width: rect.width + width - iw, height: rect.height + height - ih };
        }
        throw new Error(`webkit: the viewport did not take the size ${width}×${height}`);
      }),
      screenshot: on(async (path) => {
        await writeFile(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
      }),
      download: (selector, text) => downloadToFolder(downloads, () => page.click(selector, text)),
      problems: on(async () => {
        const { trapped, url, problems, requests } = await readTrap();
        // Without the trap nothing would be caught: that is a failure, never a silent pass.
        const found = trapped ? [...problems] : [`webkit: no error trap on ${url}, so its console was not read`];
        for (const url of requests) if (!seen.has(url) && foreign(url, origins)) found.push(`foreign request: ${url}`);
        requests.forEach((u) => seen.add(u));
        return found;
      }),
      close: on(async () => {
        await driver.close();
        active = null;
      }),
      // A window the page opens is a new window handle.
      popup: on(async (action) => {
        const before = new Set(await driver.getAllWindowHandles());
        await action();
        const until = Date.now() + 15000;
        for (;;) {
          const fresh = (await driver.getAllWindowHandles()).filter((h) => !before.has(h));
          if (fresh.length === 1) return windowPage(fresh[0]);
          if (Date.now() > until) throw new Error(`webkit: no new window after the action (${fresh.length} new)`);
          await sleep(100);
        }
      }),
    });
    return page;
  };
  const page = windowPage(active);
  await page.resize(viewport.width, viewport.height);
  return {
    name: 'webkit',
    version: `WebKitGTK ${version}`,
    page,
    // The browser answers its driver (the UI process does even when a page's content hangs).
    alive: () => driver.getAllWindowHandles().then(() => true, () => false),
    async close() {
      // A browser that no longer answers may never confirm it quit: its processes go all the same.
      try { await Promise.race([driver.quit(), sleep(10000)]); } finally { await stopDriver(); }
    },
  };
}
