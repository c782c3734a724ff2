import type { Pack } from "../../guidance/schema";
import type { DocumentSnapshot } from "../snapshot";
import type { SectionOccurrence } from "../types";
import { expectParagraphs, type Expectation } from "./freshness";

/**
 * Go to a section: the cursor goes where the worker writes, under the heading, never onto the
 * heading itself (a selected heading is replaced by the next keystroke). An empty section's
 * empty paragraph takes the cursor; a written one, the start of its first paragraph; a heading
 * with nothing under it gets a paragraph made for it, in the section's colour (the pen picture's
 * blue), so what is typed there is body text.
 */
export interface SectionCursorPlan {
  sectionKey: string;
  /** The heading paragraph, as read. */
  heading: number;
  /** The paragraph under it where the cursor goes; null when there is none and one is made. */
  body: number | null;
  /** The colour for a paragraph made under the heading (#RRGGBB), or null for the default. */
  colour: string | null;
  expects: Expectation;
}

export function planSectionCursor(
  snapshot: DocumentSnapshot,
  occurrences: readonly SectionOccurrence[],
  pack: Pack,
  sectionKey: string,
): SectionCursorPlan | null {
  const occurrence = occurrences.find((o) => o.key === sectionKey);
  if (!occurrence) return null;
  const empty = occurrence.body.find((p) => snapshot.paragraphs[p]?.text.trim() === "");
  const written = occurrence.body.find((p) => snapshot.paragraphs[p]?.text.trim() !== "");
  // An empty section's empty line; a written section's first line of text.
  const body = written === undefined ? (empty ?? null) : (occurrence.body[0] ?? null);
  const named = body === null ? [occurrence.headingParagraph] : [occurrence.headingParagraph, body];
  return {
    sectionKey,
    heading: occurrence.headingParagraph,
    body,
    colour: pack.sections.find((s) => s.key === sectionKey)?.colour?.hex ?? null,
    expects: expectParagraphs(snapshot, named),
  };
}
