import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyse } from "../src/analysis/engine";
import { readDocument } from "../src/cli/readers";
import { builtInPacks } from "../src/analysis/built-in-packs";
import { CASELOAD_TODAY, generateCaseload, siblingPairsIn } from "./caseload";
import { buildCommandLine } from "../test/cli/build-command-line";
import { toDocx } from "./cli-bench";

/**
 * The caseload report over 500 generated .docx summaries of about 1,500 words, each child's own
 * (bench/caseload.ts: their names, family and sentences, with ten true sibling pairs), run as a
 * team manager runs it: the command line built as `npm install` builds it, then
 * `case-summary report FOLDER --out report.html` in its own process. Time and the process's peak
 * memory (its worker threads included), on the computer's cores and then on one thread; and the
 * checks' own cost per summary, in this process.
 */

const FILE_COUNT = 500;
const WORDS_PER_SUMMARY = 1500;
/** Summaries whose checks alone are timed, in this process. */
const ENGINE_SAMPLE = 100;

/** Writes the process's peak resident memory (all its threads) to a file as it exits. */
const PEAK_PROBE = `process.on("exit", () => require("fs").writeFileSync(process.env.PEAK_FILE, String(process.resourceUsage().maxRSS * 1024)));\n`;

interface Run {
  ms: number;
  peak: number;
  exit: number | null;
  stderr: string;
}

function runReport(
  bin: string,
  probe: string,
  args: string[],
  env: Record<string, string>,
  peakFile: string,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["--require", probe, bin, ...args], {
      env: { ...process.env, ...env, PEAK_FILE: peakFile },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", reject);
    child.on("close", (exit) => {
      const ms = performance.now() - start;
      readFile(peakFile, "utf8").then((peak) => resolve({ ms, peak: Number(peak), exit, stderr }), reject);
    });
  });
}

export async function benchReport(): Promise<string[]> {
  const work = await mkdtemp(path.join(tmpdir(), "case-summary-report-bench-"));
  try {
    const folder = path.join(work, "caseload");
    mkdirSync(folder);
    const caseload = generateCaseload(FILE_COUNT, WORDS_PER_SUMMARY);
    const files: string[] = [];
    for (const [i, summary] of caseload.entries()) {
      const file = path.join(folder, `summary-${String(i + 1).padStart(3, "0")}.docx`);
      await writeFile(file, await toDocx(summary));
      files.push(file);
    }
    const bin = buildCommandLine(path.join(work, "package"));
    const probe = path.join(work, "peak.js");
    await writeFile(probe, PEAK_PROBE);
    const out = path.join(work, "report.html");
    const args = ["report", folder, "--out", out, "--today", CASELOAD_TODAY];

    const threaded = await runReport(bin, probe, args, {}, path.join(work, "peak-threads"));
    const size = (await readFile(out)).length;
    const single = await runReport(
      bin,
      probe,
      args,
      { CASE_SUMMARY_REPORT_THREADS: "0" },
      path.join(work, "peak-one"),
    );

    // The checks alone, a summary at a time, as the report's threads run them.
    const snapshots = await Promise.all(
      files.slice(0, ENGINE_SAMPLE).map(async (file) => readDocument(file, await readFile(file))),
    );
    const today = new Date(CASELOAD_TODAY);
    const engineStart = performance.now();
    for (const snapshot of snapshots) analyse(snapshot, { packs: builtInPacks, today });
    const engineMs = (performance.now() - engineStart) / snapshots.length;

    const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const wrote = (run: Run) =>
      /wrote [^\n]*/.exec(run.stderr)?.[0].replace(out, "report.html") ?? run.stderr.trim();
    return [
      `Caseload report: ${FILE_COUNT} generated .docx summaries (about ${WORDS_PER_SUMMARY} words each, each child's own; ${siblingPairsIn(FILE_COUNT)} sibling pairs written from one text), the built command line`,
      `  case-summary report --out report.html: ${s(threaded.ms)} (exit ${threaded.exit}), peak memory ${mb(threaded.peak)} resident; report ${Math.round(size / 1024)} KB`,
      `  on one thread (CASE_SUMMARY_REPORT_THREADS=0): ${s(single.ms)} (exit ${single.exit}), peak memory ${mb(single.peak)}`,
      `  the checks alone: ${engineMs.toFixed(1)} ms a summary (${ENGINE_SAMPLE} summaries, in this process)`,
      `  ${wrote(threaded)}`,
    ];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// `npx tsx bench/report-bench.ts` runs this section alone.
if (process.argv[1] && /report-bench\.ts$/.test(process.argv[1])) {
  benchReport().then(
    (lines) => process.stdout.write(`${lines.join("\n")}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
