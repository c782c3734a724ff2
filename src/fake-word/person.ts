import {
  DocumentCore,
  PARAGRAPH_STYLES,
  inSameControls,
  mergeRuns,
  nextStyleOf,
  normaliseColour,
  paragraphText,
  sameCell,
  splitRunsAt,
  type ChangeTrackingMode,
  type ParagraphNode,
  type ParagraphSpec,
  type SavedDocument,
  type TextPoint,
  type TextRun,
} from "./model";

/**
 * The document with a person working on it in Word: typing, Backspace, Enter, joining and
 * deleting paragraphs, styles, colours, moving the cursor and commenting, each raising the events
 * Word raises. The proxies of the fake API see only DocumentCore; tests and the demo act through
 * this class, as the person at the keyboard.
 */
export class DocumentModel extends DocumentCore {
  constructor(specs: (ParagraphSpec | string)[] = [""]) {
    super(specs);
  }

  /** The person at the keyboard, as Word names them on tracked changes and comments. */
  personName = "Social Worker";

  /** Opens a saved document, as Word would on another machine: same content and settings. */
  static open(saved: SavedDocument): DocumentModel {
    const model = new DocumentModel([]);
    model.restore(saved);
    return model;
  }

  // ----- a person working in Word --------------------------------------------------------------

  private paragraphAt(index: number): ParagraphNode {
    const paragraph = this.paragraphs[index];
    if (!paragraph)
      throw new RangeError(`There is no paragraph ${index}; the document has ${this.paragraphs.length}.`);
    return paragraph;
  }

  /** Types text into a paragraph at an offset (the end when not given), as a person would. */
  typeText(paragraphIndex: number, text: string, offset?: number): void {
    const paragraph = this.paragraphAt(paragraphIndex);
    const at = offset ?? paragraphText(paragraph).length;
    this.insertTextAt(paragraph, at, text, undefined, this.personName);
    this.selection = {
      start: { paragraph, offset: at + text.length },
      end: { paragraph, offset: at + text.length },
    };
    this.emitParagraphs("ParagraphChanged", [paragraph]);
    this.emitSelection();
  }

  /** Deletes characters of a paragraph, as a person would with Backspace. */
  deleteCharacters(paragraphIndex: number, start: number, end: number): void {
    const paragraph = this.paragraphAt(paragraphIndex);
    this.deleteText(paragraph, start, end, this.personName);
    this.selection = { start: { paragraph, offset: start }, end: { paragraph, offset: start } };
    this.emitParagraphs("ParagraphChanged", [paragraph]);
    this.emitSelection();
  }

  /**
   * Presses Enter at the end of a paragraph and types text into the new one. The new paragraph
   * continues the paragraph's list, table cell and content controls, and takes its style's "next
   * style" (Normal after a heading, the title or a caption; the same style otherwise), as in Word.
   * Raises ParagraphAdded for the new paragraph.
   */
  insertParagraphAfter(paragraphIndex: number, text = ""): number {
    const anchor = this.paragraphAt(paragraphIndex);
    const node = this.insertParagraphBeside(anchor, "", "After");
    node.styleBuiltIn = nextStyleOf(anchor.styleBuiltIn);
    // A numbered heading is followed by plain Normal text, outside the heading's list.
    if (node.styleBuiltIn !== anchor.styleBuiltIn) node.list = null;
    if (text) this.insertTextAt(node, 0, text, { ...anchor.mark }, this.personName);
    this.selection = {
      start: { paragraph: node, offset: text.length },
      end: { paragraph: node, offset: text.length },
    };
    this.emitParagraphs("ParagraphAdded", [node]);
    this.emitSelection();
    return paragraphIndex + 1;
  }

