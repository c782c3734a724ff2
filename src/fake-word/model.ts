import type { DocumentSnapshot, SnapshotParagraph } from "../analysis/snapshot";

/**
 * The document underneath the fake Word: paragraphs of formatted runs, tables, lists, content
 * controls, comments, the selection and the add-in's settings. The fake's proxy objects read and
 * write it at `context.sync()` (DocumentCore); tests and the browser demo act on it as a person
 * in Word would through DocumentModel (person.ts). No Node-only APIs: the demo runs this in a
 * browser.
 */

/** A stretch of text with one formatting. Colour is "#RRGGBB" (upper case) or null for automatic. */
export interface TextRun {
  text: string;
  colour: string | null;
  bold: boolean;
  /** A tracked change not yet accepted or rejected: text added, or text deleted (still there). */
  revision?: Revision;
}

export interface Revision {
  type: "Added" | "Deleted";
  author: string;
}

/** Word.ChangeTrackingMode (WordApi 1.4). */
export type ChangeTrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

/** The formatting text typed into an empty paragraph takes (Word keeps it on the paragraph mark). */
export interface MarkFormat {
  colour: string | null;
  bold: boolean;
}

export interface TableCellPosition {
  table: number;
  row: number;
  column: number;
}

export interface ContentControlNode {
  id: number;
  tag: string;
  title: string;
  /** The control's own border colour, not its text's. */
  colour: string;
  /** True for controls the add-in inserted through the API; never read by the add-in itself. */
  insertedByAddIn: boolean;
  /** Word's "content control cannot be deleted" (ContentControl.cannotDelete). */
  cannotDelete: boolean;
}

export interface ParagraphNode {
  /** Word's uniqueLocalId: stable for the paragraph's life in this session. */
  id: string;
  runs: TextRun[];
  mark: MarkFormat;
  styleBuiltIn: string;
  /** The list the paragraph belongs to, or null. */
  list: { id: number; level: number } | null;
  cell: TableCellPosition | null;
  /** Content controls the paragraph sits in, outermost first. */
  controls: ContentControlNode[];
}

/** A point in the text: a paragraph and a character offset into its text. */
export interface TextPoint {
  paragraph: ParagraphNode;
  offset: number;
}

/** A span of text from start to end (end exclusive). */
export interface TextSpan {
  start: TextPoint;
  end: TextPoint;
}

export interface CommentNode {
  id: string;
  authorName: string;
  content: string;
  /** True for comments written through the API (the add-in), false for a person's comments. */
  writtenByAddIn: boolean;
  anchor: TextSpan;
  resolved: boolean;
  /** The thread under the comment. Word's Comment.delete() deletes these with it. */
  replies: ReplyNode[];
}

/** A reply in a comment's thread (Word.CommentReply, WordApi 1.4). */
export interface ReplyNode {
  id: string;
  authorName: string;
  content: string;
  writtenByAddIn: boolean;
}

/** How a test, the demo or a reader describes a paragraph to create. */
export interface ParagraphSpec {
  text?: string;
  /** Runs with their own formatting; when given, `text`, `colour` and `bold` are ignored. */
  runs?: { text: string; colour?: string | null; bold?: boolean }[];
  colour?: string | null;
  bold?: boolean;
  styleBuiltIn?: string;
  /** Makes the paragraph a list item of this list (level 0 unless given). */
  list?: number | { id: number; level: number };
  cell?: TableCellPosition;
  /** Tag of a content control around this paragraph; consecutive paragraphs with the same tag share one. */
  contentControlTag?: string;
}

export type ParagraphEventType = "ParagraphAdded" | "ParagraphChanged" | "ParagraphDeleted";

export type WordEventKind = ParagraphEventType | "ContentControlDataChanged";

