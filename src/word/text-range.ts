/**
 * Word has no character offsets: a character range is reached by searching the paragraph for the
 * text and taking the right occurrence (counted as Word counts them: left to right, no overlaps,
 * case-sensitive). Search text is limited to 255 characters once escaped (Word refuses more with
 * SearchStringInvalidOrTooLong, and each caret counts twice as "^^"), so a longer range is found by
 * its first and last pieces that fit and joined with expandTo.
 */

const SEARCH_LIMIT = 255;

interface SearchPiece {
  text: string;
  /** Which match in the paragraph, counting from 0. */
  occurrence: number;
}

export type TextPlan =
  | { kind: "whole-paragraph" }
  | { kind: "edge"; at: "Start" | "End" }
  | { kind: "search"; head: SearchPiece; tail: SearchPiece | null; collapse: boolean };

/** Which non-overlapping match of `needle` starts at `at`, or -1 if none does. */
export function occurrenceAt(text: string, needle: string, at: number): number {
  if (!needle) return -1;
  let count = 0;
  let index = text.indexOf(needle);
  while (index >= 0 && index <= at) {
    if (index === at) return count;
    count++;
    index = text.indexOf(needle, index + needle.length);
  }
  return -1;
}

/** Whether a stretch of text can be searched for: 255 characters at most once escaped. */
const fits = (needle: string) => escapeSearchText(needle).length <= SEARCH_LIMIT;

function piece(text: string, from: number, to: number): SearchPiece | null {
  const needle = text.slice(from, to);
  if (!fits(needle)) return null;
  const occurrence = occurrenceAt(text, needle, from);
  return occurrence >= 0 ? { text: needle, occurrence } : null;
}

/** How to reach characters [start, end) of a paragraph whose text is `text`. */
export function locateText(text: string, start: number, end: number): TextPlan {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  if (from === to) {
    if (from === 0) return { kind: "edge", at: "Start" };
    if (from >= text.length) return { kind: "edge", at: "End" };
    const next = piece(text, from, from + 1);
    return next ? { kind: "search", head: next, tail: null, collapse: true } : { kind: "whole-paragraph" };
  }
  if (from === 0 && to === text.length) return { kind: "whole-paragraph" };
  if (fits(text.slice(from, to))) {
    const whole = piece(text, from, to);
    if (whole) return { kind: "search", head: whole, tail: null, collapse: false };
  }
  // In repetitive text a 255-character piece may never be a match of its own (matches do not
  // overlap), so shorten the piece until Word's search would find it where it is.
  let head: SearchPiece | null = null;
  let tail: SearchPiece | null = null;
  const longest = Math.min(SEARCH_LIMIT, to - from);
  for (let length = longest; length > 0 && !head; length--) head = piece(text, from, from + length);
  for (let length = longest; length > 0 && !tail; length--) tail = piece(text, to - length, to);
  return head && tail ? { kind: "search", head, tail, collapse: false } : { kind: "whole-paragraph" };
}

/** Word's search treats ^ as the start of a special character; ^^ is a literal caret. */
export function escapeSearchText(text: string): string {
  return text.replace(/\^/g, "^^");
}

/**
 * The Word range for a plan within a paragraph. A search plan costs one sync (to load the matches);
 * null when the text is no longer where it was.
 */
export async function rangeForPlan(
  context: Word.RequestContext,
  paragraph: Word.Paragraph,
  plan: TextPlan,
): Promise<Word.Range | null> {
  if (plan.kind === "whole-paragraph") return paragraph.getRange("Content");
  if (plan.kind === "edge") return paragraph.getRange(plan.at);
  const headMatches = paragraph.search(escapeSearchText(plan.head.text), { matchCase: true });
  headMatches.load("items/text");
  const tailMatches = plan.tail
    ? paragraph.search(escapeSearchText(plan.tail.text), { matchCase: true })
    : null;
  if (tailMatches) tailMatches.load("items/text");
  await context.sync();
  const head = headMatches.items[plan.head.occurrence];
  if (!head || head.text !== plan.head.text) return null;
  if (!plan.tail || !tailMatches) return plan.collapse ? head.getRange("Start") : head;
  const tail = tailMatches.items[plan.tail.occurrence];
  if (!tail || tail.text !== plan.tail.text) return null;
  return head.expandTo(tail);
}
