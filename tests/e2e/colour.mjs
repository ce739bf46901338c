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

/** Runs in the page: draws an image file (`[mime type, base64 data]`) on a canvas and counts its
 * pixels in colour (a channel spread over 60), so icons that render show up. Self-contained, as
 * every engine's driver sends it to the page as text. */
export async function colouredPixels([type, data]) {
  const image = new Image();
  image.src = `data:${type};base64,${data}`;
  await image.decode();
  const canvas = Object.assign(document.createElement('canvas'), { width: image.naturalWidth, height: image.naturalHeight });
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let coloured = 0;
  for (let i = 0; i < pixels.length; i += 4) if (Math.max(pixels[i], pixels[i + 1], pixels[i + 2]) - Math.min(pixels[i], pixels[i + 1], pixels[i + 2]) > 60) coloured += 1;
  return { width: image.naturalWidth, height: image.naturalHeight, coloured };
}
