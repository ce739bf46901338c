// The link-preview image's view of the page (styles/preview.png, 1200×630): the hero and its four
// tiles without the controls. preview.mjs draws it, and writes beside it the words it shows
// (styles/preview.txt); tiles.test.mjs checks those words against the page as built, so a hero
// changed without `make preview` fails the suite rather than ship a stale image.
import { fileURLToPath } from 'node:url';

export const PREVIEW_VIEWPORT = { width: 1200, height: 630 };
export const PREVIEW_IMAGE = fileURLToPath(new URL('../../styles/preview.png', import.meta.url));
export const PREVIEW_WORDS = fileURLToPath(new URL('../../styles/preview.txt', import.meta.url));

/** Hides the controls, as the image shows the hero. The page's policy allows no inline style: the
 * rule goes in through the style sheet's API. */
export async function hideControls(page) {
  await page.evaluate(() => {
    const sheet = document.styleSheets[0];
    sheet.insertRule('.hero__bar, .needs-js { display: none !important; }', sheet.cssRules.length);
  });
}

/** The words the hero shows once its controls are hidden, a line per block, spaces folded. */
export function heroWords(page) {
  return page.evaluate(() => document.querySelector('.hero').innerText
    .split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n') + '\n');
}
