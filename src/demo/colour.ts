/**
 * The document's own text colours, shown legibly on the simulated page. Word's dark mode shifts a
 * document's colours so that they can be read on a dark page; this does the same for both themes:
 * a colour that would fall below WCAG's 4.5:1 contrast against the page is darkened (light page)
 * or lightened (dark page) just enough to reach it. The document itself keeps its colour.
 */

type Rgb = [number, number, number];

function parse(hex: string): Rgb | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const value = match[1]!;
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as Rgb;
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(rgb: Rgb): number {
  return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}

/** The colour to draw document text of `colour` in on a page of `page`, at 4.5:1 or better. */
export function readableOn(colour: string, page: string, minimum = 4.5): string {
  const text = parse(colour);
  const background = parse(page);
  if (!text || !background) return colour;
  if (contrastRatio(text, background) >= minimum) return toHex(text);
  const target: Rgb = relativeLuminance(background) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  // Mix towards black (or white) in small steps: the hue stays recognisably blue or red.
  for (let step = 1; step <= 20; step++) {
    const mix = step / 20;
    const mixed = text.map((c, i) => c + (target[i]! - c) * mix) as Rgb;
    if (contrastRatio(mixed, background) >= minimum) return toHex(mixed);
  }
  return toHex(target);
}

/** A plain name for a colour in the status bar: the document's blue and red, or its code. */
export function colourName(colour: string | null): string {
  if (colour === null) return "automatic";
  if (colour === "#0000FF") return "blue";
  if (colour === "#FF0000") return "red";
  return colour;
}
