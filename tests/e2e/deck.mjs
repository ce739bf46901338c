// What the deck tests measure on a slide, in any engine: the functions that read the page run
// in it with `evaluate`; the colour judgements run here, on what they read.
import { contrast } from './colour.mjs';

/**
 * Whether the slide on screen fits: nothing clipped, spilling out of the slide's canvas or the
 * window, or scrolling; and its smallest body text, in CSS px and as a share of the window's height.
 */
export function slideFit() {
  const slide = document.querySelector('.deck .slide');
  const box = slide.getBoundingClientRect();
  const over = [...slide.querySelectorAll('*')].filter((el) => {
    const r = el.getBoundingClientRect();
    return el.checkVisibility() && r.width > 0 && r.height > 0
      && (r.bottom > box.bottom + 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.left < box.left - 1
        || r.right > innerWidth + 1 || r.left < -1 || r.bottom > innerHeight + 1);
  }).map((el) => `${el.tagName}.${el.className?.baseVal ?? el.className}`);
  const text = [...slide.querySelectorAll('p, li, span')].filter((el) => el.textContent.trim() && el.checkVisibility());
  const smallest = Math.min(...text.map((el) => parseFloat(getComputedStyle(el).fontSize)), Infinity);
  return {
    clipped: slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1,
    over,
    smallest,
    share: smallest / innerHeight,
    pageScrolls: document.documentElement.scrollHeight > innerHeight + 1,
  };
}

/**
 * Whether the deck's bar fits: its visible text (the slide number, a slide number being typed)
 * and its smallest size in CSS px; its parts (number, buttons, typed number) outside the window
 * or overlapping one another or the slide's stage; and whether it clips or scrolls. Text hidden
 * for the eyes (a button's name) is not on screen, so not measured.
 */
export function barFit() {
  const bar = document.querySelector('.deck__bar');
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    return el.checkVisibility() && r.width > 1 && r.height > 1;
  };
  const texts = [...bar.querySelectorAll('*')].filter((el) => shown(el)
    && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()));
  const parts = [...bar.querySelectorAll('.deck__counter, .deck__button, .deck__jump')].filter(shown);
  const boxes = parts.map((el) => ({ what: `${el.className} ${el.getAttribute('aria-label') ?? (el.title || el.textContent.trim())}`, r: el.getBoundingClientRect() }));
  const crosses = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  const overlaps = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => { if (crosses(a.r, b.r)) overlaps.push(`${a.what} × ${b.what}`); }));
  const stage = document.querySelector('.deck__stage, .overview')?.getBoundingClientRect();
  return {
    texts: texts.map((el) => el.textContent.trim()),
    smallest: Math.min(...texts.map((el) => parseFloat(getComputedStyle(el).fontSize)), Infinity),
    outside: boxes.filter(({ r }) => r.left < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1).map((b) => b.what),
    overlaps,
    underStage: !stage || bar.getBoundingClientRect().top >= stage.bottom - 1,
    clipped: bar.scrollWidth > bar.clientWidth + 1 || bar.scrollHeight > bar.clientHeight + 1,
    height: bar.getBoundingClientRect().height / innerHeight,
  };
}

/** The smallest body text a slide may use in a window `height` CSS px high: 4 % of it. */
export const minimumType = (height) => 0.04 * height;

/**
 * The colours of the slide on screen, read once for both projector checks: every visible text
 * element's colour and the background behind it, and every chart mark's paint and its chart's
 * background (the pictograms' groups take their colour from `color`; bars fill or stroke).
 * Colours are the computed `rgb(…)` strings.
 */
export function slideColours() {
  const behind = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (!/^transparent$|^rgba\(.*,\s*0\)$/.test(c)) return c;
    }
    return 'rgb(255, 255, 255)';
  };
  const markPaint = (el) => {
    const style = getComputedStyle(el);
    if (el.getAttribute('color') === '#0B2545') return style.color;
    return el.getAttribute('fill') === '#0B2545' ? style.fill : style.stroke;
  };
  const slide = document.querySelector('.deck .slide');
  const texts = [...slide.querySelectorAll('*')].filter((el) => el.checkVisibility() && !(el instanceof SVGElement)
    && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()));
  const marks = [...slide.querySelectorAll('svg [fill="#0B2545"], svg [stroke="#0B2545"], svg g[color="#0B2545"]')];
  return {
    texts: texts.map((el) => ({ what: `${el.tagName} "${el.textContent.trim().slice(0, 30)}"`, colour: getComputedStyle(el).color, behind: behind(el) })),
    marks: marks.map((el) => ({ what: `${el.tagName} mark`, colour: markPaint(el), behind: behind(el.ownerSVGElement) })),
  };
}

/**
 * The slide as a washed-out projector shows it: 30 % white mixed into every colour in sRGB
 * (`color-mix(in srgb, colour 70%, white)`), text, marks and background alike. The lowest
 * contrast of any text against what is behind it, and of any chart mark against its chart's
 * background, with the worst offenders; from `slideColours()`.
 */
export function washedOut({ texts, marks }) {
  const wash = (c) => {
    const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3).map((v) => 0.7 * Number(v) + 76.5);
    return `rgb(${r}, ${g}, ${b})`;
  };
  const ratios = (list) => list.map(({ what, colour, behind }) => ({
    what,
    ratio: /^rgba?\(/.test(colour) ? contrast(wash(colour), wash(behind)) : 0,
  }));
  const worst = (list) => list.reduce((w, x) => (x.ratio < w.ratio ? x : w), { ratio: Infinity });
  return { text: worst(ratios(texts)), marks: worst(ratios(marks)), texts: texts.length, markCount: marks.length };
}

/** Under forced colours, from `slideColours()`: text whose colour equals what is behind it, and
 * chart marks that vanish. */
export function forcedColoursVisible({ texts, marks }) {
  const same = (a, b) => a.replace(/\s/g, '') === b.replace(/\s/g, '');
  return {
    hidden: texts.filter((t) => same(t.colour, t.behind)).map((t) => t.what),
    marks: marks.length,
    vanished: marks.filter((m) => m.colour === 'none' || same(m.colour, m.behind)).length,
  };
}
