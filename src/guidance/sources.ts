/**
 * The guidance documents the packs cite, by the number the packs use ("004 §3.1(vi)"), with the
 * short name a social worker knows them by. Citations shown to people use the name; the number
 * stays in the packs, where it is only a key.
 */
export const GUIDANCE_SOURCES: Readonly<Record<string, string>> = {
  "000": "Case Summaries – Practice Guidance and Procedures (2020)",
  "001": "Case Summary practice guidance (MOSAIC)",
  "002": "Bradford Social Care case summary guidance (LCS)",
  "003": "Case summary guidance (12-week review)",
  "004": "Bradford Children and Families Trust guidance (2025)",
};

/** The name of a guidance document from its number ("004"), or null when it is not one of ours. */
export function sourceName(documentNumber: string): string | null {
  return Object.prototype.hasOwnProperty.call(GUIDANCE_SOURCES, documentNumber)
    ? GUIDANCE_SOURCES[documentNumber]!
    : null;
}

/**
 * A citation as a person reads it: "004 §3.1(vi)" becomes "Bradford Children and Families Trust
 * guidance (2025), 3.1(vi)". A document number we do not know (an organisation's own pack) leaves
 * the citation as written.
 */
export function describeCitation(citation: string): string {
  // Trimmed first: a pattern with spaces either side of ".*" backtracks on a long run of spaces.
  const match = /^(\d{3})\s*§(.*)$/s.exec(citation.trim());
  if (!match) return citation;
  const name = sourceName(match[1]!);
  if (!name) return citation;
  const paragraph = match[2]!.trim();
  return paragraph ? `${name}, ${paragraph}` : name;
}
