// Saves screenshots of the built app at the sizes the README and reviews use:
//   node screenshots.mjs [outdir]   (default: ../../target/screenshots)
// tests/e2e/screenshots/overview-1280x800.png, shown in the README, is one of them.
import { mkdir } from 'node:fs/promises';
import { start, open } from './harness.mjs';

const out = process.argv[2] ?? new URL('../../target/screenshots/', import.meta.url).pathname;
await mkdir(out, { recursive: true });
const env = await start();
try {
  for (const [width, height] of [[1280, 800], [1024, 768], [375, 812], [1920, 1080]]) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await open(env, { viewport: { width, height }, colorScheme });
      const name = `${out}/overview-${width}x${height}${colorScheme === 'dark' ? '-dark' : ''}.png`;
      await page.screenshot({ path: name });
      await page.click('text=Open all');
      await page.screenshot({ path: name.replace('overview', 'open-all'), fullPage: true });
      if (page.problems.length) throw new Error(page.problems.join('\n'));
      await page.context().close();
    }
  }
  console.log(`screenshots in ${out}`);
} finally {
  await env.stop();
}
