import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { nodeIo } from "../src/cli/index";
import { main } from "../src/cli/main";
import { toDocx } from "./cli-bench";
import { generateSummary } from "./generate";

/**
 * The caseload report over 500 generated .docx summaries (about 1,500 words each; every 25th a
 * copy of the one before, so the sibling check has pairs to find), in-process as
 * `case-summary report FOLDER --out report.html` runs: time, and the process's peak memory.
 */

const FILE_COUNT = 500;
const WORDS_PER_SUMMARY = 1500;

export async function benchReport(): Promise<string[]> {
  const folder = await mkdtemp(path.join(tmpdir(), "case-summary-report-bench-"));
  const outFolder = await mkdtemp(path.join(tmpdir(), "case-summary-report-out-"));
  try {
    let previous: Buffer | null = null;
    for (let i = 0; i < FILE_COUNT; i++) {
      const bytes: Buffer =
        i % 25 === 24 && previous ? previous : await toDocx(generateSummary(WORDS_PER_SUMMARY, i + 1));
      await writeFile(path.join(folder, `summary-${String(i + 1).padStart(3, "0")}.docx`), bytes);
      previous = bytes;
    }
    const out = path.join(outFolder, "report.html");
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    let messages = "";
    const start = performance.now();
    const exit = await main(["report", folder, "--out", out], {
      ...nodeIo(),
      stderr: { write: (text: string) => (messages += text), isTTY: false },
    });
    const ms = performance.now() - start;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const size = (await readFile(out)).length;
    const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
    const summaryLine = /wrote [^\n]*/.exec(messages)?.[0].replace(out, "report.html") ?? messages.trim();
    return [
      `Caseload report: ${FILE_COUNT} generated .docx summaries (about ${WORDS_PER_SUMMARY} words each), one run`,
      `  case-summary report --out report.html: ${(ms / 1000).toFixed(1)} s (exit ${exit}); report ${Math.round(size / 1024)} KB`,
      `  peak memory (resident): ${mb(peak)}, ${mb(peak - baseline)} above the start of the run`,
      `  ${summaryLine}`,
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
    await rm(outFolder, { recursive: true, force: true });
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