  /**
   * Presses Enter at an offset of a paragraph. At its end, this is `insertParagraphAfter` (the new
   * paragraph takes the next style). Anywhere else both halves keep the paragraph's style, list,
   * cell and content controls, and the text after the cursor keeps its own runs' formatting:
   *
   * - at the start of a non-empty paragraph, a new empty paragraph goes before it (ParagraphAdded
   *   for the new one; the paragraph itself, its id and comments are unchanged);
   * - in the middle, the paragraph keeps the text before the cursor (ParagraphChanged) and a new
   *   paragraph after it holds the rest (ParagraphAdded). Comments and the selection on the moved
   *   text move with it; a comment across the cursor then spans both paragraphs.
   *
   * The cursor ends at the start of the second half; returns that paragraph's index.
   */
  splitParagraph(paragraphIndex: number, offset: number): number {
    const paragraph = this.paragraphAt(paragraphIndex);
    const length = paragraphText(paragraph).length;
    if (!Number.isInteger(offset) || offset < 0 || offset > length)
      throw new RangeError(`Offset ${offset} is outside paragraph ${paragraphIndex} (length ${length}).`);
    if (offset === length) return this.insertParagraphAfter(paragraphIndex);
    if (offset === 0) {
      const before = this.insertParagraphBeside(paragraph, "", "Before");
      before.mark = this.formatAt(paragraph, 0);
      this.selection = { start: { paragraph, offset: 0 }, end: { paragraph, offset: 0 } };
      this.emitParagraphs("ParagraphAdded", [before]);
      this.emitSelection();
      return paragraphIndex + 1;
    }
    const runs = splitRunsAt(paragraph.runs, [offset]);
    const head: TextRun[] = [];
    const tail: TextRun[] = [];
    let position = 0;
    for (const run of runs) {
      (position < offset ? head : tail).push(run);
      position += run.text.length;
    }
    const node = this.insertParagraphBeside(paragraph, "", "After");
    node.runs = mergeRuns(tail);
    paragraph.runs = mergeRuns(head);
    const moved = (point: TextPoint): TextPoint => ({ paragraph: node, offset: point.offset - offset });
    for (const comment of this.comments) {
      const { start, end } = comment.anchor;
      // Text after the cursor moves; a comment starting at the cursor moves with the text it is on.
      const endMoves = end.paragraph === paragraph && end.offset > offset;
      const endsHere = end.paragraph === paragraph && end.offset <= offset;
      const startMoves =
        start.paragraph === paragraph && (start.offset > offset || (start.offset === offset && !endsHere));
      comment.anchor = { start: startMoves ? moved(start) : start, end: endMoves ? moved(end) : end };
    }
    this.selection = { start: { paragraph: node, offset: 0 }, end: { paragraph: node, offset: 0 } };
    this.emitParagraphs("ParagraphChanged", [paragraph]);
    this.emitParagraphs("ParagraphAdded", [node]);
    this.emitSelection();
    return paragraphIndex + 1;
  }

  /**
   * Joins a paragraph and the one after it, as Backspace at the start of the second (or Delete at
   * the end of the first) does in Word. Returns false, changing nothing and raising nothing, where
   * Word refuses; otherwise the cursor ends at the join and this returns true.
   *
   * - The joined paragraph is the first one (same id): it keeps its style, list and paragraph
   *   mark, and the second paragraph's runs follow its own, each keeping its formatting. The
   *   second paragraph is removed. Raises ParagraphChanged for the first (when it gained text) and
   *   ParagraphDeleted for the second.
   * - When the first paragraph is empty, it is the one removed and the second is kept as it is
   *   (its id, style and list): modern Word keeps the first paragraph's formatting unless it is
   *   empty. Raises ParagraphDeleted for the empty one.
   * - Comments anchored on the removed paragraph move onto the joined one at the same text; no
   *   comment is lost.
   * - Content controls: the join is made when both paragraphs are in the same controls. Across a
   *   control's boundary it would move text into or out of the control, so it is refused; except
   *   that an empty paragraph on one side may be removed when every control it is in keeps another
   *   paragraph (removing it leaves each control whole). Paragraphs in different table cells (or
   *   one in a table, one not) are never joined.
   * - There is nothing to join after the last paragraph: refused.
   */
  joinWithNext(paragraphIndex: number): boolean {
    const first = this.paragraphAt(paragraphIndex);
    const second = this.paragraphs[paragraphIndex + 1];
    if (!second) return false;
    if (!sameCell(first.cell, second.cell)) return false;
    const firstLength = paragraphText(first).length;
    const secondLength = paragraphText(second).length;
    const keepsControls = (removed: ParagraphNode) =>
      removed.controls.every((control) =>
        this.paragraphs.some((other) => other !== removed && other.controls.includes(control)),
      );
    const sameControls = inSameControls(first, second);
    let removed: ParagraphNode;
    if (firstLength === 0 && (sameControls || keepsControls(first))) removed = first;
    else if (sameControls) removed = second;
    else if (secondLength === 0 && keepsControls(second)) removed = second;
    else return false;

    const survivor = removed === first ? second : first;
    const shift = removed === first ? 0 : firstLength;
    if (removed === second) survivor.runs = mergeRuns([...first.runs, ...second.runs]);
    const move = (point: TextPoint): TextPoint =>
      point.paragraph === removed ? { paragraph: survivor, offset: shift + point.offset } : point;
    for (const comment of this.comments) {
      comment.anchor = { start: move(comment.anchor.start), end: move(comment.anchor.end) };
    }
    this.paragraphs.splice(this.indexOf(removed), 1);
    this.selection = {
      start: { paragraph: survivor, offset: shift },
      end: { paragraph: survivor, offset: shift },
    };
    if (removed === second && secondLength > 0) this.emitParagraphs("ParagraphChanged", [survivor]);
    this.emitParagraphs("ParagraphDeleted", [removed]);
    this.emitSelection();
    return true;
  }

