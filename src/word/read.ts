import type { DocumentSnapshot, SnapshotColour, SnapshotParagraph } from "../analysis/snapshot";
import type { DocumentStructure } from "../analysis/types";
import { fnv1a } from "../analysis/reading/hash";
import type { TrackedChangeReading } from "./capabilities";
import { WordLayerError, type WordRun } from "./run";

/**
 * Reading the document into the engine's DocumentSnapshot: one collection load of exactly the
 * properties the engine uses, one sync, whatever the size (Microsoft's guidance: load only what
 * you read, never sync in a loop).
 */

/**
 * Font colour as Word reports it: "#RRGGBB"; null or "" when the paragraph mixes colours (Word
 * gives either: office-js #5997). A heading with no colour of its own is reported in its style's
 * theme colour, which is a colour like any other here.
 */
function toSnapshotColour(reported: string | null): SnapshotColour {
  if (reported === null || reported === "") return "mixed";
  const upper = reported.toUpperCase();
  // Word reports automatic text as black; the engine treats both as "no colour set".
  if (upper === "#000000") return null;
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

/** Which paragraph the cursor is in (null outside the body), in one sync, reading nothing else. */
export async function readCursorParagraph(run: WordRun): Promise<number | null> {
  return run(async (context) => {
    const cursor = queueCursorLoad(context);
    await context.sync();
    return cursor();
  });
}

/** A short fingerprint of a text: its length and a 32-bit FNV-1a hash. */
export function textFingerprint(text: string): string {
  return `${text.length}:${fnv1a(text).toString(16)}`;
}

/**
 * A cheap look for changes: the body's text as one string (one property, one sync), fingerprinted.
 * Far lighter than the snapshot's eight properties on every paragraph; it misses formatting-only
 * changes, which is why the poll still reads the whole document now and then. A tracked deletion
 * leaves Word's text as it was, so where the host lists tracked changes (WordApi 1.6) their kinds
 * and lengths are part of the fingerprint too, in the same sync.
 */
export async function probeForChange(run: WordRun, options: ReadOptions = {}): Promise<string> {
  return run(async (context) => {
    const body = context.document.body;
    body.load("text");
    const changes = options.trackedChanges === "list" ? body.getTrackedChanges() : null;
    changes?.load("items/type,items/text");
    await context.sync();
    const tracked = changes?.items.map((change) => `${change.type}${change.text.length}`).join(",") ?? "";
    return tracked ? `${textFingerprint(body.text)}+${textFingerprint(tracked)}` : textFingerprint(body.text);
  });
}

export interface ReadOptions {
  /** How to find tracked deletions on this host (getCapabilities().trackedChanges); "none" by default. */
  trackedChanges?: TrackedChangeReading;
}

/** What the first sync tells about tracked deletions: none, some (their texts), or maybe (mode only). */
type Deletions = { kind: "none" } | { kind: "some"; texts: string[] } | { kind: "maybe" };

function queueDeletionsLoad(context: Word.RequestContext, reading: TrackedChangeReading): () => Deletions {
  if (reading === "list") {
    // WordApi 1.6. A Mac gives a deletion's text as "" (office-js #5188): then every paragraph is a candidate.
    const changes = context.document.body.getTrackedChanges();
    changes.load("items/type,items/text");
    return () => {
      const texts = changes.items.filter((change) => change.type === "Deleted").map((change) => change.text);
      return texts.length === 0 ? { kind: "none" } : { kind: "some", texts };
    };
  }
  if (reading === "mode") {
    // WordApi 1.4: whether Track Changes is on. Deletions left from before it was turned off are missed.
    const document = context.document;
    document.load("changeTrackingMode");
    return () => (document.changeTrackingMode === "Off" ? { kind: "none" } : { kind: "maybe" });
  }
  return () => ({ kind: "none" });
}

/**
 * Takes tracked deletions out of the snapshot's text: Word keeps deleted words in paragraph text
 * until the change is accepted, and checks must not count them. The paragraphs that may hold a
 * deletion are read again with getReviewedText("Current") (WordApi 1.4), all in one more sync;
 * none when there is no deletion. Each such paragraph keeps Word's own text as `wordText`, which
 * is what later plans compare with.
 */
async function withoutDeletions(
  context: Word.RequestContext,
  paragraphs: Word.ParagraphCollection,
  snapshot: DocumentSnapshot,
  deletions: Deletions,
): Promise<DocumentSnapshot> {
  if (deletions.kind === "none") return snapshot;
  const pieces =
    deletions.kind === "some" && deletions.texts.every((text) => text.trim() !== "")
      ? deletions.texts.flatMap((text) => text.split(/[\r\n]+/)).filter((piece) => piece !== "")
      : null;
  const candidates = snapshot.paragraphs.flatMap((paragraph, index) =>
    pieces === null || pieces.some((piece) => paragraph.text.includes(piece)) ? [index] : [],
  );
  if (candidates.length === 0) return snapshot;
  const current = candidates.map((index) => paragraphs.items[index]!.getReviewedText("Current"));
  await context.sync();
  const result = snapshot.paragraphs.slice();
  candidates.forEach((index, i) => {
    const wordText = result[index]!.text;
    const text = current[i]!.value.replace(/(?<![\r\n])[\r\n]+$/, "");
    if (text !== wordText) result[index] = { ...result[index]!, text, wordText };
  });
  return { ...snapshot, paragraphs: result };
}

/**
 * The whole document in one sync; two when it holds tracked deletions (see withoutDeletions).
 */
export async function readSnapshot(run: WordRun, options: ReadOptions = {}): Promise<DocumentSnapshot> {
  try {
    return await run(async (context) => {
      const read = queueSnapshotLoad(context);
      const deletions = queueDeletionsLoad(context, options.trackedChanges ?? "none");
      await context.sync();
      return withoutDeletions(context, read.paragraphs, read.snapshot(), deletions());
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
 * The document and the cursor's paragraph in one sync (two with tracked deletions), wherever the
 * cursor is (outside the body it is null). Should Word refuse the batch all the same, the document is read alone (a second sync,
 * in that case only).
 */
export async function readSnapshotAndCursor(
  run: WordRun,
  options: ReadOptions = {},
): Promise<SnapshotWithCursor> {
  try {
    return await run(async (context) => {
      const read = queueSnapshotLoad(context);
      const cursor = queueCursorLoad(context);
      const deletions = queueDeletionsLoad(context, options.trackedChanges ?? "none");
      await context.sync();
      const snapshot = await withoutDeletions(context, read.paragraphs, read.snapshot(), deletions());
      return { snapshot, cursorParagraph: cursor() };
    });
  } catch {
    return { snapshot: await readSnapshot(run, options), cursorParagraph: null };
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
