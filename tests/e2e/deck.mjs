// What the deck tests measure on a slide, in any engine: run in the page with `evaluate`.

/** Whether the slide on screen fits: nothing clipped, spilling or scrolling, and its smallest text. */
export function slideFit() {
  const slide = document.querySelector('.slide');
  const over = [...slide.querySelectorAll('*')].filter((el) => {
    const r = el.getBoundingClientRect();
    return el.checkVisibility() && r.width > 0 && (r.bottom > slide.getBoundingClientRect().bottom + 1 || r.right > innerWidth + 1 || r.left < -1);
  }).map((el) => `${el.tagName}.${el.className}`);
  const text = [...slide.querySelectorAll('p, li, span')].filter((el) => el.textContent.trim() && el.checkVisibility());
  return {
    clipped: slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1,
    over,
    smallest: Math.min(...text.map((el) => parseFloat(getComputedStyle(el).fontSize)), Infinity),
    pageScrolls: document.documentElement.scrollHeight > innerHeight + 1,
  };
}

/** The smallest body text a slide may use at a window `width` wide, in CSS pixels. */
export const minimumType = (width) => (width >= 1920 ? 28 : 22);