/**
 * How the fake delivers Word's paragraph and content control events. Word drops them in real use
 * (office-js issues: fast edits such as repeated paste #4874, tracked deletions on a Mac #3864,
 * large documents on a Mac "by design" #5400, formatting on the web #6770), so tests can ask for
 * them late, out of order, coalesced, or not at all (`which` picks the kinds dropped; all when
 * absent). The selection-changed event of Office's common API is not affected.
 */
export type EventDelivery =
  | { kind: "prompt" }
  | { kind: "late"; delayMs: number }
  | { kind: "out-of-order" }
  | { kind: "coalesced" }
  | { kind: "dropped"; which?: (kind: WordEventKind) => boolean };

export interface ModelEvents {
  paragraphs(type: ParagraphEventType, paragraphIds: string[]): void;
  /** A content control's content changed (Word's ContentControl.onDataChanged). */
  contentControlData(controlIds: number[]): void;
  selection(): void;
}

/** A serialisable copy of the document, for reopening it "on another machine". */
export interface SavedDocument {
  paragraphs: {
    runs: TextRun[];
    mark: MarkFormat;
    styleBuiltIn: string;
    list: { id: number; level: number } | null;
    cell: TableCellPosition | null;
    controls: number[];
  }[];
  controls: ContentControlNode[];
  comments: {
    authorName: string;
    content: string;
    writtenByAddIn: boolean;
    resolved: boolean;
    anchor: { paragraph: number; start: number; end: number };
    replies?: { authorName: string; content: string; writtenByAddIn: boolean }[];
  }[];
  settings: Record<string, unknown>;
}

/** Upper-case "#RRGGBB" for a colour given as hex; names Word accepts for the colours the add-in uses. */
export function normaliseColour(colour: string | null | undefined): string | null {
  if (colour === null || colour === undefined || colour === "") return null;
  const named: Record<string, string> = { blue: "#0000FF", red: "#FF0000", black: "#000000", automatic: "" };
  const lower = colour.toLowerCase();
  if (lower in named) return named[lower] || null;
  if (/^#[0-9a-f]{6}$/i.test(colour)) return colour.toUpperCase();
  throw new Error(`"${colour}" is not a colour Word understands; use "#RRGGBB".`);
}

function outlineLevelOf(styleBuiltIn: string): number | null {
  const match = /^Heading([1-9])$/.exec(styleBuiltIn);
  return match ? Number(match[1]) : null;
}

/**
 * Word's built-in paragraph styles a person can apply in the fake (Word.BuiltInStyleName's
 * paragraph styles; character and table styles are not paragraph styles).
 */
export const PARAGRAPH_STYLES: readonly string[] = [
  "Normal",
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) => `Heading${level}`),
  "Title",
  "Subtitle",
  "ListParagraph",
  "NoSpacing",
  "Quote",
  "IntenseQuote",
  "Caption",
  "TocHeading",
  "Bibliography",
  "FootnoteText",
  "EndnoteText",
  "Header",
  "Footer",
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) => `Toc${level}`),
];

/**
 * Word's "Style for following paragraph": the style of the paragraph Enter makes at the end of a
 * paragraph in this style. Headings, the title, the subtitle and captions are followed by Normal
 * text; every other built-in paragraph style (Normal, List Paragraph, Quote…) by itself.
 */
export function nextStyleOf(styleBuiltIn: string): string {
  return /^(Heading[1-9]|Title|Subtitle|Caption|TocHeading)$/.test(styleBuiltIn) ? "Normal" : styleBuiltIn;
}

/**
 * A paragraph's text as Word's Paragraph.text gives it: tracked deletions not yet accepted are
 * still in it (office-js issues #1267, #2314: with revisions shown inline, as here).
 */
export function paragraphText(paragraph: ParagraphNode): string {
  return paragraph.runs.map((run) => run.text).join("");
}

/** The text as it reads now, tracked deletions left out (Word's getReviewedText("Current")). */
export function currentText(paragraph: ParagraphNode): string {
  return paragraph.runs
    .filter((run) => run.revision?.type !== "Deleted")
    .map((run) => run.text)
    .join("");
}

