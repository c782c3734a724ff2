import type { Pack, SectionSpec } from "../guidance/schema";
import { describeCitation } from "../guidance/sources";
import type { FindingSource, GuidanceSource, ReportedFinding, SourcedNotes } from "./types";

/** A citation with the guidance's name in full beside it, as the views show it. */
export function sourceOf(citation: string): GuidanceSource {
  const short = citation.trim();
  const long = describeCitation(citation).trim();
  return { citation: short, label: long === "" ? short : long };
}

/**
 * A finding's source with the guidance notes its citation points to: the notes that cite it in
 * its section (or anywhere, for a whole-summary check), and otherwise its section's notes.
 */
export function findingSource(pack: Pack, finding: ReportedFinding): FindingSource {
  const sections = finding.section ? pack.sections.filter((s) => s.key === finding.section) : pack.sections;
  const cited = sections.flatMap((s) => s.notes).filter((note) => note.citation === finding.guidance);
  const section = pack.sections.find((s) => s.key === finding.section);
  const notes = cited.length > 0 ? cited : (section?.notes ?? []);
  return { ...sourceOf(finding.guidance), notes };
}

/** A section's guidance notes grouped under the citations they share, in the pack's order. */
export function sectionGuidance(spec: SectionSpec): SourcedNotes[] {
  const groups: SourcedNotes[] = [];
  for (const note of spec.notes) {
    const group = groups.find((g) => g.citation === note.citation.trim());
    if (group) group.notes.push(note.text);
    else groups.push({ ...sourceOf(note.citation), notes: [note.text] });
  }
  return groups;
}
