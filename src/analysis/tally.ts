import type { AnalysisResult, ChecklistItem } from "./engine";

/**
 * The one count of what is met, that the pane's Write and Review, the review comments and the
 * command line all give: items of the guidance's checklist, never findings (one item not met can
 * have several findings). A dismissed item counts as met, as the worker has answered it.
 */
export interface Tally {
  met: number;
  notMet: number;
  total: number;
}

export interface Tallies {
  required: Tally;
  recommended: Tally;
}

/** Every item of the checklist: the sections' in order, then the whole summary's. */
export function checklistOf(
  analysis: Pick<AnalysisResult, "sections" | "documentChecklist">,
): ChecklistItem[] {
  return [...analysis.sections.flatMap((s) => s.checklist), ...analysis.documentChecklist];
}

export function tallyItems(items: readonly ChecklistItem[]): Tallies {
  const count = (severity: ChecklistItem["severity"]): Tally => {
    const relevant = items.filter((item) => item.severity === severity);
    const notMet = relevant.filter((item) => item.status === "not-met").length;
    return { met: relevant.length - notMet, notMet, total: relevant.length };
  };
  return { required: count("error"), recommended: count("warning") };
}

export function tally(analysis: Pick<AnalysisResult, "sections" | "documentChecklist">): Tallies {
  return tallyItems(checklistOf(analysis));
}

/**
 * The count as every view says it: "Required items met: 15 of 19. Recommended: 21 of 37."
 * A template with no recommended items says only the first.
 */
export function metText(tallies: Tallies): string {
  const { required, recommended } = tallies;
  const first = `Required items met: ${required.met} of ${required.total}.`;
  return recommended.total > 0 ? `${first} Recommended: ${recommended.met} of ${recommended.total}.` : first;
}
