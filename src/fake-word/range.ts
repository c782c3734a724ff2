import { FakeClientObject, FakeCollection, type NavigationSpec, type ScalarSpec } from "./client-object";
import { FakeComment } from "./comment";
import { FakeContentControl } from "./content-control";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import {
  type CommentNode,
  type ContentControlNode,
  normaliseColour,
  paragraphBold,
  reportedColour,
  paragraphText,
  type TextSpan,
} from "./model";
import { FakeParagraphCollection } from "./paragraph";
import { comparePoints, findAll, type SearchOptions, segments, selectSpan } from "./spans";
import type { Mirror } from "./typing";

export class FakeFont extends FakeClientObject<TextSpan[]> implements Mirror<Word.Font, "color" | "bold"> {
  constructor(context: FakeRequestContext, path: string, resolver: () => TextSpan[]) {
    super(context, path, resolver);
  }

  private parts(spans: TextSpan[]) {
    return spans.flatMap((span) => segments(this.context.model, span));
  }

  protected scalars(): Record<string, ScalarSpec<TextSpan[]>> {
    return {
      // Word reports automatic as black, and mixed formatting as null (the types say string).
      color: {
        apiSet: "WordApi 1.1",
        get: (spans) => {
          const colours = new Set(this.parts(spans).map(({ paragraph }) => reportedColour(paragraph)));
          const only = colours.size === 1 ? [...colours][0] : "mixed";
          // Mixed colours come back as null, or as "" on some hosts (office-js #5997).
          if (only === "mixed") return this.context.host.quirks?.mixedColourAsEmpty ? "" : null;
          return only ?? "#000000";
        },
        set: (spans, value) => {
          const colour = normaliseColour(String(value));
          for (const part of this.parts(spans)) {
            this.context.model.formatSpan(part.paragraph, part.start, part.end, { colour });
            this.context.noteChanged(part.paragraph);
          }
        },
      },
      bold: {
        apiSet: "WordApi 1.1",
        get: (spans) => {
          const values = new Set(this.parts(spans).map(({ paragraph }) => paragraphBold(paragraph)));
          const only = values.size === 1 ? [...values][0] : "mixed";
          return only === "mixed" ? null : (only ?? false);
        },
        set: (spans, value) => {
          for (const part of this.parts(spans)) {
            this.context.model.formatSpan(part.paragraph, part.start, part.end, { bold: Boolean(value) });
            this.context.noteChanged(part.paragraph);
          }
        },
      },
    };
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.write("color", value);
  }

  get bold(): boolean {
    return this.read("bold");
  }

  set bold(value: boolean) {
    this.write("bold", value);
  }
}

// ------------------------------------------------------------------------------------------------

type RangeInsertLocation = Parameters<Word.Range["insertText"]>[1];

