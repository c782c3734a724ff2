import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findSiblingPairs } from "../../src/analysis/siblings";
import { csvCell } from "../../src/cli/caseload-report";
import { nodeIo } from "../../src/cli/index";
import { main, type CliIo } from "../../src/cli/main";
import { caseloadFolder, TODAY } from "./report-fixtures";

function capture(base: CliIo = nodeIo(), stderrTty = false) {
  let out = "";
  let err = "";
  const io: CliIo = {
    ...base,
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t), isTTY: stderrTty },
  };
  return { io, out: () => out, err: () => err };
}

let folder: string;
let html: string;
let exit: number;
let stderr: string;
const outDir = mkdtempSync(path.join(tmpdir(), "caseload-out-"));

beforeAll(async () => {
  folder = await caseloadFolder();
  const run = capture();
  exit = await main(["report", folder, "--out", path.join(outDir, "report.html"), "--today", TODAY], run.io);
  stderr = run.err();
  html = readFileSync(path.join(outDir, "report.html"), "utf8");
}, 60_000);

const rowsOf = (text: string) => [...text.matchAll(/<tr>\s*<td data-sort="([^"]*)"/g)].map((m) => m[1]);

describe("case-summary report", () => {
  it("writes one row per summary read, worst first, and lists the corrupt file with its reason", () => {
    expect(rowsOf(html)).toHaveLength(5);
    expect(html).toContain("corrupt.docx");
    expect(html).toMatch(/Files that could not be read \(1\)/);
    // Overdue and missing-required summaries before the good, current one.
    // Those both undated or overdue and missing something required come first.
    const files = [...html.matchAll(/<tr>\s*<td[^>]*><a[^>]*>[^<]*<\/a><br><small>([^<]*)<\/small>/g)].map(
      (m) => m[1],
    );
    expect(files.slice(0, 2).sort()).toEqual(["&lt;img src=x onerror=alert(1)&gt;.docx", "poor.docx"]);
    expect(files).toHaveLength(5);
    expect(exit).toBe(1);
    expect(stderr).toMatch(/wrote .*report\.html: 5 summaries, 1 sharing long passages, 1 could not be read/);
  });

  it("says which summary is overdue and by how long, using the summary's own date", () => {
    expect(html).toMatch(/14 March 2026<\/td>\s*<td data-sort="-\d+" class="bad">\d+ days overdue/);
    expect(html).toMatch(/12 November 2026<\/td>\s*<td data-sort="\d+">Due in \d+ days/);
  });

  it("flags the copied sibling pair, and not the two summaries that only share the template", () => {
    const section = html.split("Summaries that share long passages</h2>")[1]!.split("<h2>")[0]!;
    expect(section).toContain("Maya");
    expect(section).toContain("Noah");
    for (const other of ["poor.docx", "overdue.docx", "onerror"]) expect(section).not.toContain(other);
    expect(section).toMatch(/\d+% of Maya's, \d+% of Noah's/);
  });

  it("lists required findings with short citations, linked from each row", () => {
    const anchors = [...html.matchAll(/<a href="#(summary-\d+)">/g)].map((m) => m[1]!);
    for (const id of anchors) expect(html).toContain(`<section id="${id}"`);
    expect(html).toMatch(/<cite>\(00\d §[\d.]+[^)]*\)<\/cite>/);
  });

  it("escapes a file name that holds HTML, and has no external reference", () => {
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;.docx");
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toContain("//");
    expect(html.replace(/&lt;img src=x/g, "")).not.toMatch(/src=/);
    expect(html).toContain("@page{size:A4");
    expect(html).toMatch(/<svg role="img" aria-labelledby="chart-title chart-desc"/);
  });

  it("holds no sentence of any summary beyond names, phrases and file names", () => {
    expect(html).toContain("holds no text of the summaries");
    expect(html).not.toContain("Early Help in 2022");
    expect(html).not.toContain("learned to watch adults closely");
  });

  it("writes CSV with every cell quoted and formulas defused", async () => {
    const out = path.join(outDir, "report.csv");
    const run = capture();
    await main(["report", folder, "--out", out, "--today", TODAY], run.io);
    const csv = readFileSync(out, "utf8");
    expect(csv.split("\r\n")[0]).toMatch(/^"File","Child","Template"/);
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(1 + 5 + 1);
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("@SUM(A1)")).toBe('"\'@SUM(A1)"');
  });

  it("refuses to write over a summary it reads, and says so", async () => {
    const target = path.join(folder, "maya.docx");
    const before = readFileSync(target);
    const run = capture();
    expect(await main(["report", folder, "--out", target, "--format", "html"], run.io)).toBe(2);
    expect(run.err()).toMatch(/is one of the summaries read/);
    expect(readFileSync(target)).toEqual(before);
  });

  it("says plainly when a folder has no summaries, or does not exist", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "caseload-empty-"));
    writeFileSync(path.join(empty, "minutes.pdf"), "x");
    const out = path.join(outDir, "none.html");
    let run = capture();
    expect(await main(["report", empty, "--out", out], run.io)).toBe(2);
    expect(run.err()).toMatch(/no report was written: there are no \.docx, \.md or \.txt files in/);
    run = capture();
    expect(await main(["report", path.join(empty, "missing"), "--out", out], run.io)).toBe(2);
    expect(run.err()).toMatch(/no report was written: .*missing was not found/);
    expect(existsSync(out)).toBe(false);
  });

  it("needs --out", async () => {
    const run = capture();
    expect(await main(["report", folder], run.io)).toBe(2);
    expect(run.err()).toMatch(/--out report\.html/);
  });

  it("shows progress on a terminal as files done of total", async () => {
    const run = capture(nodeIo(), true);
    await main(["report", folder, "--out", path.join(outDir, "p.html"), "--today", TODAY], run.io);
    expect(run.err()).toContain("\rRead 6 of 6 files\n");
  });
});

describe("summaries sharing long passages", () => {
  const words = (seed: number, n: number) =>
    Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 100003}`).join(" ");

  it("pairs only the two that share text, ignoring text common to many summaries", () => {
    const boilerplate = words(999, 200);
    const shared = words(1, 300);
    const docs = Array.from({ length: 8 }, (_, i) => ({
      sections: [
        { key: "a", paragraphs: [boilerplate] },
        { key: "b", paragraphs: [i === 2 || i === 5 ? shared : words(i + 10, 300)] },
      ],
    }));
    const pairs = findSiblingPairs(docs);
    expect(pairs.map((p) => [p.first, p.second])).toEqual([[2, 5]]);
    expect(pairs[0]!.sections).toEqual([{ key: "b", shareOfFirst: 1, shareOfSecond: 1 }]);
  });
});