  /**
   * Applies a built-in paragraph style to a paragraph, as a person choosing it in Word's Styles
   * gallery. "ListParagraph" stands for the Bullets button too: the paragraph becomes a list item,
   * in the list of the paragraph before it (or after it) when that one is a list item in the same
   * place, else in a new list. Any other style takes the paragraph out of its list, as applying
   * Normal or a heading from the gallery does. The text and its formatting are kept. Raises
   * ParagraphChanged, unless the paragraph already had that style (and list state).
   */
  setParagraphStyle(paragraphIndex: number, styleBuiltIn: string): void {
    const paragraph = this.paragraphAt(paragraphIndex);
    if (!PARAGRAPH_STYLES.includes(styleBuiltIn))
      throw new RangeError(`"${styleBuiltIn}" is not a built-in paragraph style of Word.`);
    const wantsList = styleBuiltIn === "ListParagraph";
    if (paragraph.styleBuiltIn === styleBuiltIn && (paragraph.list !== null) === wantsList) return;
    paragraph.styleBuiltIn = styleBuiltIn;
    if (!wantsList) paragraph.list = null;
    else if (!paragraph.list) {
      const neighbour = [this.paragraphs[paragraphIndex - 1], this.paragraphs[paragraphIndex + 1]].find(
        (other) => other?.list && sameCell(other.cell, paragraph.cell) && inSameControls(other, paragraph),
      );
      const nextId = this.paragraphs.reduce((max, p) => Math.max(max, (p.list?.id ?? 0) + 1), 1);
      paragraph.list = { id: neighbour?.list?.id ?? nextId, level: 0 };
    }
    this.emitParagraphs("ParagraphChanged", [paragraph]);
  }

  /**
   * Ctrl+Z: the document goes back to how it was (`saved`, kept by whoever holds the undo history,
   * as Word keeps its own). Word's undo takes back the add-in's edits as well as the person's, and
   * not the add-in's settings, which are not part of the text. Raises the events an edit would.
   */
  revertTo(saved: SavedDocument): void {
    const settings = this.settings;
    const removed = [...this.paragraphs];
    this.restore(saved);
    this.settings = settings;
    this.emitParagraphs("ParagraphDeleted", removed);
    this.emitParagraphs("ParagraphAdded", this.paragraphs);
    this.emitSelection();
  }

  /** Deletes a whole paragraph, as a person selecting it and pressing Delete. */
  deleteParagraph(paragraphIndex: number): void {
    const paragraph = this.paragraphAt(paragraphIndex);
    // The last paragraph of a control that cannot be deleted: Word empties it and keeps the control.
    if (paragraph.controls.some((c) => c.cannotDelete && this.paragraphsOf(c).length === 1)) {
      this.deleteText(paragraph, 0, paragraphText(paragraph).length);
      this.emitParagraphs("ParagraphChanged", [paragraph]);
      return;
    }
    this.removeParagraph(paragraph);
    this.emitParagraphs("ParagraphDeleted", [paragraph]);
    this.emitSelection();
  }

  /** Moves the cursor (start = end) or selects text within one paragraph; null clears the selection. */
  select(paragraphIndex: number | null, start = 0, end = start): void {
    if (paragraphIndex === null) this.selection = null;
    else {
      const paragraph = this.paragraphAt(paragraphIndex);
      this.selection = { start: { paragraph, offset: start }, end: { paragraph, offset: end } };
    }
    this.emitSelection();
  }

  /** A person's comment on a paragraph (or part of it). */
  addPersonComment(
    paragraphIndex: number,
    content: string,
    authorName = "A. Manager",
    start = 0,
    end?: number,
  ): void {
    const paragraph = this.paragraphAt(paragraphIndex);
    this.addComment(
      {
        start: { paragraph, offset: start },
        end: { paragraph, offset: end ?? paragraphText(paragraph).length },
      },
      content,
      authorName,
      false,
    );
  }

  /**
   * A person replying in a comment's thread: `which` is the comment's position in the document's
   * list, or a test on its words ("the add-in's comment about the safety plan").
   */
  replyToComment(
    which: number | ((content: string) => boolean),
    content: string,
    authorName = "A. Manager",
  ): void {
    const comment =
      typeof which === "number" ? this.comments[which] : this.comments.find((c) => which(c.content));
    if (!comment) throw new RangeError("There is no such comment to reply to.");
    this.addReply(comment, content, authorName, false);
  }

  /** A person ticking Resolve on a comment (or reopening it). */
  resolveComment(index: number, resolved = true): void {
    const comment = this.comments[index];
    if (!comment) throw new RangeError(`There is no comment ${index}.`);
    comment.resolved = resolved;
  }

  /** Turns Track Changes on or off (Review tab); what is already tracked stays tracked. */
  setTrackChanges(mode: ChangeTrackingMode): void {
    this.changeTrackingMode = mode;
  }

  /** Accepts every tracked change, as Review > Accept All Changes does. */
  acceptAllChanges(): void {
    for (const paragraph of this.paragraphs) {
      paragraph.runs = mergeRuns(
        paragraph.runs
          .filter((run) => run.revision?.type !== "Deleted")
          .map((run) => ({ text: run.text, colour: run.colour, bold: run.bold })),
      );
      this.emitParagraphs("ParagraphChanged", [paragraph]);
    }
  }

  /** A person changing the colour of a paragraph's text. */
  colourParagraph(paragraphIndex: number, colour: string | null): void {
    const paragraph = this.paragraphAt(paragraphIndex);
    this.formatSpan(paragraph, 0, paragraphText(paragraph).length, { colour: normaliseColour(colour) });
    this.emitParagraphs("ParagraphChanged", [paragraph]);
  }
}
