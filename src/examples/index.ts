import { paragraph, type SnapshotParagraph } from "../analysis/snapshot";
import { bradford2025Good } from "./bradford-2025-good";
import { bradford2025Poor } from "./bradford-2025-poor";
import * as bradfordLcsGood from "./bradford-lcs-good";
import * as bradfordLcsPoor from "./bradford-lcs-poor";
import * as lcs12WeekGood from "./lcs-12-week-good";
import * as lcs12WeekPoor from "./lcs-12-week-poor";
import * as mosaicStepGood from "./mosaic-step-good";
import * as mosaicStepPoor from "./mosaic-step-poor";

/**
 * Fictional worked examples, a good and a poor summary per template, for practice educators to
 * insert in front of a group and for the browser demo. Every person, place and number in them is
 * invented; each begins with a line saying so.
 */
export interface WorkedExample {
  id: string;
  packId: string;
  quality: "good" | "poor";
  childName: string;
  /** What the example shows, for the pane. */
  description: string;
  paragraphs: SnapshotParagraph[];
}

const GOOD =
  "A good summary: analysis rather than description, the child's own words, evidence of change and a specific safety plan.";
const POOR =
  "A summary with the common gaps: template text left in, a pasted chronology, change claimed without evidence, no timescales or contingency.";

export const workedExamples: readonly WorkedExample[] = [
  {
    id: "bradford-2025-good",
    packId: "bradford-2025",
    quality: "good",
    childName: "Maya",
    description: GOOD,
    paragraphs: bradford2025Good.paragraphs,
  },
  {
    id: "bradford-2025-poor",
    packId: "bradford-2025",
    quality: "poor",
    childName: "Maya",
    description: POOR,
    paragraphs: bradford2025Poor.paragraphs,
  },
  ...[bradfordLcsGood, bradfordLcsPoor, lcs12WeekGood, lcs12WeekPoor, mosaicStepGood, mosaicStepPoor].map(
    (module, index): WorkedExample => {
      const quality = index % 2 === 0 ? "good" : "poor";
      return {
        id: `${module.packId}-${quality}`,
        packId: module.packId,
        quality,
        childName: module.childName,
        description: quality === "good" ? GOOD : POOR,
        paragraphs: module.snapshot.paragraphs,
      };
    },
  ),
];

export function examplesFor(packId: string): WorkedExample[] {
  return workedExamples.filter((example) => example.packId === packId);
}

/** The example's paragraphs, headed by a line that says plainly it is fictional. */
export function labelledParagraphs(example: WorkedExample): SnapshotParagraph[] {
  const label = `Fictional worked example (${example.quality === "good" ? "a good summary" : "a summary with common gaps"}) for teaching. ${example.childName} and everyone else in it are invented; it is not a real child's record.`;
  return [paragraph(label, { bold: true }), ...example.paragraphs];
}