/** The text before the tracked changes, tracked insertions left out (getReviewedText("Original")). */
export function originalText(paragraph: ParagraphNode): string {
  return paragraph.runs
    .filter((run) => run.revision?.type !== "Added")
    .map((run) => run.text)
    .join("");
}

function sameRevision(a: Revision | undefined, b: Revision | undefined): boolean {
  return a?.type === b?.type && a?.author === b?.author;
}

/** Colour of a whole paragraph as Word reports it: one colour, null for automatic, "mixed". */
export function paragraphColour(paragraph: ParagraphNode): string | null | "mixed" {
  const runs = paragraph.runs.filter((run) => run.text.length > 0);
  if (runs.length === 0) return paragraph.mark.colour;
  const first = runs[0]!.colour;
  return runs.every((run) => run.colour === first) ? first : "mixed";
}

/**
 * Word's built-in heading styles take their colour from the document's theme, and Word reports
 * that colour, not automatic, for a heading whose text has no colour of its own (Office theme).
 */
const HEADING_THEME_COLOURS: Record<string, string> = {
  Heading1: "#2F5496",
  Heading2: "#2F5496",
  Heading3: "#1F3763",
  Title: "#000000",
};

/** The colour Word reports for a whole paragraph: its own, else its style's theme colour. */
export function reportedColour(paragraph: ParagraphNode): string | null | "mixed" {
  const colour = paragraphColour(paragraph);
  return colour === null ? (HEADING_THEME_COLOURS[paragraph.styleBuiltIn] ?? null) : colour;
}

export function paragraphBold(paragraph: ParagraphNode): boolean | "mixed" {
  const runs = paragraph.runs.filter((run) => run.text.length > 0);
  if (runs.length === 0) return paragraph.mark.bold;
  const first = runs[0]!.bold;
  return runs.every((run) => run.bold === first) ? first : "mixed";
}

export function sameCell(a: TableCellPosition | null, b: TableCellPosition | null): boolean {
  if (a === null || b === null) return a === b;
  return a.table === b.table && a.row === b.row && a.column === b.column;
}

/** Whether two paragraphs are in the same content controls (so no control's boundary lies between them). */
export function inSameControls(a: ParagraphNode, b: ParagraphNode): boolean {
  return (
    a.controls.length === b.controls.length && a.controls.every((control, i) => control === b.controls[i])
  );
}

