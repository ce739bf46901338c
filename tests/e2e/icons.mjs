// A unit chart's icons as the browser paints them: the key's icon and each unit (a `<use>` of the
// chart's one symbol), cell by cell of its grid.

/** Runs in the page (self-contained): the ink, in pixels of the marks' colour, in each cell of
 * the unit chart `#chart-{id}` as a screenshot of the viewport shows it (`[base64 PNG, id, value]`;
 * the chart on screen), cell by cell of its grid (read from its markup), for as many rows as
 * `value` icons take;
 * and the key icon's ink, the measure of one whole icon, in the key icon's colour (the style
 * sheet's, by theme and category). */
export async function cellInk([shot, id, value]) {
  const svg = document.querySelector(`#chart-${id} .chart__svg`);
  const image = new Image();
  image.src = `data:image/png;base64,${shot}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [image.width, image.height];
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  ctx.drawImage(image, 0, 0);
  const frame = svg.getBoundingClientRect();
  const pixels = image.width / innerWidth;
  const scale = (frame.width / svg.viewBox.baseVal.width) * pixels;
  // The grid as the chart draws it: the key's icon, then the units, each the symbol's box
  // centred in its cell, from the top left of the grid, a row at a time.
  const [key, ...units] = svg.querySelectorAll('use');
  const at = (use) => [Number(use.getAttribute('x')), Number(use.getAttribute('y'))];
  if (units.length < 2) throw new Error(`#chart-${id}: a grid needs two units to measure`);
  const [[firstX, firstY], [secondX]] = [at(units[0]), at(units[1])];
  const cell = secondX - firstX;
  const margin = (cell - Number(svg.querySelector('symbol').getAttribute('width'))) / 2;
  const [left, top] = [firstX - margin, firstY - margin];
  const columns = new Set(units.map((use) => at(use)[0])).size;
  const mark = getComputedStyle(key).color.match(/\d+/g).slice(0, 3).map(Number);
  const ink = (x, y) => {
    const size = Math.floor(cell * scale);
    const data = ctx.getImageData(Math.round(frame.x * pixels + x * scale), Math.round(frame.y * pixels + y * scale), size, size).data;
    let n = 0;
    for (let p = 0; p < data.length; p += 4) {
      if (Math.abs(data[p] - mark[0]) + Math.abs(data[p + 1] - mark[1]) + Math.abs(data[p + 2] - mark[2]) < 40) n += 1;
    }
    return n;
  };
  const cells = [];
  for (let i = 0; i < Math.ceil(value / columns) * columns; i += 1) cells.push(ink(left + (i % columns) * cell, top + Math.floor(i / columns) * cell));
  const [keyX, keyY] = at(key);
  return { colour: `rgb(${mark.join(', ')})`, key: ink(keyX - margin, keyY - margin), cells };
}

/** Whether each cell shows a whole icon (ink within 45 % of the key icon's: where an icon falls
 * between pixels changes how many show its colour in full, by up to a third at phone sizes; an
 * icon drawn at half the size would show a quarter), a part of one, or none, from `cellInk`; and
 * what `value` icons call for. */
export function cellsSeen({ key, cells }, value) {
  const seen = cells.map((n) => (Math.abs(n - key) <= key * 0.45 ? 'whole' : n > 4 ? 'part' : 'none'));
  const expected = cells.map((_, i) => (i + 1 <= value ? 'whole' : i < value ? 'part' : 'none'));
  return { seen, expected };
}
