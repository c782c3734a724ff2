import type { Pack } from "../guidance/schema";
import { AnalysedDocument } from "./document";
import type { AnalysisResult } from "./engine";
import { effectiveOptions } from "./rules/options";
import summaryOverdue, { daysBetween, summaryDate } from "./rules/summary-overdue";
import { recogniseStructure } from "./sections";
import type { SiblingDocument } from "./siblings";
import type { DocumentSnapshot } from "./snapshot";
import { tally, tallyItems, type Tallies } from "./tally";

/**
 * A team manager's view of one summary in a caseload: what the report's row says, all from the
 * same analysis and the same count (tally) the pane gives.
 */
export interface CaseloadSummary {
  childName: string | null;
  pack: Pack;
  /** When the summary was last brought up to date, as its date line says; null when it has none. */
  date: Date | null;
  /** Days until the next update is due: negative when overdue; null without a date. */
  daysUntilDue: number | null;
  tallies: Tallies;
  /** Headings (as the template writes them) of the sections not found. */
  missingSections: string[];
  /** Findings of required items not met: the finding's own words and its citation. */
  requiredFindings: { message: string; guidance: string }[];
  /** Section by section, for the caseload chart. */
  sectionTallies: { key: string; heading: string; tallies: Tallies }[];
}

/** A template's heading without the child's name: "[Child's Name]'s views" → "The child's views". */
export function genericHeading(heading: string): string {
  const text = heading.split("[Child's Name]").join("the child").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function summariseForCaseload(
  snapshot: DocumentSnapshot,
  result: AnalysisResult,
  today: Date,
): CaseloadSummary {
  const pack = result.pack;
  const date = dateOf(snapshot, result, today);
  const daysUntilDue = date === null ? null : pack.reviewInterval.days - daysBetween(date, today);
  const requiredIds = new Set(
    [...result.sections.flatMap((s) => s.checklist), ...result.documentChecklist]
      .filter((item) => item.severity === "error" && item.status === "not-met")
      .flatMap((item) => item.findingIds),
  );
  const headings = new Map(pack.sections.map((s) => [s.key, genericHeading(s.heading)]));
  return {
    childName: result.childName,
    pack,
    date,
    daysUntilDue,
    tallies: tally(result),
    missingSections: result.sections.filter((s) => !s.found).map((s) => headings.get(s.key) ?? s.key),
    requiredFindings: result.findings
      .filter((f) => f.severity === "error" && requiredIds.has(f.id))
      .map((f) => ({ message: f.message, guidance: f.guidance })),
    sectionTallies: result.sections.map((s) => ({
      key: s.key,
      heading: headings.get(s.key) ?? s.key,
      tallies: tallyItems(s.checklist),
    })),
  };
}

function dateOf(snapshot: DocumentSnapshot, result: AnalysisResult, today: Date): Date | null {
  const config = result.pack.rules.find((r) => r.rule === "summary-overdue");
  // The check's options as the engine runs it: its own defaults, with what the pack changes laid over them.
  const options = effectiveOptions(summaryOverdue, config?.options);
  const document = new AnalysedDocument(
    snapshot,
    recogniseStructure(snapshot, result.pack, result.childName),
  );
  return summaryDate(document, options, today);
}

/** The summary's body text by section, headings left out, for the sibling comparison. */
export function siblingDocumentOf(snapshot: DocumentSnapshot, result: AnalysisResult): SiblingDocument {
  return {
    sections: result.occurrences.map((o) => ({
      key: o.key,
      paragraphs: o.body.map((i) => snapshot.paragraphs[i]?.text ?? ""),
    })),
  };
}

/** Worst first: overdue or missing something required, then most required items not met, then soonest due. */
export function priorityOrder(a: CaseloadSummary, b: CaseloadSummary): number {
  const urgent = (s: CaseloadSummary) =>
    (s.daysUntilDue === null || s.daysUntilDue < 0 ? 1 : 0) + (s.tallies.required.notMet > 0 ? 1 : 0);
  return (
    urgent(b) - urgent(a) ||
    b.tallies.required.notMet - a.tallies.required.notMet ||
    (a.daysUntilDue ?? -1e9) - (b.daysUntilDue ?? -1e9)
  );
}
