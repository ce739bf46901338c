// `make wasm-parts`: what the wasm spends its bytes on, by part. Reads `twiggy top -f csv` of
// wasm-bindgen's output before wasm-opt (names kept) on standard input, and puts each function and
// data segment in a part by its name. The parts are the README's ("Size and speed").
import { text } from 'node:stream/consumers';

const PARTS = [
  ['Data: the article, the notes and interface words, strings, tables', /^data segment/],
  ['wasm-bindgen, js-sys, web-sys', /wasm_bindgen|js_sys|web_sys|__wbindgen|__wbg|gloo/],
  ['The app: charts, downloads, derived values, numbers (plotters included)', /hsi_infographic::(charts|export|derived)|chart_figure|derived_list|plotters|hsi_content::decimal/],
  ['The app: present mode (deck, console, notes, slide planner)', /hsi_infographic.*(presentation|slides|notes|console|overview|Presentation|Console)/],
  ['Decoding the article (serde, postcard, the content model)', /hsi_content|serde|postcard|cobs/],
  ['The app: page, cards, share, routing, browser calls, start', /hsi_infographic/],
  ['Yew: its runtime, and the code it makes for each component', /yew|implicit_clone|indexmap|slab|bincode|tokise|console_error_panic_hook|tracing/],
  ["Rust's standard library (formatting, strings, `Rc`, drops, collections) and talc", /core\[|alloc\[|std\[|compiler_builtins|talc|hashbrown|core::|alloc::|std::|<char>|<str|<u\d|<i\d|<usize|<bool|__rust|lock_api|allocator_api2|memcpy|memset|memmove|memcmp|rust_/],
];
const OTHER = 'Unattributed (inlined generics, import shims)';

const sizes = new Map([...PARTS.map(([part]) => [part, 0]), [OTHER, 0]]);
const rows = (await text(process.stdin)).trim().split('\n').slice(1);
for (const row of rows) {
  // Name,ShallowSize,…: the name is quoted when it holds a comma, with quotes doubled.
  const match = row.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
  if (!match) throw new Error(`not a row of twiggy's CSV: ${row}`);
  const name = match[1].replace(/^"|"$/g, '').replaceAll('""', '"');
  if (/subsection|custom section/.test(name)) continue;
  const part = PARTS.find(([, pattern]) => pattern.test(name))?.[0] ?? OTHER;
  sizes.set(part, sizes.get(part) + Number(match[2]));
}
const total = [...sizes.values()].reduce((a, b) => a + b, 0);
if (!total) throw new Error('no rows: is this twiggy top -f csv?');
for (const [part, size] of [...sizes].sort((a, b) => b[1] - a[1])) {
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB ${((100 * size) / total).toFixed(1).padStart(5)} %  ${part}`);
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB         in all, before wasm-opt`);
