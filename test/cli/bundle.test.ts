import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { structureOnlyPack, summaryDocx } from "./helpers";

/**
 * End to end: builds the command line with its own webpack config (as `npm install` does) into a
 * temporary copy of the package layout, then runs bin/case-summary.js as a worker would.
 */

const root = path.resolve(__dirname, "../..");
let work: string;

function caseSummary(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(work, "bin", "case-summary.js"), ...args], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "case-summary-cli-"));
  const build = spawnSync(
    process.execPath,
    [
      path.join(root, "node_modules", "webpack-cli", "bin", "cli.js"),
      "--config",
      path.join(root, "webpack.cli.config.js"),
      "--mode",
      "production",
      "--output-path",
      path.join(work, "dist", "cli"),
    ],
    { cwd: root, encoding: "utf8" },
  );
  if (build.status !== 0) throw new Error(`webpack failed:\n${build.stdout}\n${build.stderr}`);
  mkdirSync(path.join(work, "bin"));
  copyFileSync(path.join(root, "bin", "case-summary.js"), path.join(work, "bin", "case-summary.js"));
  writeFileSync(path.join(work, "complete.docx"), await summaryDocx());
  writeFileSync(path.join(work, "no-safety-plan.docx"), await summaryDocx({ leaveOut: ["safety-plan"] }));
  writeFileSync(path.join(work, "pack.json"), JSON.stringify(structureOnlyPack()));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the built command line", () => {
  it("exits 0 for a complete summary", () => {
    const run = caseSummary("check", "complete.docx", "--template", "pack.json");
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Nothing to change");
    expect(run.code).toBe(0);
  });

  it("exits 1 and prints JSON when something required is missing", () => {
    const run = caseSummary("check", "no-safety-plan.docx", "--template", "pack.json", "--format", "json");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { findings: { rule: string; section: string }[] }[] };
    expect(report.files[0]!.findings).toEqual([
      expect.objectContaining({ rule: "section-missing", section: "safety-plan" }),
    ]);
  });

  it("exits 2 when a file is missing, after checking the others", () => {
    const run = caseSummary("check", "complete.docx", "absent.docx", "--template", "pack.json");
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("complete.docx");
    expect(run.stderr).toContain("absent.docx was not found");
  });

  it("runs the checks that read language (ESM-only packages bundled)", () => {
    const run = caseSummary("check", "no-safety-plan.docx", "--format", "json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
  });

  it("tells the worker to run npm install when it has not been built", () => {
    const unbuilt = mkdtempSync(path.join(tmpdir(), "case-summary-unbuilt-"));
    mkdirSync(path.join(unbuilt, "bin"));
    copyFileSync(path.join(root, "bin", "case-summary.js"), path.join(unbuilt, "bin", "case-summary.js"));
    const result = spawnSync(
      process.execPath,
      [path.join(unbuilt, "bin", "case-summary.js"), "check", "x.docx"],
      {
        encoding: "utf8",
      },
    );
    rmSync(unbuilt, { recursive: true, force: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("run npm install");
  });
});
