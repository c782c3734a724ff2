import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/**
 * Builds the command line with its own webpack config (as `npm install` does) into a folder laid
 * out as the package is, and returns bin/case-summary.js there. Used by the end-to-end tests of
 * the built command line and by the caseload report's bench.
 */
export function buildCommandLine(into: string): string {
  const build = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules", "webpack-cli", "bin", "cli.js"),
      "--config",
      path.join(root, "webpack.cli.config.js"),
      "--mode",
      "production",
      "--output-path",
      path.join(into, "dist", "cli"),
    ],
    { cwd: root, encoding: "utf8" },
  );
  if (build.status !== 0) throw new Error(`webpack failed:\n${build.stdout}\n${build.stderr}`);
  mkdirSync(path.join(into, "bin"), { recursive: true });
  const bin = path.join(into, "bin", "case-summary.js");
  copyFileSync(path.join(root, "bin", "case-summary.js"), bin);
  return bin;
}
