// Colour arithmetic the theme and chart tests share.

/** The relative luminance contrast between two `rgb(...)` colours. */
export function contrast(a, b) {
  const lum = (c) => {
    const [r, g, b_] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b_;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
