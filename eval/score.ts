import type { Finding, Severity } from "../src/analysis/types";
import type { Labels } from "./corpus";

/**
 * Scores findings against a manager's labels. A label "check@section" is met by any finding of
 * that check in that section ("document" for whole-summary checks); "check@section/key" only by
 * the finding with that key. A finding that meets no label and no allowance is a false positive.
 */

export interface Label {
  rule: string;
  section: string;
  key: string | null;
}

/** "check@section", "check@section/key", or "check/key@section" as the README's table writes checks. */
export function parseLabel(text: string): Label {
  const [check, place] = text.split("@") as [string, string];
  const checkSlash = check.indexOf("/");
  const placeSlash = place.indexOf("/");
  const rule = checkSlash < 0 ? check : check.slice(0, checkSlash);
  const section = placeSlash < 0 ? place : place.slice(0, placeSlash);
  const key =
    checkSlash >= 0 ? check.slice(checkSlash + 1) : placeSlash >= 0 ? place.slice(placeSlash + 1) : null;
  return { rule, section, key };
}

/** The key part of a finding id (rule/section/key#n), or null. */
function findingKey(finding: Finding): string | null {
  const parts = finding.id.split("#")[0]!.split("/");
  return parts.length > 2 ? parts.slice(2).join("/") : null;
}

/**
 * Whole-summary checks (section-missing, jargon-unexplained…) say which section a finding is
 * about, but a label names them "@document"; either place meets it.
 */
export function meets(finding: Finding, label: Label, documentRules: ReadonlySet<string>): boolean {
  if (finding.rule !== label.rule) return false;
  const place = finding.section ?? "document";
  if (place !== label.section && !(label.section === "document" && documentRules.has(finding.rule)))
    return false;
  return label.key === null || findingKey(finding)?.toLowerCase() === label.key.toLowerCase();
}

export interface SummaryScore {
  name: string;
  quality: Labels["quality"];
  /** Findings that meet an expected label. */
  truePositives: Finding[];
  /** Findings no label expects or allows. */
  falsePositives: Finding[];
  /** Expected labels no finding meets. */
  missed: string[];
  /** Expected labels met. */
  found: string[];
  allowed: Finding[];
}

export function scoreSummary(
  name: string,
  findings: readonly Finding[],
  labels: Labels,
  documentRules: ReadonlySet<string>,
): SummaryScore {
  const expected = labels.expect.map((text) => ({ text, label: parseLabel(text) }));
  const allowed = labels.allow.map(parseLabel);
  const score: SummaryScore = {
    name,
    quality: labels.quality,
    truePositives: [],
    falsePositives: [],
    missed: [],
    found: [],
    allowed: [],
  };
  for (const finding of findings) {
    if (expected.some((e) => meets(finding, e.label, documentRules))) score.truePositives.push(finding);
    else if (allowed.some((a) => meets(finding, a, documentRules))) score.allowed.push(finding);
    else score.falsePositives.push(finding);
  }
  for (const { text, label } of expected) {
    (findings.some((f) => meets(f, label, documentRules)) ? score.found : score.missed).push(text);
  }
  return score;
}

export interface RuleTally {
  truePositives: number;
  falsePositives: number;
  found: number;
  missed: number;
}

export interface CorpusScore {
  summaries: SummaryScore[];
  precision: number;
  recall: number;
  /** Precision over Required (error) findings only. */
  requiredPrecision: number;
  requiredFindings: number;
  /** Required findings on summaries a manager graded good. */
  requiredOnGood: Finding[];
  byRule: Map<string, RuleTally>;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function scoreCorpus(summaries: SummaryScore[]): CorpusScore {
  const byRule = new Map<string, RuleTally>();
  const tally = (rule: string) => {
    let entry = byRule.get(rule);
    if (!entry) {
      entry = { truePositives: 0, falsePositives: 0, found: 0, missed: 0 };
      byRule.set(rule, entry);
    }
    return entry;
  };
  let tp = 0;
  let fp = 0;
  let found = 0;
  let missed = 0;
  let requiredTp = 0;
  let requiredFp = 0;
  const isRequired = (f: Finding) => f.severity === ("error" satisfies Severity);
  for (const s of summaries) {
    tp += s.truePositives.length;
    fp += s.falsePositives.length;
    found += s.found.length;
    missed += s.missed.length;
    requiredTp += s.truePositives.filter(isRequired).length;
    requiredFp += s.falsePositives.filter(isRequired).length;
    for (const f of s.truePositives) tally(f.rule).truePositives++;
    for (const f of s.falsePositives) tally(f.rule).falsePositives++;
    for (const l of s.found) tally(parseLabel(l).rule).found++;
    for (const l of s.missed) tally(parseLabel(l).rule).missed++;
  }
  return {
    summaries,
    precision: ratio(tp, tp + fp),
    recall: ratio(found, found + missed),
    requiredPrecision: ratio(requiredTp, requiredTp + requiredFp),
    requiredFindings: requiredTp + requiredFp,
    requiredOnGood: summaries
      .filter((s) => s.quality === "good")
      .flatMap((s) => [...s.truePositives, ...s.falsePositives, ...s.allowed].filter(isRequired)),
    byRule,
  };
}
