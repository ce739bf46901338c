// Writes styles/preview.png, the image link previews show (og:image, 1200×630), from the built
// page: the hero and its four tiles as a reader sees them, without the controls; and beside it
// styles/preview.txt, the words it shows (see preview-view.mjs).
//   make dist && node preview.mjs
import { writeFile } from 'node:fs/promises';
import { start, open } from './harness.mjs';
import { PREVIEW_IMAGE, PREVIEW_VIEWPORT, PREVIEW_WORDS, heroWords, hideControls } from './preview-view.mjs';

const env = await start();
try {
  const page = await open(env, { viewport: PREVIEW_VIEWPORT });
  await hideControls(page);
  await page.screenshot({ path: PREVIEW_IMAGE });
  await writeFile(PREVIEW_WORDS, await heroWords(page));
  if (page.problems.length) throw new Error(page.problems.join('\n'));
  console.log(`wrote ${PREVIEW_IMAGE} and ${PREVIEW_WORDS}`);
} finally {
  await env.stop();
}
