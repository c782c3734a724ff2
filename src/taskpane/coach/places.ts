import type { AnalysisResult } from "../../analysis/engine";
import type { DocumentSnapshot } from "../../analysis/snapshot";
import type { TextLocation } from "../../analysis/types";

/** The section whose whole heading this location is, or null. */
export function wholeHeadingAt(
  analysis: AnalysisResult | null,
  snapshot: DocumentSnapshot | null,
  location: TextLocation,
): string | null {
  const occurrence = analysis?.occurrences.find((o) => o.headingParagraph === location.paragraph);
  const text = snapshot?.paragraphs[location.paragraph]?.text ?? "";
  if (!occurrence) return null;
  const covers = location.start <= text.search(/\S|$/) && location.end >= text.trimEnd().length;
  return covers ? occurrence.key : null;
}

/**
 * The section the paragraph belongs to: its heading, or a paragraph under it. Every occurrence
 * counts (a repeated heading too), and a paragraph after an unrelated heading such as "Appendix"
 * belongs to no section, as the engine reads it.
 */
export function sectionAtParagraph(
  analysis: Pick<AnalysisResult, "occurrences">,
  paragraph: number | null,
): string | null {
  if (paragraph === null) return null;
  let nearest: AnalysisResult["occurrences"][number] | null = null;
  for (const occurrence of analysis.occurrences) {
    if (occurrence.headingParagraph > paragraph) break;
    nearest = occurrence;
  }
  if (!nearest) return null;
  const inSection = nearest.headingParagraph === paragraph || nearest.body.includes(paragraph);
  return inSection ? nearest.key : null;
}
