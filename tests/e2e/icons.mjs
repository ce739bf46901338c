// A unit chart's icons, read from its SVG: the key's icon and a part icon are `<use>`s of the
// icon's symbol; the whole units are rectangles filled with a pattern of it, one icon a cell.

/** Runs in the page (self-contained, as every engine's driver sends it as text): what draws icons
 * in an `<svg>` element, or in SVG markup given as text. */
export function svgParts(root) {
  if (typeof root === 'string') root = new DOMParser().parseFromString(root, 'image/svg+xml').documentElement;
  const n = (el, a) => Number(el.getAttribute(a));
  const patterns = {};
  for (const p of root.querySelectorAll('pattern')) {
    const inner = p.querySelector('use');
    patterns[p.id] = {
      x: n(p, 'x'), y: n(p, 'y'), width: n(p, 'width'), height: n(p, 'height'), units: p.getAttribute('patternUnits'),
      inner: inner && { href: inner.getAttribute('href'), x: n(inner, 'x'), y: n(inner, 'y') },
    };
  }
  const clipped = (el) => !!el.parentElement?.closest('[clip-path]');
  const at = (el) => ({ x: n(el, 'x'), y: n(el, 'y'), clipped: clipped(el) });
  return {
    patterns,
    // In document order: a `<use>` outside a pattern, or a rectangle filled with one.
    marks: [...root.querySelectorAll('use, rect[fill^="url(#"]')].filter((el) => !el.closest('pattern')).map((el) => (el.localName === 'use'
      ? { href: el.getAttribute('href'), ...at(el) }
      : { fill: el.getAttribute('fill'), ...at(el), width: n(el, 'width'), height: n(el, 'height') })),
  };
}

/** Every icon the parts draw, in document order, a filled rectangle's cells row by row. Throws
 * if a rectangle names no pattern of an icon or does not hold whole cells on its grid. */
export function iconsOf({ patterns, marks }) {
  const icons = [];
  for (const m of marks) {
    if (m.href !== undefined) {
      icons.push({ href: m.href, x: m.x, y: m.y, clipped: m.clipped });
      continue;
    }
    const p = patterns[m.fill.slice(5, -1)];
    if (!p?.inner) throw new Error(`${m.fill} names no pattern of an icon`);
    const whole = (v) => Number.isInteger(v);
    if (p.units !== 'userSpaceOnUse' || p.width !== p.height || !whole((m.x - p.x) / p.width) || !whole((m.y - p.y) / p.height)
      || !whole(m.width / p.width) || !whole(m.height / p.height)) throw new Error(`${m.fill}: a rectangle off its grid`);
    for (let row = 0; row < m.height / p.height; row += 1) {
      for (let col = 0; col < m.width / p.width; col += 1) {
        icons.push({ href: p.inner.href, x: m.x + col * p.width + p.inner.x, y: m.y + row * p.height + p.inner.y, clipped: m.clipped });
      }
    }
  }
  return icons;
}
