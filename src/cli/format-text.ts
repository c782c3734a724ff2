import { metText, tally } from "../analysis/tally";
import type { AnalysisResult } from "../analysis/engine";
import type { Finding, Severity } from "../analysis/types";
import type { FileReport } from "./report";

/**
 * The report a team manager reads: for each file, the document-wide points first, then the
 * template's sections in order, required items first within each, with the guidance paragraph
 * each point comes from. It shows findings only (which quote at most a short phrase), never the
 * summary's text.
 */

export interface TextStyle {
  /** Whether to use ANSI colours (a terminal, and NO_COLOR not set). */
  colour: boolean;
  /** Where to wrap lines. */
  width: number;
}

const SEVERITY_WORDS: Record<Severity, { symbol: string; word: string; plural: string; ansi: string }> = {
  error: { symbol: "✖", word: "Required", plural: "required", ansi: "31" },
  warning: { symbol: "▲", word: "Recommended", plural: "recommended", ansi: "33" },
  info: { symbol: "ℹ", word: "Suggestion", plural: "suggestions", ansi: "36" },
};
const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];
const LABEL_WIDTH = Math.max(...Object.values(SEVERITY_WORDS).map((s) => s.word.length));
const INDENT = "  ";
/** Joins the words of a citation while wrapping, so that "004 §3.1(i)" never breaks across lines. */
const NO_BREAK = "\u00a0";

function painter(style: TextStyle) {
  return (code: string, text: string) => (style.colour ? `\u001b[${code}m${text}\u001b[0m` : text);
}

/** Greedy word wrap; every line after the first starts with `hang`. */
function wrap(text: string, width: number, firstPrefixLength: number, hang: string): string[] {
  const lines: string[] = [];
  let line = "";
  let room = width - firstPrefixLength;
  for (const word of text.split(/ +/)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
      room = width - hang.length;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : hang + l));
}

function findingLines(finding: Finding, style: TextStyle): string[] {
  const paint = painter(style);
  const severity = SEVERITY_WORDS[finding.severity];
  const label = `${severity.symbol} ${severity.word.padEnd(LABEL_WIDTH)}`;
  const prefix = `${INDENT}${INDENT}`;
  // Which layer of a laid pack the check came from: "(004 §3.1(v), from bradford-2025)".
  const citation = `(${finding.guidance}${finding.layer ? `, from ${finding.layer}` : ""})`;
  const text = `${finding.message} ${citation.split(" ").join(NO_BREAK)}`;
  const hang = " ".repeat(prefix.length + label.length + 1);
  const lines = wrap(text, style.width, prefix.length + label.length + 1, hang).map((l) =>
    l.split(NO_BREAK).join(" "),
  );
  const last = lines.length - 1;
  lines[last] = lines[last]!.replace(citation, paint("2", citation));
  lines[0] = `${prefix}${paint(severity.ansi, label)} ${lines[0]}`;
  return lines;
}

function bySeverity(findings: Finding[]): Finding[] {
  // Array.prototype.sort is stable, so the engine's order holds within a severity.
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
}

function fileLines(file: string, result: AnalysisResult, style: TextStyle): string[] {
  const paint = painter(style);
  const lines: string[] = [paint("1", file)];
  const laidOver = result.pack.extends ? ` (laid over ${result.pack.extends})` : "";
  const details = [`Template: ${result.pack.name}${laidOver}`, `Child: ${result.childName ?? "not named"}`];
  if (/\.(md|txt)$/i.test(file) && result.pack.sections.some((s) => s.colour)) {
    details.push("colours not checked (a text file has none)");
  }
  lines.push(`${INDENT}${details.join(" · ")}`);
  // The same count as the pane's Write and Review give: items of the guidance met, not findings.
  const nothingToChange =
    result.findings.length === 0 ? " Nothing to change: the summary follows the guidance." : "";
  lines.push(`${INDENT}${metText(tally(result))}${nothingToChange}`);

  const sectionKeys = new Set(result.sections.map((s) => s.key));
  const wholeDocument = result.findings.filter((f) => f.section === null || !sectionKeys.has(f.section));
  if (wholeDocument.length) {
    lines.push("", `${INDENT}${paint("1", "The summary as a whole")}`);
    for (const finding of bySeverity(wholeDocument)) lines.push(...findingLines(finding, style));
  }
  let previousWasClean = false;
  for (const section of result.sections) {
    const findings = result.findings.filter((f) => f.section === section.key);
    const title = section.found ? section.heading : `${section.heading} (missing)`;
    // Sections with nothing to change sit together, one line each, so the others stand out.
    if (!previousWasClean || findings.length > 0) lines.push("");
    previousWasClean = findings.length === 0;
    if (findings.length === 0) {
      lines.push(`${INDENT}${paint("32", "✔")} ${title}: nothing to change`);
      continue;
    }
    lines.push(`${INDENT}${paint("1", title)}`);
    for (const finding of bySeverity(findings)) lines.push(...findingLines(finding, style));
  }
  return lines;
}

/** One file's report, ending with a newline. */
export function formatFile(file: string, result: AnalysisResult, style: TextStyle): string {
  return `${fileLines(file, result, style).join("\n")}\n`;
}

/** The closing line when several files were checked. */
export function formatOverall(reports: readonly FileReport[]): string {
  const unreadable = reports.filter((r) => "error" in r).length;
  const withRequired = reports.filter(
    (r) => "result" in r && r.result.findings.some((f) => f.severity === "error"),
  ).length;
  const read = reports.length - unreadable;
  const parts: string[] = [];
  if (read > 0) {
    const needing = withRequired === 0 ? "none" : String(withRequired);
    parts.push(`${read} read, ${needing} ${withRequired > 1 ? "need" : "needs"} required changes`);
  }
  if (unreadable) parts.push(unreadable === 1 ? "1 could not be read" : `${unreadable} could not be read`);
  return `${reports.length} files given: ${parts.join("; ")}.\n`;
}
