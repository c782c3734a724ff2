import { heading, paragraph, type DocumentSnapshot, type SnapshotParagraph } from "../../analysis/snapshot";
import { UnreadableFileError } from "../errors";

/**
 * Reads a plain-text (.txt) or Markdown (.md) summary: one paragraph a non-empty line. In
 * Markdown, "# x" and "## x" are Heading 1 and 2 (and so on) and a line that is wholly
 * "**bold**" is a bold paragraph, and a table in pipes ("| Name | Telephone |", with its "|---|"
 * line) is a table, one paragraph a cell; in both, "- ", "* ", "+ " and "1. " lines are list items
 * (a typed number is kept in the text, a bullet is not).
 * Plain-text headings need no marking: the engine recognises a line that matches a heading of
 * the pack.
 */

/** A bullet, which is not the worker's text, and a typed number, which is ("4. Goals / next steps"). */
const BULLET = /^[-*+•]\s+/;
const NUMBERED = /^\d{1,3}[.)]\s+/;
const ATX_HEADING = /^(#{1,6})\s(.*)$/s;
const WHOLLY_BOLD = /^(?:\*\*|__)(.+?)(?:\*\*|__)$/;
/** A table's separator row, "|---|:---:|", which holds no cells of its own. */
const TABLE_SEPARATOR = /^[|:\s-]+$/;

/** Decodes UTF-8 (with or without a byte-order mark) or UTF-16 as Notepad saves "Unicode". */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes.includes(0)) {
    throw new UnreadableFileError("is not a text file. Check a .docx, .md, .txt or .json file.");
  }
  // TextDecoder drops a UTF-8 byte-order mark itself.
  return new TextDecoder("utf-8").decode(bytes);
}

export function readText(bytes: Uint8Array, flavour: "markdown" | "plain"): DocumentSnapshot {
  const paragraphs: SnapshotParagraph[] = [];
  for (const rawLine of decodeText(bytes).split(/\r\n|\r|\n/)) {
    const line = rawLine.trim();
    if (!line) continue;
    if (flavour === "markdown" && line.startsWith("|")) paragraphs.push(...tableCells(line));
    else paragraphs.push(flavour === "markdown" ? markdownParagraph(line) : plainParagraph(line));
  }
  return { paragraphs, coloursKnown: false };
}

function plainParagraph(line: string): SnapshotParagraph {
  const bullet = BULLET.exec(line);
  if (bullet) return paragraph(line.slice(bullet[0].length), { inList: true });
  // The number stays: it is how a typed heading ("6. Manager's oversight") tells itself from text.
  return paragraph(line, { inList: NUMBERED.test(line) });
}

/** A Markdown table row: one paragraph a cell, as Word has them; empty cells give none. */
function tableCells(line: string): SnapshotParagraph[] {
  if (TABLE_SEPARATOR.test(line) && line.includes("-")) return [];
  const inner = line.slice(1, line.endsWith("|") && line.length > 1 ? -1 : undefined);
  return inner
    .split("|")
    .map((cell) => cell.trim())
    .filter((cell) => cell.length > 0)
    .map((cell) => paragraph(cell, { inTable: true }));
}

/**
 * "Title ##" is "Title": a closing run of # after a space is not part of the heading ("C#" keeps
 * its #). By hand rather than with a pattern, which would backtrack on a long run of spaces.
 */
function withoutClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end--;
  if (end === text.length || end === 0 || !/\s/.test(text[end - 1]!)) return text;
  return text.slice(0, end).trim();
}

function markdownParagraph(line: string): SnapshotParagraph {
  const atx = ATX_HEADING.exec(line);
  if (atx) return heading(withoutClosingHashes(atx[2]!.trim()), atx[1]!.length);
  const bold = WHOLLY_BOLD.exec(line);
  if (bold) return paragraph(bold[1]!, { bold: true });
  return plainParagraph(line);
}
