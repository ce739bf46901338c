// Writes styles/preview.png, the image link previews show (og:image, 1200×630), from the built
// page: the hero and its four tiles as a reader sees them, without the controls.
//   make dist && node preview.mjs
import { fileURLToPath } from 'node:url';
import { start, open } from './harness.mjs';

const out = fileURLToPath(new URL('../../styles/preview.png', import.meta.url));
const env = await start();
try {
  const page = await open(env, { viewport: { width: 1200, height: 630 } });
  // The page's policy allows no inline style: the rule goes in through the style sheet's API.
  await page.evaluate(() => {
    const sheet = document.styleSheets[0];
    for (const rule of ['.hero__bar, .needs-js { display: none !important; }']) sheet.insertRule(rule, sheet.cssRules.length);
  });
  await page.screenshot({ path: out });
  if (page.problems.length) throw new Error(page.problems.join('\n'));
  console.log(`wrote ${out}`);
} finally {
  await env.stop();
}
