import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { analyse } from "../src/analysis/engine";
import type { DocumentSnapshot, SnapshotParagraph } from "../src/analysis/snapshot";
import { main, type CliIo } from "../src/cli/main";
import { readDocument } from "../src/cli/readers";
import { builtInPacks } from "../src/analysis/built-in-packs";
import { generateSummary, wordsIn } from "./generate";
import { median } from "./measure";

/**
 * Command-line throughput: 200 generated .docx summaries, checked in-process as
 * `case-summary check *.docx --format json` would, with the time split into reading the files
 * and analysing them.
 */

const FILE_COUNT = 200;
const WORDS_PER_SUMMARY = 1500;
const RUNS = 3;

const HEADING_LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

function toDocxParagraph(p: SnapshotParagraph): Paragraph {
  const level = /^Heading([1-6])$/.exec(p.styleBuiltIn);
  const colour = p.colour && p.colour !== "mixed" ? p.colour.slice(1) : undefined;
  return new Paragraph({
    ...(level ? { heading: HEADING_LEVELS[Number(level[1]) - 1] } : {}),
    ...(p.inList ? { bullet: { level: 0 } } : {}),
    children: [new TextRun({ text: p.text, bold: p.bold === true, ...(colour ? { color: colour } : {}) })],
  });
}

export async function toDocx(snapshot: DocumentSnapshot): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({ sections: [{ children: snapshot.paragraphs.map(toDocxParagraph) }] }),
  );
}

function discardingIo(): CliIo {
  return {
    stdout: { write: () => true, isTTY: false },
    stderr: { write: () => true },
    readFile: (file) => readFile(file),
    env: {},
  };
}

export async function benchCli(): Promise<string[]> {
  const folder = await mkdtemp(path.join(tmpdir(), "case-summary-bench-"));
  try {
    const files: string[] = [];
    let words = 0;
    for (let i = 0; i < FILE_COUNT; i++) {
      const snapshot = generateSummary(WORDS_PER_SUMMARY, i + 1);
      words += wordsIn(snapshot);
      const file = path.join(folder, `summary-${String(i + 1).padStart(3, "0")}.docx`);
      await writeFile(file, await toDocx(snapshot));
      files.push(file);
    }

    const endToEnd: number[] = [];
    const reading: number[] = [];
    const analysing: number[] = [];
    let exitCode = 0;
    // One run first to warm up the JIT and the engine's caches of parsed options.
    for (let run = 0; run <= RUNS; run++) {
      let start = performance.now();
      exitCode = await main(["check", ...files, "--format", "json"], discardingIo());
      const whole = performance.now() - start;

      start = performance.now();
      const snapshots: DocumentSnapshot[] = [];
      for (const file of files) snapshots.push(await readDocument(file, await readFile(file)));
      const read = performance.now() - start;

      start = performance.now();
      for (const snapshot of snapshots) analyse(snapshot, { packs: builtInPacks });
      const analysed = performance.now() - start;

      if (run > 0) {
        endToEnd.push(whole);
        reading.push(read);
        analysing.push(analysed);
      }
    }

    const total = median(endToEnd);
    const perFile = (ms: number) => (ms / FILE_COUNT).toFixed(2);
    return [
      `CLI throughput: ${FILE_COUNT} generated .docx summaries (about ${Math.round(words / FILE_COUNT)} words each), median of ${RUNS} runs`,
      `  case-summary check --format json: ${total.toFixed(0)} ms, ${((FILE_COUNT * 1000) / total).toFixed(0)} files/s, ${perFile(total)} ms per file${exitCode === 2 ? " (WARNING: some files could not be checked)" : ""}`,
      `  reading .docx: ${perFile(median(reading))} ms per file; analysis: ${perFile(median(analysing))} ms per file`,
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

// `npx tsx bench/cli-bench.ts` runs this section alone.
if (process.argv[1] && /cli-bench\.ts$/.test(process.argv[1])) {
  benchCli().then(
    (lines) => process.stdout.write(`${lines.join("\n")}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
