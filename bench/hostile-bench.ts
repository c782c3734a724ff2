import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyse } from "../src/analysis/engine";
import type { SnapshotParagraph } from "../src/analysis/snapshot";
import { forgetReadings } from "../src/analysis/language";
import { defaultPack } from "../src/analysis/built-in-packs";
import { summaryDocx } from "../test/cli/helpers";
import { HOSTILE_CASES } from "../test/cli/hostile-corpus";

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

interface FileRun {
  ms: number;
  peakMb: number;
  code: number;
}

/** The command line over one set of files, in a fresh process. */
function runFiles(files: string[]): FileRun {
  const child = path.join(__dirname, "hostile-file.ts");
  const output = execFileSync(process.execPath, ["--import", "tsx", child, ...files], {
    cwd: path.join(__dirname, ".."),
    encoding: "utf8",
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(output) as FileRun;
}

/**
 * Every input of the hostile-input corpus (test/cli/hostile-corpus.ts) through the command line,
 * each beside a good summary in a process of its own: the run's time and peak memory, beside a
 * run of the good summary alone, and the worst of them.
 */
export async function benchHostileFiles(): Promise<string[]> {
  const folder = mkdtempSync(path.join(tmpdir(), "case-summary-hostile-bench-"));
  try {
    const good = path.join(folder, "good.docx");
    writeFileSync(good, await summaryDocx());
    const alone = runFiles([good]);
    const lines = [
      `Hostile files: the command line over each, beside a good summary, in a fresh process (the good summary alone: ${alone.ms.toFixed(0)} ms, ${alone.peakMb.toFixed(0)} MB peak)`,
    ];
    let slowest = { name: "", ms: 0 };
    let largest = { name: "", mb: 0 };
    for (const hostile of HOSTILE_CASES) {
      const caseFolder = mkdtempSync(path.join(folder, "case-"));
      const args = await hostile.make(caseFolder);
      const run = runFiles([...args, good]);
      if (run.ms > slowest.ms) slowest = { name: hostile.name, ms: run.ms };
      if (run.peakMb > largest.mb) largest = { name: hostile.name, mb: run.peakMb };
      lines.push(
        `  ${hostile.name.slice(0, 72).padEnd(72)} ${run.ms.toFixed(0).padStart(6)} ms ${run.peakMb.toFixed(0).padStart(5)} MB  exit ${run.code}`,
      );
    }
    lines.push(
      `  slowest: ${slowest.name}, ${slowest.ms.toFixed(0)} ms; most memory: ${largest.name}, ${largest.mb.toFixed(0)} MB`,
    );
    return lines;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
