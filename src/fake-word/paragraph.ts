import {
  FakeClientObject,
  FakeClientResult,
  FakeCollection,
  type NavigationSpec,
  type ScalarSpec,
} from "./client-object";
import { FakeContentControl } from "./content-control";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import { currentText, originalText, type ParagraphNode, paragraphText, type TextSpan } from "./model";
import { FakeFont, FakeRange, FakeRangeCollection } from "./range";
import { findAll, type SearchOptions, selectSpan, wholeParagraph } from "./spans";
import type { Mirror } from "./typing";

export class FakeParagraphCollection
  extends FakeCollection<ParagraphNode, FakeParagraph>
  implements Mirror<Word.ParagraphCollection, "items" | "getFirst" | "getLast">
{
  constructor(context: FakeRequestContext, path: string, resolver: () => ParagraphNode[] | null) {
    super(context, path, resolver);
  }

  protected createItem(node: ParagraphNode, index: number): FakeParagraph {
    return new FakeParagraph(this.context, `${this.objectPath}.items[${index}]`, () => node);
  }

  getFirst(): FakeParagraph {
    this.navigation("WordApi 1.3", "ParagraphCollection.getFirst");
    return new FakeParagraph(this.context, `${this.objectPath}.getFirst()`, () => {
      const first = this.requireNode()[0];
      if (!first) throw new FakeOfficeError("ItemNotFound", `${this.objectPath} is empty`);
      return first;
    });
  }

  getLast(): FakeParagraph {
    this.navigation("WordApi 1.3", "ParagraphCollection.getLast");
    return new FakeParagraph(this.context, `${this.objectPath}.getLast()`, () => {
      const nodes = this.requireNode();
      const last = nodes[nodes.length - 1];
      if (!last) throw new FakeOfficeError("ItemNotFound", `${this.objectPath} is empty`);
      return last;
    });
  }
}

type ParagraphInsertLocation = Parameters<Word.Paragraph["insertParagraph"]>[1];

