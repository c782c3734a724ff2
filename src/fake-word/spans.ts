import { FakeOfficeError } from "./errors";
import { type DocumentCore, type ParagraphNode, paragraphText, type TextPoint, type TextSpan } from "./model";

export function comparePoints(model: DocumentCore, a: TextPoint, b: TextPoint): number {
  const byParagraph = model.indexOf(a.paragraph) - model.indexOf(b.paragraph);
  return byParagraph !== 0 ? byParagraph : a.offset - b.offset;
}

export function wholeParagraph(paragraph: ParagraphNode): TextSpan {
  return { start: { paragraph, offset: 0 }, end: { paragraph, offset: paragraphText(paragraph).length } };
}

/**
 * Word's search pattern without wildcards, as a regular expression: "^" starts a special
 * character ("^^" a caret, "^t" a tab, "^?" any character, "^#" any digit, "^$" any letter,
 * "^w" white space); any other "^" code, and a pattern over 255 characters, is refused as Word
 * refuses it (SearchStringInvalidOrTooLong).
 */
function searchPattern(searchText: string, matchCase: boolean): RegExp {
  if (searchText.length === 0 || searchText.length > 255) {
    throw new FakeOfficeError("SearchStringInvalidOrTooLong", `${searchText.length} characters`);
  }
  const codes: Record<string, string> = {
    "^": "\\^",
    t: "\\t",
    "?": "[^]",
    "#": "\\d",
    $: "\\p{L}",
    w: "\\s+",
  };
  let source = "";
  for (let i = 0; i < searchText.length; i++) {
    const character = searchText[i]!;
    if (character !== "^") {
      source += character.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      continue;
    }
    const code = codes[searchText[i + 1] ?? ""];
    if (code === undefined)
      throw new FakeOfficeError("SearchStringInvalidOrTooLong", `"^${searchText[i + 1] ?? ""}"`);
    source += code;
    i++;
  }
  return new RegExp(source, matchCase ? "gu" : "giu");
}

/** Word's search within a span: left to right, no overlaps; case-insensitive unless matchCase. */
export function findAll(
  model: DocumentCore,
  span: TextSpan,
  searchText: string,
  matchCase: boolean,
): TextSpan[] {
  const pattern = searchPattern(searchText, matchCase);
  const first = model.indexOf(span.start.paragraph);
  const last = model.indexOf(span.end.paragraph);
  const found: TextSpan[] = [];
  for (let index = first; index <= last; index++) {
    const paragraph = model.paragraphs[index]!;
    const text = paragraphText(paragraph);
    const from = index === first ? span.start.offset : 0;
    const to = index === last ? span.end.offset : text.length;
    pattern.lastIndex = from;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) break;
      if (match.index + match[0].length > to) break;
      found.push({
        start: { paragraph, offset: match.index },
        end: { paragraph, offset: match.index + match[0].length },
      });
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
