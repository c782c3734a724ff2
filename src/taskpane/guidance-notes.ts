import type { Finding } from "../analysis/types";
import type { GuidanceNote, Pack } from "../guidance";

/** The guidance notes a finding's citation points to, for "Show guidance" on its card. */
export function notesForFinding(pack: Pack, finding: Finding): GuidanceNote[] {
  const sections = finding.section ? pack.sections.filter((s) => s.key === finding.section) : pack.sections;
  const cited = sections.flatMap((s) => s.notes).filter((note) => note.citation === finding.guidance);
  if (cited.length > 0) return cited;
  const section = pack.sections.find((s) => s.key === finding.section);
  return section ? section.notes : [];
}