export class FakeRange
  extends FakeClientObject<TextSpan>
  implements
    Mirror<
      Word.Range,
      | "text"
      | "isEmpty"
      | "paragraphs"
      | "font"
      | "expandTo"
      | "expandToOrNullObject"
      | "select"
      | "insertComment"
      | "insertContentControl"
      | "insertText"
      | "search"
      | "getRange"
    >
{
  private paragraphsProxy: FakeParagraphCollection | undefined;
  private fontProxy: FakeFont | undefined;

  constructor(context: FakeRequestContext, path: string, resolver: () => TextSpan | null) {
    super(context, path, resolver);
  }

  protected scalars(): Record<string, ScalarSpec<TextSpan>> {
    return {
      text: { apiSet: "WordApi 1.1", get: (span) => this.context.model.spanText(span) },
      isEmpty: {
        apiSet: "WordApi 1.3",
        get: (span) => span.start.paragraph === span.end.paragraph && span.start.offset === span.end.offset,
      },
    };
  }

  protected override navigations(): Record<string, NavigationSpec> {
    return {
      paragraphs: { apiSet: "WordApi 1.1", get: () => this.paragraphs },
      font: { apiSet: "WordApi 1.1", get: () => this.font },
    };
  }

  get text(): string {
    return this.read("text");
  }

  get isEmpty(): boolean {
    return this.read("isEmpty");
  }

  get paragraphs(): FakeParagraphCollection {
    this.navigation("WordApi 1.1", "Range.paragraphs");
    return (this.paragraphsProxy ??= new FakeParagraphCollection(
      this.context,
      `${this.objectPath}.paragraphs`,
      () => {
        const span = this.resolveNode();
        if (span === null) return null;
        const model = this.context.model;
        // A range in another story (a header) has that story's paragraph.
        if (!model.contains(span.start.paragraph)) return [span.start.paragraph];
        return model.paragraphs.slice(
          model.indexOf(span.start.paragraph),
          model.indexOf(span.end.paragraph) + 1,
        );
      },
    ));
  }

  get font(): FakeFont {
    this.navigation("WordApi 1.1", "Range.font");
    return (this.fontProxy ??= new FakeFont(this.context, `${this.objectPath}.font`, () => [
      this.requireNode(),
    ]));
  }

  /** Throws ItemNotFound at sync when the ranges have no union (they are in different stories). */
  expandTo(range: FakeRange): FakeRange {
    this.navigation("WordApi 1.3", "Range.expandTo");
    this.context.assertSameContext(range);
    return new FakeRange(this.context, `${this.objectPath}.expandTo()`, () => {
      const union = this.union(range);
      if (!union) throw new FakeOfficeError("ItemNotFound", "the two ranges don't have a union");
      return union;
    });
  }

  /** A null object when the ranges have no union, instead of failing the batch. */
  expandToOrNullObject(range: FakeRange): FakeRange {
    this.navigation("WordApi 1.3", "Range.expandToOrNullObject");
    this.context.assertSameContext(range);
    return new FakeRange(this.context, `${this.objectPath}.expandToOrNullObject()`, () => this.union(range));
  }

  private union(range: FakeRange): TextSpan | null {
    const a = this.resolveNode();
    const b = range.resolveNode();
    if (a === null || b === null) return null;
    const model = this.context.model;
    if (!model.sameStory(a.start.paragraph, b.start.paragraph)) return null;
    return {
      start: comparePoints(model, a.start, b.start) <= 0 ? a.start : b.start,
      end: comparePoints(model, a.end, b.end) >= 0 ? a.end : b.end,
    };
  }

  /**
   * Range.getRange (WordApi 1.3): the whole range, or the point at its start or end ("Before" and
   * "After" are those points too, in the fake's model of a paragraph's text).
   */
  getRange(rangeLocation?: Parameters<Word.Range["getRange"]>[0]): FakeRange {
    this.navigation("WordApi 1.3", "Range.getRange");
    const location = String(rangeLocation ?? "Whole");
    return new FakeRange(this.context, `${this.objectPath}.getRange(${location})`, () => {
      const span = this.requireNode();
      if (location === "Start" || location === "Before") return { start: span.start, end: { ...span.start } };
      if (location === "End" || location === "After") return { start: { ...span.end }, end: span.end };
      if (location === "Whole" || location === "Content") return span;
      throw new FakeOfficeError("InvalidArgument", `Range.getRange does not take "${location}"`);
    });
  }

  select(selectionMode?: "Select" | "Start" | "End"): void {
    this.call("WordApi 1.1", "Range.select", () =>
      selectSpan(this.context.model, this.requireNode(), selectionMode),
    );
  }

  insertComment(commentText: string): FakeComment {
    let created: CommentNode | null = null;
    this.call("WordApi 1.4", "Range.insertComment", () => {
      const span = this.requireNode();
      created = this.context.model.addComment(
        { start: { ...span.start }, end: { ...span.end } },
        commentText,
        this.context.host.userName,
        true,
      );
    });
    return new FakeComment(this.context, `${this.objectPath}.insertComment()`, () => created);
  }

  /** The fake supports controls around whole paragraphs only (the add-in's sections). */
  insertContentControl(
    contentControlType?: Parameters<Word.Range["insertContentControl"]>[0],
  ): FakeContentControl {
    const type = String(contentControlType ?? "RichText");
    // Called without an argument it is WordApi 1.1 (a rich text control); naming the type is 1.5.
    if (contentControlType !== undefined)
      this.context.requireApi("WordApi 1.5", "Range.insertContentControl(contentControlType)");
    let created: ContentControlNode | null = null;
    this.call("WordApi 1.1", "Range.insertContentControl", () => {
      if (type !== "RichText")
        throw new FakeOfficeError("InvalidArgument", `the fake inserts RichText controls only, not ${type}`);
      const span = this.requireNode();
      const model = this.context.model;
      if (span.start.offset !== 0 || span.end.offset !== paragraphText(span.end.paragraph).length) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "the fake wraps whole paragraphs only in a content control",
        );
      }
      created = model.createControl("", "", true);
      const paragraphs = model.paragraphs.slice(
        model.indexOf(span.start.paragraph),
        model.indexOf(span.end.paragraph) + 1,
      );
      for (const paragraph of paragraphs) {
        paragraph.controls = [...paragraph.controls, created];
        this.context.noteChanged(paragraph);
      }
    });
    return new FakeContentControl(this.context, `${this.objectPath}.insertContentControl()`, () => created);
  }

  insertText(text: string, insertLocation: RangeInsertLocation): FakeRange {
    const location = String(insertLocation);
    let result: TextSpan | null = null;
    this.call("WordApi 1.1", "Range.insertText", () => {
      const span = this.requireNode();
      const model = this.context.model;
      if (span.start.paragraph !== span.end.paragraph) {
        throw new FakeOfficeError("InvalidArgument", "the fake replaces text within one paragraph only");
      }
      const paragraph = span.start.paragraph;
      // The add-in's edits are the signed-in person's: with Track Changes on, Word tracks them.
      const author = this.context.host.userName;
      if (location === "Replace") {
        const format = model.formatAt(paragraph, span.start.offset + 1);
        const before = paragraphText(paragraph).length;
        model.deleteText(paragraph, span.start.offset, span.end.offset, author);
        // A tracked deletion keeps the old text: the new text goes after it.
        const at = span.end.offset - (before - paragraphText(paragraph).length);
        model.insertTextAt(paragraph, at, text, format, author);
        result = {
          start: { paragraph, offset: at },
          end: { paragraph, offset: at + text.length },
        };
      } else if (location === "Start" || location === "Before") {
        model.insertTextAt(paragraph, span.start.offset, text, undefined, author);
        result = {
          start: { paragraph, offset: span.start.offset },
          end: { paragraph, offset: span.start.offset + text.length },
        };
      } else if (location === "End" || location === "After") {
        model.insertTextAt(paragraph, span.end.offset, text, undefined, author);
        result = {
          start: { paragraph, offset: span.end.offset },
          end: { paragraph, offset: span.end.offset + text.length },
        };
      } else throw new FakeOfficeError("InvalidArgument", `Range.insertText does not take "${location}"`);
      this.context.noteChanged(paragraph);
    });
    return new FakeRange(this.context, `${this.objectPath}.insertText()`, () => result);
  }

  search(searchText: string, searchOptions?: SearchOptions): FakeRangeCollection {
    this.navigation("WordApi 1.1", "Range.search");
    const matchCase = Boolean(searchOptions && "matchCase" in searchOptions && searchOptions.matchCase);
    return new FakeRangeCollection(this.context, `${this.objectPath}.search()`, () =>
      findAll(this.context.model, this.requireNode(), searchText, matchCase),
    );
  }
}

export class FakeRangeCollection
  extends FakeCollection<TextSpan, FakeRange>
  implements Mirror<Word.RangeCollection, "items" | "getFirst" | "getFirstOrNullObject">
{
  constructor(context: FakeRequestContext, path: string, resolver: () => TextSpan[]) {
    super(context, path, resolver);
  }

  protected createItem(node: TextSpan, index: number): FakeRange {
    return new FakeRange(this.context, `${this.objectPath}.items[${index}]`, () => node);
  }

  getFirst(): FakeRange {
    this.navigation("WordApi 1.3", "RangeCollection.getFirst");
    return new FakeRange(this.context, `${this.objectPath}.getFirst()`, () => {
      const first = this.requireNode()[0];
      if (!first) throw new FakeOfficeError("ItemNotFound", `${this.objectPath} is empty`);
      return first;
    });
  }

  getFirstOrNullObject(): FakeRange {
    this.navigation("WordApi 1.3", "RangeCollection.getFirstOrNullObject");
    return new FakeRange(
      this.context,
      `${this.objectPath}.getFirstOrNullObject()`,
      () => this.requireNode()[0] ?? null,
    );
  }
}