/** Joins neighbouring runs with the same formatting, so run lists stay comparable. */
export function mergeRuns(runs: TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    if (run.text.length === 0) continue;
    const last = merged[merged.length - 1];
    if (
      last &&
      last.colour === run.colour &&
      last.bold === run.bold &&
      sameRevision(last.revision, run.revision)
    )
      last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

/** Splits runs so that a run boundary falls at each given offset. */
export function splitRunsAt(runs: TextRun[], offsets: number[]): TextRun[] {
  let result = runs.map((run) => ({ ...run }));
  for (const offset of offsets) {
    const next: TextRun[] = [];
    let position = 0;
    for (const run of result) {
      const end = position + run.text.length;
      if (offset > position && offset < end) {
        next.push({ ...run, text: run.text.slice(0, offset - position) });
        next.push({ ...run, text: run.text.slice(offset - position) });
      } else next.push(run);
      position = end;
    }
    result = next;
  }
  return result;
}

export class DocumentCore {
  paragraphs: ParagraphNode[] = [];
  comments: CommentNode[] = [];
  /** Track Changes (Review tab): with it on, edits by anyone, the add-in included, are tracked. */
  changeTrackingMode: ChangeTrackingMode = "Off";
  /** The add-in's settings stored in the document (Word's document.settings and Office's settings). */
  settings = new Map<string, unknown>();
  /**
   * Null stands for a cursor outside the body (a header, a footnote, a text box). Word still gives
   * a selection there, in another story: `outsideBody` is that story's paragraph.
   */
  selection: TextSpan | null = null;
  /** The paragraph of a story outside the body (a header), where the cursor is when `selection` is null. */
  readonly outsideBody: ParagraphNode;
  protected nextParagraphId = 1;
  protected nextControlId = 1;
  protected nextCommentId = 1;
  protected nextReplyId = 1;
  private listeners = new Set<ModelEvents>();

  constructor(specs: (ParagraphSpec | string)[] = [""]) {
    this.outsideBody = this.createParagraph({ text: "Header text" });
    const controlsByTag = new Map<string, ContentControlNode>();
    let previousTag: string | undefined;
    for (const raw of specs.length > 0 ? specs : [""]) {
      const spec: ParagraphSpec = typeof raw === "string" ? { text: raw } : raw;
      const node = this.createParagraph(spec);
      if (spec.contentControlTag) {
        let control = controlsByTag.get(spec.contentControlTag);
        if (!control || previousTag !== spec.contentControlTag) {
          control = this.createControl(spec.contentControlTag, spec.contentControlTag, false);
          controlsByTag.set(spec.contentControlTag, control);
        }
        node.controls = [control];
      }
      previousTag = spec.contentControlTag;
      this.paragraphs.push(node);
    }
    // Word opens a document with the cursor at its start.
    const first = this.paragraphs[0];
    this.selection = first
      ? { start: { paragraph: first, offset: 0 }, end: { paragraph: first, offset: 0 } }
      : null;
  }

  createParagraph(spec: ParagraphSpec): ParagraphNode {
    const runs: TextRun[] = spec.runs
      ? spec.runs.map((run) => ({
          text: run.text,
          colour: normaliseColour(run.colour),
          bold: run.bold ?? false,
        }))
      : [{ text: spec.text ?? "", colour: normaliseColour(spec.colour), bold: spec.bold ?? false }];
    const merged = mergeRuns(runs);
    const first = runs[0];
    const list =
      spec.list === undefined
        ? null
        : typeof spec.list === "number"
          ? { id: spec.list, level: 0 }
          : spec.list;
    return {
      id: `{P-${this.nextParagraphId++}}`,
      runs: merged,
      mark: { colour: first?.colour ?? null, bold: first?.bold ?? false },
      styleBuiltIn: spec.styleBuiltIn ?? (list ? "ListParagraph" : "Normal"),
      list,
      cell: spec.cell ?? null,
      controls: [],
    };
  }

  createControl(tag: string, title: string, insertedByAddIn: boolean): ContentControlNode {
    return { id: this.nextControlId++, tag, title, colour: "#000000", insertedByAddIn, cannotDelete: false };
  }

  // ----- reading -------------------------------------------------------------------------------

  indexOf(paragraph: ParagraphNode): number {
    return this.paragraphs.indexOf(paragraph);
  }

  contains(paragraph: ParagraphNode): boolean {
    return this.paragraphs.includes(paragraph);
  }

  /** Whether two paragraphs are in the same story (both in the body, or the same paragraph outside it). */
  sameStory(a: ParagraphNode, b: ParagraphNode): boolean {
    return a === b || (this.contains(a) && this.contains(b));
  }

  /** Every content control in the document, in document order of first paragraph. */
  controls(): ContentControlNode[] {
    const seen = new Set<ContentControlNode>();
    for (const paragraph of this.paragraphs) for (const control of paragraph.controls) seen.add(control);
    return [...seen];
  }

  paragraphsOf(control: ContentControlNode): ParagraphNode[] {
    return this.paragraphs.filter((paragraph) => paragraph.controls.includes(control));
  }

  /** The document as the engine sees it; colour black is reported as automatic (null). */
  toSnapshot(): DocumentSnapshot {
    return { paragraphs: this.paragraphs.map((paragraph) => this.snapshotParagraph(paragraph)) };
  }

  snapshotParagraph(paragraph: ParagraphNode): SnapshotParagraph {
    const colour = reportedColour(paragraph);
    const innermost = paragraph.controls[paragraph.controls.length - 1];
    const text = currentText(paragraph);
    const wordText = paragraphText(paragraph);
    return {
      text,
      // Word's own text where tracked deletions make it differ, as the add-in reads it.
      ...(wordText !== text ? { wordText } : {}),
      styleBuiltIn: paragraph.styleBuiltIn,
      outlineLevel: outlineLevelOf(paragraph.styleBuiltIn),
      bold: paragraphBold(paragraph),
      colour: colour === "#000000" ? null : colour,
      inTable: paragraph.cell !== null,
      inList: paragraph.list !== null,
      contentControlTag: innermost ? innermost.tag : null,
    };
  }

  /** Each tracked change, paragraph by paragraph, as Word's getTrackedChanges lists them. */
  trackedChanges(): {
    paragraph: ParagraphNode;
    start: number;
    end: number;
    type: Revision["type"];
    text: string;
    author: string;
  }[] {
    const changes: ReturnType<DocumentCore["trackedChanges"]> = [];
    for (const paragraph of this.paragraphs) {
      let position = 0;
      for (const run of paragraph.runs) {
        if (run.revision)
          changes.push({
            paragraph,
            start: position,
            end: position + run.text.length,
            type: run.revision.type,
            text: run.text,
            author: run.revision.author,
          });
        position += run.text.length;
      }
    }
    return changes;
  }

  /** Plain text of every paragraph, as Word gives it (tracked deletions included). */
  texts(): string[] {
    return this.paragraphs.map(paragraphText);
  }

  /** Each paragraph's runs, for checking colours: [{ text, colour }]. */
  runs(): { text: string; colour: string | null; bold: boolean }[][] {
    return this.paragraphs.map((paragraph) => paragraph.runs.map((run) => ({ ...run })));
  }

  commentList(): {
    paragraph: number;
    authorName: string;
    content: string;
    writtenByAddIn: boolean;
    resolved: boolean;
    replies: { authorName: string; content: string }[];
  }[] {
    return this.comments.map((comment) => ({
      paragraph: this.indexOf(comment.anchor.start.paragraph),
      authorName: comment.authorName,
      content: comment.content,
      writtenByAddIn: comment.writtenByAddIn,
      resolved: comment.resolved,
      replies: comment.replies.map(({ authorName, content }) => ({ authorName, content })),
    }));
  }

  /** Every reply in every thread, for tests that nothing a person wrote was lost. */
  allReplies(): ReplyNode[] {
    return this.comments.flatMap((comment) => comment.replies);
  }

  /** The selection as paragraph indices and offsets, or null when there is none. */
  selectionPosition(): { paragraph: number; start: number; endParagraph: number; end: number } | null {
    if (!this.selection) return null;
    return {
      paragraph: this.indexOf(this.selection.start.paragraph),
      start: this.selection.start.offset,
      endParagraph: this.indexOf(this.selection.end.paragraph),
      end: this.selection.end.offset,
    };
  }

  /** The text of the selection (within one paragraph, or across paragraphs joined by "\r"). */
  selectedText(): string {
    if (!this.selection) return "";
    return this.spanText(this.selection);
  }

  spanText(span: TextSpan): string {
    const first = this.indexOf(span.start.paragraph);
    const last = this.indexOf(span.end.paragraph);
    if (first < 0 || last < 0) return "";
    const parts: string[] = [];
    for (let index = first; index <= last; index++) {
      const text = paragraphText(this.paragraphs[index]!);
      const from = index === first ? span.start.offset : 0;
      const to = index === last ? span.end.offset : text.length;
      parts.push(text.slice(from, to));
    }
    return parts.join("\r");
  }

  save(): SavedDocument {
    const controls = this.controls();
    return {
      paragraphs: this.paragraphs.map((p) => ({
        runs: p.runs.map((run) => ({ ...run })),
        mark: { ...p.mark },
        styleBuiltIn: p.styleBuiltIn,
        list: p.list ? { ...p.list } : null,
        cell: p.cell ? { ...p.cell } : null,
        controls: p.controls.map((control) => controls.indexOf(control)),
      })),
      controls: controls.map((control) => ({ ...control })),
      comments: this.comments.map((comment) => ({
        authorName: comment.authorName,
        content: comment.content,
        writtenByAddIn: comment.writtenByAddIn,
        resolved: comment.resolved,
        anchor: {
          paragraph: this.indexOf(comment.anchor.start.paragraph),
          start: comment.anchor.start.offset,
          end: comment.anchor.end.offset,
        },
        replies: comment.replies.map(({ authorName, content, writtenByAddIn }) => ({
          authorName,
          content,
          writtenByAddIn,
        })),
      })),
      settings: JSON.parse(JSON.stringify(Object.fromEntries(this.settings))) as Record<string, unknown>,
    };
  }

  /** Replaces this (new, empty) document's content and settings with a saved one's. */
  protected restore(saved: SavedDocument): void {
    const model = this;
    const controls = saved.controls.map((control) => ({ ...control }));
    model.nextControlId = controls.reduce((max, control) => Math.max(max, control.id + 1), 1);
    model.paragraphs = saved.paragraphs.map((p) => ({
      id: `{P-${model.nextParagraphId++}}`,
      runs: p.runs.map((run) => ({ ...run })),
      mark: { ...p.mark },
      styleBuiltIn: p.styleBuiltIn,
      list: p.list ? { ...p.list } : null,
      cell: p.cell ? { ...p.cell } : null,
      controls: p.controls.map((index) => controls[index]!),
    }));
    if (model.paragraphs.length === 0) model.paragraphs.push(model.createParagraph({ text: "" }));
    const first = model.paragraphs[0]!;
    model.selection = { start: { paragraph: first, offset: 0 }, end: { paragraph: first, offset: 0 } };
    model.comments = saved.comments.map((comment) => {
      const paragraph = model.paragraphs[comment.anchor.paragraph]!;
      return {
        id: `{C-${model.nextCommentId++}}`,
        authorName: comment.authorName,
        content: comment.content,
        writtenByAddIn: comment.writtenByAddIn,
        resolved: comment.resolved,
        anchor: {
          start: { paragraph, offset: comment.anchor.start },
          end: { paragraph, offset: comment.anchor.end },
        },
        replies: (comment.replies ?? []).map((reply) => ({ ...reply, id: `{R-${model.nextReplyId++}}` })),
      };
    });
    model.settings = new Map(Object.entries(saved.settings));
  }

  // ----- events --------------------------------------------------------------------------------

  /** How many event listeners are registered (Word's handlers and Office's selection handler), for tests. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  subscribe(listener: ModelEvents): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How Word's paragraph and content control events reach the add-in (see EventDelivery). */
  eventDelivery: EventDelivery = { kind: "prompt" };
  private held = new Map<string, () => void>();
  private heldCount = 0;
  private flushScheduled = false;

  /** Word raises events after the change, asynchronously; so does the fake. */
  private emit(deliver: (listener: ModelEvents) => void): void {
    const listeners = [...this.listeners];
    void Promise.resolve().then(() => listeners.forEach(deliver));
  }

  /** A Word event, delivered as `eventDelivery` says: promptly, late, out of order, coalesced or not at all. */
  private emitWordEvent(kind: WordEventKind, deliver: (listener: ModelEvents) => void): void {
    const listeners = [...this.listeners];
    const send = () => listeners.forEach(deliver);
    const delivery = this.eventDelivery;
    switch (delivery.kind) {
      case "prompt":
        void Promise.resolve().then(send);
        return;
      case "late":
        setTimeout(send, delivery.delayMs);
        return;
      case "dropped":
        if (delivery.which === undefined || delivery.which(kind)) return;
        void Promise.resolve().then(send);
        return;
      case "out-of-order":
      case "coalesced":
        // Held until the current task is over; coalesced keeps only the last of each kind.
        this.held.set(delivery.kind === "coalesced" ? kind : `${kind}#${this.heldCount++}`, send);
        if (!this.flushScheduled) {
          this.flushScheduled = true;
          setTimeout(() => {
            const sends = [...this.held.values()];
            this.held.clear();
            this.flushScheduled = false;
            (delivery.kind === "out-of-order" ? sends.reverse() : sends).forEach((s) => s());
          }, 0);
        }
        return;
    }
  }

  emitParagraphs(type: ParagraphEventType, paragraphs: ParagraphNode[]): void {
    if (paragraphs.length === 0) return;
    const ids = paragraphs.map((p) => p.id);
    const controlIds = [...new Set(paragraphs.flatMap((p) => p.controls.map((c) => c.id)))];
    this.emitWordEvent(type, (listener) => listener.paragraphs(type, ids));
    if (controlIds.length > 0)
      this.emitWordEvent("ContentControlDataChanged", (listener) => listener.contentControlData(controlIds));
  }

  emitSelection(): void {
    this.emit((listener) => listener.selection());
  }

  // ----- edits shared by the API and the user actions ---------------------------------------------

  /** The revision an edit by `author` makes: none while Track Changes is off. */
  revisionBy(author: string | undefined, type: Revision["type"]): Revision | undefined {
    return author !== undefined && this.changeTrackingMode !== "Off" ? { type, author } : undefined;
  }

  /**
   * Inserts text at an offset; it takes the formatting of the text before it (or the mark's).
   * With Track Changes on, an edit by `author` is a tracked insertion.
   */
  insertTextAt(
    paragraph: ParagraphNode,
    offset: number,
    text: string,
    format?: MarkFormat,
    author?: string,
  ): void {
    const current = paragraphText(paragraph);
    const at = Math.max(0, Math.min(offset, current.length));
    const inherited = format ?? this.formatAt(paragraph, at);
    const runs = splitRunsAt(paragraph.runs, [at]);
    let position = 0;
    let index = 0;
    while (index < runs.length && position + runs[index]!.text.length <= at) {
      position += runs[index]!.text.length;
      index++;
    }
    const revision = this.revisionBy(author, "Added");
    runs.splice(index, 0, {
      text,
      colour: inherited.colour,
      bold: inherited.bold,
      ...(revision ? { revision } : {}),
    });
    paragraph.runs = mergeRuns(runs);
  }

  /** The formatting text typed at this offset would take. */
  formatAt(paragraph: ParagraphNode, offset: number): MarkFormat {
    let position = 0;
    let before: TextRun | undefined;
    for (const run of paragraph.runs) {
      if (position < offset) before = run;
      position += run.text.length;
    }
    const source = before ?? paragraph.runs[0];
    return source ? { colour: source.colour, bold: source.bold } : { ...paragraph.mark };
  }

  /**
   * Deletes characters [start, end) of Word's text. With Track Changes on, a deletion by `author`
   * keeps the text, marked deleted, as Word does; only text that was itself a tracked insertion
   * goes at once.
   */
  deleteText(paragraph: ParagraphNode, start: number, end: number, author?: string): void {
    const runs = splitRunsAt(paragraph.runs, [start, end]);
    const deletion = this.revisionBy(author, "Deleted");
    let position = 0;
    const kept: TextRun[] = [];
    let firstRemoved: TextRun | undefined;
    for (const run of runs) {
      const runEnd = position + run.text.length;
      const inside = position >= start && runEnd <= end;
      if (inside && deletion && run.revision?.type !== "Added")
        kept.push({ ...run, revision: run.revision ?? deletion });
      else if (inside) firstRemoved ??= run;
      else kept.push(run);
      position = runEnd;
    }
    paragraph.runs = mergeRuns(kept);
    // Emptying a paragraph leaves its mark with the formatting of the deleted text, as in Word.
    if (paragraph.runs.length === 0 && firstRemoved)
      paragraph.mark = { colour: firstRemoved.colour, bold: firstRemoved.bold };
  }

  /** Applies a format to a span of one paragraph (the whole paragraph also sets its mark). */
  formatSpan(paragraph: ParagraphNode, start: number, end: number, change: Partial<MarkFormat>): void {
    const length = paragraphText(paragraph).length;
    const runs = splitRunsAt(paragraph.runs, [start, end]);
    let position = 0;
    for (const run of runs) {
      const runEnd = position + run.text.length;
      if (position >= start && runEnd <= end) Object.assign(run, change);
      position = runEnd;
    }
    paragraph.runs = mergeRuns(runs);
    if (start <= 0 && end >= length) Object.assign(paragraph.mark, change);
  }

  /** Inserts a new paragraph after (or before) another; like Word, it inherits the paragraph's formatting and place. */
  insertParagraphBeside(
    anchor: ParagraphNode,
    text: string,
    where: "Before" | "After",
    author?: string,
  ): ParagraphNode {
    const node = this.createParagraph({ text });
    node.styleBuiltIn = anchor.styleBuiltIn;
    node.list = anchor.list ? { ...anchor.list } : null;
    node.cell = anchor.cell ? { ...anchor.cell } : null;
    node.controls = [...anchor.controls];
    node.mark = { ...anchor.mark };
    const revision = this.revisionBy(author, "Added");
    node.runs = text
      ? [{ text, colour: anchor.mark.colour, bold: anchor.mark.bold, ...(revision ? { revision } : {}) }]
      : [];
    const index = this.indexOf(anchor);
    this.paragraphs.splice(where === "After" ? index + 1 : index, 0, node);
    return node;
  }

  /** Inserts a plain paragraph at the very start or end of the body, outside tables, lists and controls. */
  insertParagraphInBody(text: string, where: "Start" | "End", author?: string): ParagraphNode {
    const node = this.createParagraph({ text });
    const revision = this.revisionBy(author, "Added");
    if (revision) node.runs = node.runs.map((run) => ({ ...run, revision }));
    if (where === "Start") this.paragraphs.unshift(node);
    else this.paragraphs.push(node);
    return node;
  }

  removeParagraph(paragraph: ParagraphNode): void {
    const index = this.indexOf(paragraph);
    if (index < 0) return;
    this.paragraphs.splice(index, 1);
    this.comments = this.comments.filter(
      (c) => c.anchor.start.paragraph !== paragraph && c.anchor.end.paragraph !== paragraph,
    );
    if (this.paragraphs.length === 0) this.paragraphs.push(this.createParagraph({ text: "" }));
    if (
      this.selection &&
      (this.selection.start.paragraph === paragraph || this.selection.end.paragraph === paragraph)
    ) {
      const landing = this.paragraphs[Math.min(index, this.paragraphs.length - 1)]!;
      this.selection = { start: { paragraph: landing, offset: 0 }, end: { paragraph: landing, offset: 0 } };
    }
  }

  addComment(anchor: TextSpan, content: string, authorName: string, writtenByAddIn: boolean): CommentNode {
    const comment: CommentNode = {
      id: `{C-${this.nextCommentId++}}`,
      authorName,
      content,
      writtenByAddIn,
      anchor,
      resolved: false,
      replies: [],
    };
    this.comments.push(comment);
    return comment;
  }

  addReply(comment: CommentNode, content: string, authorName: string, writtenByAddIn: boolean): ReplyNode {
    const reply: ReplyNode = { id: `{R-${this.nextReplyId++}}`, authorName, content, writtenByAddIn };
    comment.replies.push(reply);
    return reply;
  }
}
