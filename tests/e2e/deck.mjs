// What the deck tests measure on a slide, in any engine: run in the page with `evaluate`.

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

/** The smallest body text a slide may use in a window `height` CSS px high: 4 % of it. */
export const minimumType = (height) => 0.04 * height;

/**
 * The slide on screen as a washed-out projector shows it: 30 % white mixed into every colour in
 * sRGB (`color-mix(in srgb, colour 70%, white)`), text, marks and background alike. Returns the
 * lowest contrast of any text against what is behind it, and of any chart mark against the
 * chart's background, with the worst offenders.
 */
export function washedOut() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const wash = ({ r, g, b }) => ({ r: 0.7 * r + 76.5, g: 0.7 * g + 76.5, b: 0.7 * b + 76.5 });
  const luminance = ({ r, g, b }) => {
    const f = (v) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (x, y) => {
    const [hi, lo] = [luminance(wash(x)), luminance(wash(y))].sort((p, q) => q - p);
    return (hi + 0.05) / (lo + 0.05);
  };
  const behind = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) return c;
    }
    return { r: 255, g: 255, b: 255 };
  };
  // A chart's marks: the pictograms' groups take their colour from `color`; bars fill or stroke.
  const MARKS = 'svg [fill="#0B2545"], svg [stroke="#0B2545"], svg g[color="#0B2545"]';
  const markPaint = (el) => {
    const style = getComputedStyle(el);
    if (el.getAttribute('color') === '#0B2545') return style.color;
    return el.getAttribute('fill') === '#0B2545' ? style.fill : style.stroke;
  };
  const slide = document.querySelector('.deck .slide');
  const texts = [...slide.querySelectorAll('*')].filter((el) => el.checkVisibility() && !(el instanceof SVGElement)
    && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()));
  const text = texts.map((el) => ({ what: `${el.tagName} "${el.textContent.trim().slice(0, 30)}"`, ratio: contrast(parse(getComputedStyle(el).color), behind(el)) }));
  const marks = [...slide.querySelectorAll(MARKS)].map((el) => {
    const paint = parse(markPaint(el));
    return { what: `${el.tagName} mark`, ratio: paint ? contrast(paint, behind(el.ownerSVGElement)) : 0 };
  });
  const worst = (list) => list.reduce((w, x) => (x.ratio < w.ratio ? x : w), { ratio: Infinity });
  return { text: worst(text), marks: worst(marks), texts: text.length, markCount: marks.length };
}

/** Under forced colours: text whose colour equals what is behind it, and chart marks that vanish. */
export function forcedColoursVisible() {
  const MARKS = 'svg [fill="#0B2545"], svg [stroke="#0B2545"], svg g[color="#0B2545"]';
  const markPaint = (el) => {
    const style = getComputedStyle(el);
    if (el.getAttribute('color') === '#0B2545') return style.color;
    return el.getAttribute('fill') === '#0B2545' ? style.fill : style.stroke;
  };
  const slide = document.querySelector('.deck .slide');
  const same = (a, b) => a.replace(/\s/g, '') === b.replace(/\s/g, '');
  const behind = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
    }
    return 'rgb(255, 255, 255)';
  };
  const hidden = [...slide.querySelectorAll('*')].filter((el) => el.checkVisibility() && !(el instanceof SVGElement)
    && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()))
    .filter((el) => same(getComputedStyle(el).color, behind(el)))
    .map((el) => `${el.tagName} "${el.textContent.trim().slice(0, 30)}"`);
  const marks = [...slide.querySelectorAll(MARKS)];
  const vanished = marks.filter((el) => {
    const paint = markPaint(el);
    return paint === 'none' || same(paint, behind(el.ownerSVGElement));
  }).length;
  return { hidden, marks: marks.length, vanished };
}
