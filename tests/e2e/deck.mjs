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
