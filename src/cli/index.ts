import { readFile } from "node:fs/promises";
import { main, type CliIo } from "./main";

/**
 * The command line's entry point, bundled by webpack.cli.config.js into dist/cli/case-summary.js
 * and started by bin/case-summary.js.
 */

export { main };

export function nodeIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path),
    env: process.env,
  };
}

export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // Output piped into `head` and the like may close early; that is not an error worth a stack trace.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
  try {
    process.exitCode = await main(argv, nodeIo());
  } catch (error) {
    process.stderr.write(
      `case-summary: something went wrong: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 2;
  }
}
