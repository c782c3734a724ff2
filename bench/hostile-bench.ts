import { analyse } from "../src/analysis/engine";
import type { SnapshotParagraph } from "../src/analysis/snapshot";
import { forgetReadings } from "../src/analysis/language";
import { defaultPack } from "../src/guidance";

/**
 * Growth on hostile paragraphs: each is checked at 20,000 and 200,000 characters, and the ratio
 * of the two times is printed. Linear work gives about 10; the quadratic patterns these replaced
 * gave 100 to 700. Peak memory is the process's resident high-water mark after the run.
 */
const HOSTILE: [string, (n: number) => string][] = [
  ["spaces", (n) => `${" ".repeat(n)}x`],
  ["full stops", (n) => `${".".repeat(n)}x`],
  ["dashes", (n) => `${"-".repeat(n)}x`],
  ["unclosed quotes", (n) => "\u201c".repeat(n)],
  ["letters, no @", (n) => "a".repeat(n)],
  ["spaced slashes", (n) => " / ".repeat(n / 3)],
  [
    "quoted prose",
    (n) => Array.from({ length: n / 40 }, (_, i) => `Maya said \u201cI like school ${i}\u201d.`).join(" "),
  ],
];

const paragraph = (text: string, styleBuiltIn = "Normal"): SnapshotParagraph => ({
  text,
  styleBuiltIn,
  outlineLevel: styleBuiltIn === "Heading2" ? 2 : null,
  bold: false,
  colour: null,
  inTable: false,
  inList: false,
  contentControlTag: null,
});

function timeOf(text: string): number {
  forgetReadings();
  const snapshot = { paragraphs: [paragraph("Pen Picture of the child", "Heading2"), paragraph(text)] };
  const started = performance.now();
  analyse(snapshot, { pack: defaultPack, childName: "Maya" });
  return performance.now() - started;
}

export function benchHostile(): string[] {
  const lines = ["Hostile paragraphs: check time at 20,000 → 200,000 characters (10× the input)"];
  let worst = { name: "", ms: 0 };
  for (const [name, make] of HOSTILE) {
    const small = timeOf(make(20_000));
    const large = timeOf(make(200_000));
    if (large > worst.ms) worst = { name, ms: large };
    lines.push(
      `  ${name.padEnd(16)} ${small.toFixed(0).padStart(6)} ms → ${large.toFixed(0).padStart(6)} ms  ×${(large / small).toFixed(1)}`,
    );
  }
  lines.push(
    `  worst: ${worst.name}, ${worst.ms.toFixed(0)} ms; peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  return lines;
}
