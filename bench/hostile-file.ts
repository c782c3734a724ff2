/**
 * One run of the command line over the files named, in a process of its own, so its peak memory
 * is its own: prints {"ms", "peakMb", "code"} as JSON. Used by hostile-bench.ts.
 */
import { nodeIo } from "../src/cli";
import { main } from "../src/cli/main";

const quiet = { write: () => {} };
const started = performance.now();
main(["check", ...process.argv.slice(2)], {
  ...nodeIo(),
  stdout: { ...quiet, isTTY: false },
  stderr: quiet,
}).then((code) => {
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, code }));
});
