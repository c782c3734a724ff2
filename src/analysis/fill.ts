import { CHILD_NAME_PLACEHOLDER } from "../guidance/schema";

/** "Kai's", "James's", "the child's": the possessive as UK style guides write it. */
export function possessiveOf(name: string): string {
  return name.endsWith("'s") || name.endsWith("’s") ? name : `${name}'s`;
}

/** The text with its first letter in capitals, for a message that starts with "the child's…". */
export function capitaliseFirst(text: string): string {
  // Only a letter that opens the text: "2 paragraphs…" and "\"Kai's\"…" stay as they are.
  return /^\p{Ll}/u.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * Puts the child's name where the guidance writes [Child's Name]; "the child" when unknown.
 * Before a noun the name is possessive, as a heading reads: "[Child's Name] Safety Plan" is
 * "Kai's Safety Plan", while "What difference have we made for [Child's Name]?" keeps the name.
 */
export function fillChildName(text: string, childName: string | null): string {
  const name = childName?.trim() || "the child";
  const parts = text.split(CHILD_NAME_PLACEHOLDER);
  let result = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const after = parts[i]!;
    const beforeNoun = /^ \p{Lu}/u.test(after);
    const filled = beforeNoun ? possessiveOf(name) : name;
    result += (result.length === 0 ? capitaliseFirst(filled) : filled) + after;
  }
  return result;
}
