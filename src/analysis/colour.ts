/**
 * Whether a font colour counts as the colour the guidance asks for. Workers pick blue or red from
 * Word's palette, which offers several shades ("Blue" #0070C0, "Dark Blue" #002060, "Red"
 * #FF0000, "Dark Red" #C00000): any clearly blue or red shade is the guidance's blue or red.
 */
export function isShadeOf(actual: string | null | undefined, required: string): boolean {
  if (!actual || actual === "mixed") return false;
  if (actual.toUpperCase() === required.toUpperCase()) return true;
  const a = toHsl(actual);
  const r = toHsl(required);
  if (!a || !r) return false;
  // Greys and near-black or near-white text have no real hue.
  if (a.saturation < 0.45 || a.lightness < 0.12 || a.lightness > 0.8) return false;
  return hueBand(a.hue) === hueBand(r.hue);
}

/** The colour names people use, as bands of hue: Word's "Blue" (205°) and pure blue (240°) are both blue. */
const HUE_BANDS: [name: string, upTo: number][] = [
  ["red", 15],
  ["orange", 45],
  ["yellow", 70],
  ["green", 170],
  ["cyan", 195],
  ["blue", 255],
  ["purple", 290],
  ["magenta", 345],
  ["red", 360],
];

function hueBand(hue: number): string {
  return HUE_BANDS.find(([, upTo]) => hue < upTo)?.[0] ?? "red";
}

function toHsl(hex: string): { hue: number; saturation: number; lightness: number } | null {
  const digits = /^#?([0-9a-f]{6})$/i.exec(hex.trim())?.[1];
  if (!digits) return null;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const delta = max - min;
  if (delta === 0) return { hue: 0, saturation: 0, lightness };
  const saturation = delta / (1 - Math.abs(2 * lightness - 1));
  const sector = max === r ? ((g - b) / delta) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  const hue = (sector * 60 + 360) % 360;
  return { hue, saturation, lightness };
}
