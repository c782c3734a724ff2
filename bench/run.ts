/**
 * npm run bench: prints the figures the README reports. Timings are measured here, never
 * asserted by tests.
 */
import { benchAnalysis } from "./analysis-bench";
import { benchBundle } from "./bundle-bench";
import { benchCli } from "./cli-bench";
import { benchDemo } from "./demo-bench";
import { benchHostile, benchHostileFiles } from "./hostile-bench";
import { benchReport } from "./report-bench";
import { benchWord } from "./word-bench";

async function main(): Promise<void> {
  const sections: (() => Promise<string[]> | string[])[] = [
    benchAnalysis,
    benchHostile,
    benchHostileFiles,
    benchWord,
    benchCli,
    benchReport,
    benchBundle,
    benchDemo,
  ];
  for (const section of sections) {
    const lines = await section();
    process.stdout.write(`${lines.join("\n")}\n\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
