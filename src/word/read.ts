import type { DocumentSnapshot, SnapshotColour, SnapshotParagraph } from "../analysis/snapshot";
import type { DocumentStructure } from "../analysis/types";
import { WordLayerError, type WordRun } from "./run";

/**
 * Reading the document into the engine's DocumentSnapshot: one collection load of exactly the
 * properties the engine uses, one sync, whatever the size (Microsoft's guidance: load only what
 * you read, never sync in a loop).
 */

/** Font colour as Word reports it: "#RRGGBB"; null when the paragraph mixes colours. */
function toSnapshotColour(reported: string | null): SnapshotColour {
  if (reported === null) return "mixed";
  const upper = reported.toUpperCase();
  // Word reports automatic text as black; the engine treats both as "no colour set".
  if (upper === "" || upper === "#000000") return null;
  return upper;
}

function toSnapshotParagraph(paragraph: Word.Paragraph): SnapshotParagraph {
  const control = paragraph.parentContentControlOrNullObject;
  // Office returns null for mixed bold and colour, though its types say boolean and string.
  const bold = paragraph.font.bold as boolean | null;
  const colour = paragraph.font.color as string | null;
  const outline = paragraph.outlineLevel;
  return {
    text: paragraph.text,
    styleBuiltIn: paragraph.styleBuiltIn,
    outlineLevel: outline >= 1 && outline <= 9 ? outline : null,
    bold: bold === null ? "mixed" : bold,
    colour: toSnapshotColour(colour),
    inTable: paragraph.tableNestingLevel > 0,
    inList: paragraph.isListItem,
    contentControlTag: control.isNullObject ? null : control.tag || null,
  };
}

/**
 * Queues the snapshot load on a context; call the returned function after the next sync. Other
 * operations use it so that their reading shares the same round trip as their other loads.
 */
export function queueSnapshotLoad(context: Word.RequestContext): {
  paragraphs: Word.ParagraphCollection;
  snapshot: () => DocumentSnapshot;
} {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(
    "items/text,items/styleBuiltIn,items/outlineLevel,items/isListItem,items/tableNestingLevel," +
      "items/font/color,items/font/bold,items/parentContentControlOrNullObject/tag",
  );
  return { paragraphs, snapshot: () => ({ paragraphs: paragraphs.items.map(toSnapshotParagraph) }) };
}

/**
 * Queues a load that tells which paragraph the cursor is in: the paragraphs from the start of the
 * body to the end of the selection's first paragraph, counted. (Word has no index property.)
 * When the cursor is in another story (a header, a footnote, a text box), Word's expandTo would
 * fail the whole batch (ItemNotFound: the ranges have no union); expandToOrNullObject gives a null
 * object instead, so the cursor costs nothing extra and the batch still succeeds.
 */
export function queueCursorLoad(context: Word.RequestContext): () => number | null {
  const cursorParagraph = context.document.getSelection().paragraphs.getFirst();
  const documentStart = context.document.body.getRange("Start");
  const upToCursor = documentStart.expandToOrNullObject(cursorParagraph.getRange("Whole"));
  const counted = upToCursor.paragraphs;
  counted.load("items/tableNestingLevel");
  return () => {
    if (upToCursor.isNullObject) return null;
    return counted.items.length > 0 ? counted.items.length - 1 : null;
  };
}

/** A short fingerprint of a text: its length and a 32-bit FNV-1a hash. */
export function textFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}

/**
 * A cheap look for changes: the body's text as one string (one property, one sync), fingerprinted.
 * Far lighter than the snapshot's eight properties on every paragraph; it misses formatting-only
 * changes, which is why the poll still reads the whole document now and then.
 */
export async function probeForChange(run: WordRun): Promise<string> {
  return run(async (context) => {
    const body = context.document.body;
    body.load("text");
    await context.sync();
    return textFingerprint(body.text);
  });
}

/** The whole document in one sync. */
export async function readSnapshot(run: WordRun): Promise<DocumentSnapshot> {
  try {
    return await run(async (context) => {
      const read = queueSnapshotLoad(context);
      await context.sync();
      return read.snapshot();
    });
  } catch (error) {
    throw new WordLayerError(
      "Word could not let Case Summary Coach read the document, so it can't be checked just now. Your document has not been changed. Try again in a moment.",
      error,
    );
  }
}

export interface SnapshotWithCursor {
  snapshot: DocumentSnapshot;
  /** Index of the paragraph the cursor is in, or null when it is not in the body (a header, a text box). */
  cursorParagraph: number | null;
}

/**
 * The document and the cursor's paragraph in one sync, wherever the cursor is (outside the body it
 * is null). Should Word refuse the batch all the same, the document is read alone (a second sync,
 * in that case only).
 */
export async function readSnapshotAndCursor(run: WordRun): Promise<SnapshotWithCursor> {
  try {
    return await run(async (context) => {
      const read = queueSnapshotLoad(context);
      const cursor = queueCursorLoad(context);
      await context.sync();
      return { snapshot: read.snapshot(), cursorParagraph: cursor() };
    });
  } catch {
    return { snapshot: await readSnapshot(run), cursorParagraph: null };
  }
}

/** The key of the section a paragraph belongs to (its heading or its body), or null. */
export function sectionOfParagraph(structure: DocumentStructure, paragraph: number | null): string | null {
  if (paragraph === null) return null;
  const occurrence = structure.occurrences.find(
    (o) => o.headingParagraph === paragraph || o.body.includes(paragraph),
  );
  return occurrence ? occurrence.key : null;
}