export class FakeParagraph
  extends FakeClientObject<ParagraphNode>
  implements
    Mirror<
      Word.Paragraph,
      | "text"
      | "styleBuiltIn"
      | "outlineLevel"
      | "isListItem"
      | "tableNestingLevel"
      | "uniqueLocalId"
      | "font"
      | "parentContentControlOrNullObject"
      | "getRange"
      | "insertParagraph"
      | "search"
      | "select"
      | "getReviewedText"
      | "insertText"
      | "delete"
    >
{
  private fontProxy: FakeFont | undefined;
  private parentControlProxy: FakeContentControl | undefined;

  constructor(context: FakeRequestContext, path: string, resolver: () => ParagraphNode | null) {
    super(context, path, resolver);
  }

  protected scalars(): Record<string, ScalarSpec<ParagraphNode>> {
    return {
      text: { apiSet: "WordApi 1.1", get: (p) => paragraphText(p) },
      styleBuiltIn: {
        apiSet: "WordApi 1.3",
        get: (p) => p.styleBuiltIn,
        set: (p, value) => {
          p.styleBuiltIn = String(value);
          this.context.noteChanged(p);
        },
      },
      // Word's body-text outline level is 10 (wdOutlineLevelBodyText).
      outlineLevel: {
        apiSet: "WordApi 1.1",
        get: (p) => Number(/^Heading([1-9])$/.exec(p.styleBuiltIn)?.[1] ?? 10),
      },
      isListItem: { apiSet: "WordApi 1.3", get: (p) => p.list !== null },
      tableNestingLevel: { apiSet: "WordApi 1.3", get: (p) => (p.cell ? 1 : 0) },
      uniqueLocalId: { apiSet: "WordApi 1.6", get: (p) => p.id },
    };
  }

  protected override navigations(): Record<string, NavigationSpec> {
    return {
      font: { apiSet: "WordApi 1.1", get: () => this.font },
      parentContentControlOrNullObject: {
        apiSet: "WordApi 1.3",
        get: () => this.parentContentControlOrNullObject,
      },
    };
  }

  get text(): string {
    return this.read("text");
  }

  get styleBuiltIn(): Word.Paragraph["styleBuiltIn"] {
    return this.read("styleBuiltIn");
  }

  set styleBuiltIn(value: Word.Paragraph["styleBuiltIn"]) {
    this.write("styleBuiltIn", value);
  }

  get outlineLevel(): number {
    return this.read("outlineLevel");
  }

  get isListItem(): boolean {
    return this.read("isListItem");
  }

  get tableNestingLevel(): number {
    return this.read("tableNestingLevel");
  }

  get uniqueLocalId(): string {
    return this.read("uniqueLocalId");
  }

  get font(): FakeFont {
    this.navigation("WordApi 1.1", "Paragraph.font");
    return (this.fontProxy ??= new FakeFont(this.context, `${this.objectPath}.font`, () => {
      const paragraph = this.requireNode();
      return [wholeParagraph(paragraph)];
    }));
  }

  get parentContentControlOrNullObject(): FakeContentControl {
    this.navigation("WordApi 1.3", "Paragraph.parentContentControlOrNullObject");
    return (this.parentControlProxy ??= new FakeContentControl(
      this.context,
      `${this.objectPath}.parentContentControlOrNullObject`,
      () => {
        const controls = this.requireNode().controls;
        return controls[controls.length - 1] ?? null;
      },
    ));
  }

  getRange(rangeLocation?: Parameters<Word.Paragraph["getRange"]>[0]): FakeRange {
    this.navigation("WordApi 1.3", "Paragraph.getRange");
    const location = String(rangeLocation ?? "Whole");
    return new FakeRange(this.context, `${this.objectPath}.getRange(${location})`, () => {
      const span = wholeParagraph(this.requireNode());
      if (location === "Start") return { start: span.start, end: { ...span.start } };
      if (location === "End" || location === "After") return { start: { ...span.end }, end: span.end };
      return span;
    });
  }

  insertParagraph(paragraphText: string, insertLocation: ParagraphInsertLocation): FakeParagraph {
    const location = String(insertLocation);
    if (location !== "Before" && location !== "After") {
      throw new FakeOfficeError(
        "InvalidArgument",
        `Paragraph.insertParagraph takes "Before" or "After", not "${location}"`,
      );
    }
    let created: ParagraphNode | null = null;
    this.call("WordApi 1.1", "Paragraph.insertParagraph", () => {
      created = this.context.model.insertParagraphBeside(
        this.requireNode(),
        paragraphText,
        location,
        this.context.host.userName,
      );
      this.context.noteAdded(created);
    });
    return new FakeParagraph(this.context, `${this.objectPath}.insertParagraph()`, () => created);
  }

  search(searchText: string, searchOptions?: SearchOptions): FakeRangeCollection {
    this.navigation("WordApi 1.1", "Paragraph.search");
    const matchCase = Boolean(searchOptions && "matchCase" in searchOptions && searchOptions.matchCase);
    return new FakeRangeCollection(this.context, `${this.objectPath}.search()`, () =>
      findAll(this.context.model, wholeParagraph(this.requireNode()), searchText, matchCase),
    );
  }

  /**
   * Paragraph.insertText (WordApi 1.1): "Start" or "End" of the paragraph's text, or "Replace" it
   * all. The new text takes the formatting beside it; with Track Changes on it is tracked.
   */
  insertText(text: string, insertLocation: Parameters<Word.Paragraph["insertText"]>[1]): FakeRange {
    const location = String(insertLocation);
    if (location !== "Start" && location !== "End" && location !== "Replace") {
      throw new FakeOfficeError(
        "InvalidArgument",
        `Paragraph.insertText takes "Start", "End" or "Replace", not "${location}"`,
      );
    }
    let result: TextSpan | null = null;
    this.call("WordApi 1.1", "Paragraph.insertText", () => {
      const paragraph = this.requireNode();
      const model = this.context.model;
      const author = this.context.host.userName;
      let at = location === "End" ? paragraphText(paragraph).length : 0;
      if (location === "Replace") {
        const length = paragraphText(paragraph).length;
        model.deleteText(paragraph, 0, length, author);
        at = paragraphText(paragraph).length;
      }
      model.insertTextAt(paragraph, at, text, undefined, author);
      result = { start: { paragraph, offset: at }, end: { paragraph, offset: at + text.length } };
      this.context.noteChanged(paragraph);
    });
    return new FakeRange(this.context, `${this.objectPath}.insertText()`, () => result);
  }

  /** Paragraph.delete (WordApi 1.1): the paragraph goes, with the comments anchored in it, as in Word. */
  delete(): void {
    this.call("WordApi 1.1", "Paragraph.delete", () => {
      const paragraph = this.requireNode();
      this.context.model.removeParagraph(paragraph);
      this.context.noteDeleted(paragraph);
    });
  }

  /** The text as it reads now ("Current", the default) or before the tracked changes ("Original"). */
  getReviewedText(changeTrackingVersion?: "Original" | "Current"): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.call("WordApi 1.4", "Paragraph.getReviewedText", () => {
      const paragraph = this.requireNode();
      result.set(changeTrackingVersion === "Original" ? originalText(paragraph) : currentText(paragraph));
    });
    return result;
  }

  select(selectionMode?: "Select" | "Start" | "End"): void {
    this.call("WordApi 1.1", "Paragraph.select", () =>
      selectSpan(this.context.model, wholeParagraph(this.requireNode()), selectionMode),
    );
  }
}
