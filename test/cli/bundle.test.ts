import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildCommandLine } from "./build-command-line";
import { structureOnlyPack, summaryDocx } from "./helpers";
import { caseloadFolder, TODAY } from "./report-fixtures";

/**
 * End to end: builds the command line with its own webpack config (as `npm install` does) into a
 * temporary copy of the package layout, then runs bin/case-summary.js as a worker would.
 */

const root = path.resolve(__dirname, "../..");
let work: string;

function caseSummary(...args: string[]) {
  return caseSummaryWith({}, ...args);
}

function caseSummaryWith(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(work, "bin", "case-summary.js"), ...args], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "case-summary-cli-"));
  buildCommandLine(work);
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

describe("the built command line's caseload report", () => {
  let caseload: string;
  const rows = (html: string) =>
    [...html.matchAll(/<tr>\s*<td[^>]*><a[^>]*>[^<]*<\/a><br><small>([^<]*)<\/small>/g)].map((m) => m[1]);
  /** The report of the fixture folder written by the built command line with this many threads. */
  const report = (threads: string, format = "html") => {
    const out = path.join(work, `report-${threads}.${format}`);
    const run = caseSummaryWith(
      { CASE_SUMMARY_REPORT_THREADS: threads },
      "report",
      caseload,
      "--out",
      out,
      "--today",
      TODAY,
      "--format",
      format,
    );
    return { ...run, text: readFileSync(out, "utf8") };
  };

  beforeAll(async () => {
    caseload = await caseloadFolder();
  }, 60_000);
  afterAll(() => rmSync(caseload, { recursive: true, force: true }));

  it("writes the HTML report on worker threads: a row per summary, the copied pair, the corrupt file", () => {
    const run = report("2");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /wrote .*report-2\.html: 5 summaries, 1 sharing long passages, 1 could not be read/,
    );
    expect(rows(run.text)).toHaveLength(5);
    expect(rows(run.text).slice(0, 2).sort()).toEqual([
      "&lt;img src=x onerror=alert(1)&gt;.docx",
      "poor.docx",
    ]);
    expect(run.text).toMatch(/Files that could not be read \(1\)/);
    const shared = run.text.split("Summaries that share long passages</h2>")[1]!.split("<h2>")[0]!;
    expect(shared).toMatch(/\d+% of Maya's, \d+% of Noah's/);
    expect(run.text).toMatch(/14 March 2026<\/td>\s*<td data-sort="-\d+" class="bad">\d+ days overdue/);
    expect(run.text).not.toMatch(/https?:/i);
  });

  it("writes the same report whether the files are checked on threads or in one", () => {
    const threaded = report("2");
    const single = report("0");
    expect(single.code).toBe(threaded.code);
    expect(single.text).toBe(threaded.text);
    expect(report("2", "csv").text).toBe(report("0", "csv").text);
  });

  it("writes CSV on worker threads, a line per summary and per unreadable file", () => {
    const run = report("2", "csv");
    expect(run.code).toBe(1);
    const lines = run.text.split("\r\n").filter(Boolean);
    expect(lines[0]).toMatch(/^"File","Child","Template"/);
    expect(lines).toHaveLength(1 + 5 + 1);
    expect(lines.find((l) => l.includes("noah-copied.docx"))).toContain("maya.docx");
    expect(lines.find((l) => l.includes("corrupt.docx"))).toContain("Could not be read");
  });

  it("still writes the report when its worker threads cannot start", () => {
    const broken = mkdtempSync(path.join(tmpdir(), "case-summary-no-worker-"));
    mkdirSync(path.join(broken, "bin"));
    mkdirSync(path.join(broken, "dist", "cli"), { recursive: true });
    copyFileSync(path.join(work, "bin", "case-summary.js"), path.join(broken, "bin", "case-summary.js"));
    copyFileSync(
      path.join(work, "dist", "cli", "case-summary.js"),
      path.join(broken, "dist", "cli", "case-summary.js"),
    );
    // A worker script that fails as it starts (saying first that the command line started it).
    const started = path.join(broken, "started");
    writeFileSync(
      path.join(broken, "dist", "cli", "report-worker.js"),
      `require("fs").appendFileSync(${JSON.stringify(started)}, "x");\nthrow new Error("no thread");\n`,
    );
    const out = path.join(broken, "report.html");
    const run = spawnSync(
      process.execPath,
      [path.join(broken, "bin", "case-summary.js"), "report", caseload, "--out", out, "--today", TODAY],
      // Three threads: this one and two workers.
      { encoding: "utf8", env: { ...process.env, CASE_SUMMARY_REPORT_THREADS: "3" } },
    );
    const html = readFileSync(out, "utf8");
    const threadsStarted = readFileSync(started, "utf8").length;
    rmSync(broken, { recursive: true, force: true });
    expect(threadsStarted).toBe(2);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/5 summaries, 1 sharing long passages, 1 could not be read/);
    expect(html).toBe(report("0").text);
  });

  it("shows progress on stderr as files done of total for a large folder", () => {
    const large = mkdtempSync(path.join(tmpdir(), "caseload-large-"));
    for (let i = 1; i <= 120; i++) {
      const name = `Child ${String(i).padStart(3, "0")}`;
      writeFileSync(
        path.join(large, `${name}.md`),
        `# Case summary for ${name}\n\nUpdated: ${1 + (i % 28)} November 2026\n\n## Pen picture\n\n${name} is ${4 + (i % 12)} years old.\n`,
      );
    }
    const out = path.join(large, "..", `${path.basename(large)}.html`);
    const run = caseSummaryWith({}, "report", large, "--out", out, "--today", TODAY);
    const html = readFileSync(out, "utf8");
    rmSync(large, { recursive: true, force: true });
    rmSync(out, { force: true });
    expect(run.stderr).toContain("Read 100 of 120 files\n");
    expect(run.stderr).toContain("Read 120 of 120 files\n");
    expect(run.stderr).toMatch(/wrote .*: 120 summaries/);
    expect(rows(html)).toHaveLength(120);
  });
});
