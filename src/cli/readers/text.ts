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

const NOT_TEXT = "is not a text file. Check a .docx, .md, .txt or .json file.";

/**
 * UTF-16 without a byte-order mark: English text in it has a zero in every other byte. Which
 * half holds the zeros says the byte order.
 */
function utf16WithoutMark(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  const sample = Math.min(bytes.length, 4096);
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return "utf-16le";
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return "utf-16be";
  return null;
}

/** Control characters a text file does not hold (tabs, line and form feeds aside), and U+FFFD. */
function looksBinary(text: string): boolean {
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const control =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
      (code >= 0x7f && code <= 0x9f);
    if (code === 0 || code === 0xfffd) return true;
    if (control) odd++;
  }
  return odd > Math.max(2, text.length / 100);
}

/**
 * Decodes a text file: UTF-8 (with or without a byte-order mark), UTF-16 (with a mark, as Notepad
 * saves "Unicode", or without one), else Windows-1252, the superset of Latin-1 that Windows saves
 * as "ANSI". Decoding is the platform's (TextDecoder, the WHATWG Encoding Standard); the encoding
 * is told by the byte-order mark, by UTF-8 decoding without error, and by the pattern of zero
 * bytes. (A detector such as chardet was tried: it took short Latin-1 text for Turkish and UTF-16
 * for Latin-1.) A file whose decoded text holds control characters or NULs is not text.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
  else {
    const utf16 = utf16WithoutMark(bytes);
    if (utf16) text = new TextDecoder(utf16).decode(bytes);
    else {
      try {
        // fatal: a byte sequence that is not UTF-8 throws rather than becoming U+FFFD.
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        text = new TextDecoder("windows-1252").decode(bytes);
      }
    }
  }
  if (looksBinary(text)) throw new UnreadableFileError(NOT_TEXT);
  return text;
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
