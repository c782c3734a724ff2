import { CHILD_NAME_PLACEHOLDER, type Pack } from "../../guidance/schema";
import { fillChildName } from "../fill";
import { recogniseStructure } from "../sections";
import type { DocumentSnapshot } from "../snapshot";
import type { SectionOccurrence } from "../types";
import { expectParagraphs, type Expectation } from "./freshness";

/**
 * The child's name corrected ("Elle" to "Ellie"), or given at last in place of [Child's Name]:
 * the name changes in the summary's headings, and nothing else in them does. Each heading's
 * occurrences of the old name as a word of its own are replaced; "Elle's Safety Plan" becomes
 * "Ellie's Safety Plan", "Ellesmere" is left alone. The worker's own text is not touched: a
 * name in a sentence may be someone else's.
 */
export interface HeadingRename {
  paragraph: number;
  /** The stretch of the heading that changes, as Word's search finds it: its n-th match. */
  piece: string;
  occurrence: number;
  /** What it becomes. */
  replacement: string;
}

export interface RenamePlan {
  from: string;
  to: string;
  headings: HeadingRename[];
  expects: Expectation;
}

const isWordCharacter = (character: string | undefined) =>
  character !== undefined && /[\p{L}\p{N}]/u.test(character);

/** The one stretch that differs between a text and its renamed form, by common start and end. */
function changedStretch(before: string, after: string, paragraph: number): HeadingRename | null {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  if (start === before.length && start === after.length) return null;
  // Whole words, so "Elle" to "Ellie" replaces the word rather than inserting one letter.
  let from = start;
  while (from > 0 && isWordCharacter(before[from - 1])) from--;
  let to = before.length - end;
  while (to < before.length && isWordCharacter(before[to])) to++;
  const piece = before.slice(from, to);
  if (!piece) return null;
  let occurrence = 0;
  for (let i = before.indexOf(piece); i >= 0 && i < from; i = before.indexOf(piece, i + piece.length)) {
    occurrence++;
  }
  return {
    paragraph,
    piece,
    occurrence,
    replacement: after.slice(from, after.length - (before.length - to)),
  };
}

/** The heading with the old name, as a word of its own, replaced by the new. */
function renamed(text: string, from: string, to: string): string {
  // The placeholder takes the name as the template would: "[Child's Name] Safety Plan" is "Maya's Safety Plan".
  if (from === CHILD_NAME_PLACEHOLDER) return fillChildName(text, to);
  let result = "";
  let last = 0;
  for (let index = text.indexOf(from); index >= 0; index = text.indexOf(from, index + from.length)) {
    if (isWordCharacter(text[index - 1]) || isWordCharacter(text[index + from.length])) continue;
    result += text.slice(last, index) + to;
    last = index + from.length;
  }
  return result + text.slice(last);
}

export function planHeadingRename(
  snapshot: DocumentSnapshot,
  occurrences: readonly SectionOccurrence[],
  from: string | null,
  to: string,
): RenamePlan | null {
  const old = from?.trim() || CHILD_NAME_PLACEHOLDER;
  const name = to.trim();
  if (!name || old === name) return null;
  const headings = occurrences.flatMap((o) => {
    const text = snapshot.paragraphs[o.headingParagraph]?.text ?? "";
    const stretch = changedStretch(text, renamed(text, old, name), o.headingParagraph);
    return stretch ? [stretch] : [];
  });
  if (headings.length === 0) return null;
  return {
    from: old,
    to: name,
    headings,
    expects: expectParagraphs(
      snapshot,
      headings.map((h) => h.paragraph),
    ),
  };
}

/**
 * The same plan from a snapshot alone: its headings recognised afresh for the pack. For when the
 * document has changed since it was last checked (the worker typed, then corrected the name).
 */
export function planHeadingRenameInSnapshot(
  snapshot: DocumentSnapshot,
  pack: Pack,
  from: string | null,
  to: string,
): RenamePlan | null {
  return planHeadingRename(snapshot, recogniseStructure(snapshot, pack, from).occurrences, from, to);
}
