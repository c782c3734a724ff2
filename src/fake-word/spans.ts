import { FakeOfficeError } from "./errors";
import { type DocumentCore, type ParagraphNode, paragraphText, type TextPoint, type TextSpan } from "./model";

export function comparePoints(model: DocumentCore, a: TextPoint, b: TextPoint): number {
  const byParagraph = model.indexOf(a.paragraph) - model.indexOf(b.paragraph);
  return byParagraph !== 0 ? byParagraph : a.offset - b.offset;
}

export function wholeParagraph(paragraph: ParagraphNode): TextSpan {
  return { start: { paragraph, offset: 0 }, end: { paragraph, offset: paragraphText(paragraph).length } };
}

/** Word's search: literal text with "^^" for a caret; case-insensitive unless matchCase. */
export function findAll(
  model: DocumentCore,
  span: TextSpan,
  searchText: string,
  matchCase: boolean,
): TextSpan[] {
  if (searchText.length === 0 || searchText.length > 255) {
    throw new FakeOfficeError("InvalidArgument", "search text must be 1 to 255 characters");
  }
  const literal = searchText.replace(/\^\^/g, "^");
  const needle = matchCase ? literal : literal.toLowerCase();
  const first = model.indexOf(span.start.paragraph);
  const last = model.indexOf(span.end.paragraph);
  const found: TextSpan[] = [];
  for (let index = first; index <= last; index++) {
    const paragraph = model.paragraphs[index]!;
    const text = paragraphText(paragraph);
    const haystack = matchCase ? text : text.toLowerCase();
    const from = index === first ? span.start.offset : 0;
    const to = index === last ? span.end.offset : text.length;
    let at = haystack.indexOf(needle, from);
    while (at >= 0 && at + needle.length <= to) {
      found.push({ start: { paragraph, offset: at }, end: { paragraph, offset: at + needle.length } });
      at = haystack.indexOf(needle, at + needle.length);
    }
  }
  return found;
}

/** Each paragraph's part of a span, for formatting. */
export function segments(
  model: DocumentCore,
  span: TextSpan,
): { paragraph: ParagraphNode; start: number; end: number }[] {
  const first = model.indexOf(span.start.paragraph);
  const last = model.indexOf(span.end.paragraph);
  const result: { paragraph: ParagraphNode; start: number; end: number }[] = [];
  for (let index = first; index <= last; index++) {
    const paragraph = model.paragraphs[index]!;
    const length = paragraphText(paragraph).length;
    result.push({
      paragraph,
      start: index === first ? span.start.offset : 0,
      end: index === last ? span.end.offset : length,
    });
  }
  return result;
}

export function selectSpan(model: DocumentCore, span: TextSpan, mode: string | undefined): void {
  const start = mode === "End" ? span.end : span.start;
  const end = mode === "Start" ? span.start : span.end;
  model.selection = { start: { ...start }, end: { ...end } };
  model.emitSelection();
}

export type SearchOptions = Parameters<Word.Paragraph["search"]>[1];
