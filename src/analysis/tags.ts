/**
 * Content-control tags the add-in writes around the sections it inserts, so that a section is
 * recognised by its tag even when the worker rewrites its heading.
 * Format: "case-summary:<pack id>:<section key>".
 */
const PREFIX = "case-summary";

export function sectionTag(packId: string, sectionKey: string): string {
  return `${PREFIX}:${packId}:${sectionKey}`;
}

export function parseSectionTag(
  tag: string | null | undefined,
): { packId: string; sectionKey: string } | null {
  if (!tag) return null;
  const parts = tag.split(":");
  if (parts.length !== 3 || parts[0] !== PREFIX || !parts[1] || !parts[2]) return null;
  return { packId: parts[1], sectionKey: parts[2] };
}

/** Marks the Word comments the add-in writes, so that it removes only its own. */
export const CHECK_COMMENT_MARKER = "Case Summary Coach check";
export const PROMPT_COMMENT_MARKER = "Case Summary Coach prompt";
