import { heading, paragraph, type DocumentSnapshot, type SnapshotParagraph } from "../../analysis/snapshot";
import { UnreadableFileError } from "../errors";

/**
 * Reads a plain-text (.txt) or Markdown (.md) summary: one paragraph a non-empty line. In
 * Markdown, "# x" and "## x" are Heading 1 and 2 (and so on) and a line that is wholly
 * "**bold**" is a bold paragraph; in both, "- ", "* ", "+ " and "1. " lines are list items.
 * Plain-text headings need no marking: the engine recognises a line that matches a heading of
 * the pack.
 */

const LIST_ITEM = /^(?:[-*+•]|\d{1,3}[.)])\s+/;
const ATX_HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/;
const WHOLLY_BOLD = /^(?:\*\*|__)(.+?)(?:\*\*|__)$/;

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
    paragraphs.push(flavour === "markdown" ? markdownParagraph(line) : plainParagraph(line));
  }
  return { paragraphs, coloursKnown: false };
}

function plainParagraph(line: string): SnapshotParagraph {
  const item = LIST_ITEM.exec(line);
  return item ? paragraph(line.slice(item[0].length), { inList: true }) : paragraph(line);
}

function markdownParagraph(line: string): SnapshotParagraph {
  const atx = ATX_HEADING.exec(line);
  if (atx) return heading(atx[2]!, atx[1]!.length);
  const bold = WHOLLY_BOLD.exec(line);
  if (bold) return paragraph(bold[1]!, { bold: true });
  return plainParagraph(line);
}
