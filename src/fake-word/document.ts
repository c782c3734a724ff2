import { FakeClientObject, type NavigationSpec, type ScalarSpec } from "./client-object";
import { FakeCommentCollection } from "./comment";
import { FakeContentControlCollection } from "./content-control";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import { FakeEventHandlers } from "./events";
import { type DocumentCore, type ParagraphNode, paragraphText, type TextPoint } from "./model";
import { FakeParagraph, FakeParagraphCollection } from "./paragraph";
import { FakeRange } from "./range";
import { FakeSettingCollection } from "./settings";
import { FakeTrackedChangeCollection } from "./tracked-changes";
import type { Mirror } from "./typing";

export class FakeDocument
  extends FakeClientObject<DocumentCore>
  implements
    Mirror<
      Word.Document,
      | "body"
      | "settings"
      | "changeTrackingMode"
      | "getSelection"
      | "onParagraphAdded"
      | "onParagraphChanged"
      | "onParagraphDeleted"
    >
{
  private bodyProxy: FakeBody | undefined;
  private settingsProxy: FakeSettingCollection | undefined;
  private paragraphEvents = new Map<string, FakeEventHandlers<Word.ParagraphChangedEventArgs>>();

  constructor(context: FakeRequestContext) {
    super(context, "document", () => context.model);
  }

  protected scalars(): Record<string, ScalarSpec<DocumentCore>> {
    return {
      changeTrackingMode: {
        apiSet: "WordApi 1.4",
        get: (model) => model.changeTrackingMode,
        set: (model, value) => {
          if (value !== "Off" && value !== "TrackAll" && value !== "TrackMineOnly")
            throw new FakeOfficeError("InvalidArgument", `changeTrackingMode "${String(value)}"`);
          model.changeTrackingMode = value;
        },
      },
    };
  }

  get changeTrackingMode(): Word.Document["changeTrackingMode"] {
    return this.read("changeTrackingMode");
  }

  set changeTrackingMode(value: Word.Document["changeTrackingMode"]) {
    this.write("changeTrackingMode", value);
  }

  get body(): FakeBody {
    this.navigation("WordApi 1.1", "Document.body");
    return (this.bodyProxy ??= new FakeBody(this.context));
  }

  get settings(): FakeSettingCollection {
    this.navigation("WordApi 1.4", "Document.settings");
    return (this.settingsProxy ??= new FakeSettingCollection(this.context));
  }

  getSelection(): FakeRange {
    this.navigation("WordApi 1.1", "Document.getSelection");
    return new FakeRange(this.context, "document.getSelection()", () => {
      const model = this.context.model;
      const selection = model.selection;
      // The model's null selection is a cursor outside the body (a header, a text box): Word still
      // gives a range there, in that other story.
      if (!selection) {
        const outside = model.outsideBody;
        return { start: { paragraph: outside, offset: 0 }, end: { paragraph: outside, offset: 0 } };
      }
      return { start: { ...selection.start }, end: { ...selection.end } };
    });
  }

  private paragraphEvent(
    type: "ParagraphAdded" | "ParagraphChanged" | "ParagraphDeleted",
  ): FakeEventHandlers<Word.ParagraphChangedEventArgs> {
    this.navigation("WordApi 1.6", `Document.on${type}`);
    let handlers = this.paragraphEvents.get(type);
    if (!handlers) {
      handlers = new FakeEventHandlers(this.context, `document.on${type}`, "WordApi 1.6", (deliver) => ({
        paragraphs: (eventType, ids) => {
          if (eventType === type) deliver({ type, source: "Local", uniqueLocalIds: ids });
        },
        contentControlData: () => undefined,
        selection: () => undefined,
      }));
      this.paragraphEvents.set(type, handlers);
    }
    return handlers;
  }

  get onParagraphAdded(): FakeEventHandlers<Word.ParagraphAddedEventArgs> {
    return this.paragraphEvent("ParagraphAdded");
  }

  get onParagraphChanged(): FakeEventHandlers<Word.ParagraphChangedEventArgs> {
    return this.paragraphEvent("ParagraphChanged");
  }

  get onParagraphDeleted(): FakeEventHandlers<Word.ParagraphDeletedEventArgs> {
    return this.paragraphEvent("ParagraphDeleted");
  }
}

export class FakeBody
  extends FakeClientObject<DocumentCore>
  implements
    Mirror<
      Word.Body,
      | "text"
      | "paragraphs"
      | "contentControls"
      | "getRange"
      | "insertParagraph"
      | "getComments"
      | "getTrackedChanges"
    >
{
  private paragraphsProxy: FakeParagraphCollection | undefined;
  private controlsProxy: FakeContentControlCollection | undefined;

  constructor(context: FakeRequestContext) {
    super(context, "document.body", () => context.model);
  }

  protected scalars(): Record<string, ScalarSpec<DocumentCore>> {
    return { text: { apiSet: "WordApi 1.1", get: (model) => model.texts().join("\r") } };
  }

  protected override navigations(): Record<string, NavigationSpec> {
    return {
      paragraphs: { apiSet: "WordApi 1.1", get: () => this.paragraphs },
      contentControls: { apiSet: "WordApi 1.1", get: () => this.contentControls },
    };
  }

  get text(): string {
    return this.read("text");
  }

  get paragraphs(): FakeParagraphCollection {
    this.navigation("WordApi 1.1", "Body.paragraphs");
    return (this.paragraphsProxy ??= new FakeParagraphCollection(
      this.context,
      "document.body.paragraphs",
      () => [...this.context.model.paragraphs],
    ));
  }

  get contentControls(): FakeContentControlCollection {
    this.navigation("WordApi 1.1", "Body.contentControls");
    return (this.controlsProxy ??= new FakeContentControlCollection(
      this.context,
      "document.body.contentControls",
      () => this.context.model.controls(),
    ));
  }

  getRange(rangeLocation?: Parameters<Word.Body["getRange"]>[0]): FakeRange {
    this.navigation("WordApi 1.3", "Body.getRange");
    const location = String(rangeLocation ?? "Whole");
    return new FakeRange(this.context, `document.body.getRange(${location})`, () => {
      const { paragraphs } = this.context.model;
      const first = paragraphs[0]!;
      const last = paragraphs[paragraphs.length - 1]!;
      const start: TextPoint = { paragraph: first, offset: 0 };
      const end: TextPoint = { paragraph: last, offset: paragraphText(last).length };
      if (location === "Start") return { start, end: { ...start } };
      if (location === "End" || location === "After") return { start: { ...end }, end };
      return { start, end };
    });
  }

  insertParagraph(
    paragraphText: string,
    insertLocation: Parameters<Word.Body["insertParagraph"]>[1],
  ): FakeParagraph {
    const location = String(insertLocation);
    if (location !== "Start" && location !== "End") {
      throw new FakeOfficeError(
        "InvalidArgument",
        `Body.insertParagraph takes "Start" or "End", not "${location}"`,
      );
    }
    let created: ParagraphNode | null = null;
    this.call("WordApi 1.1", "Body.insertParagraph", () => {
      created = this.context.model.insertParagraphInBody(paragraphText, location, this.context.host.userName);
      this.context.noteAdded(created);
    });
    return new FakeParagraph(this.context, "document.body.insertParagraph()", () => created);
  }

  getTrackedChanges(): FakeTrackedChangeCollection {
    this.navigation("WordApi 1.6", "Body.getTrackedChanges");
    return new FakeTrackedChangeCollection(this.context, "document.body.getTrackedChanges()", () =>
      this.context.model.trackedChanges(),
    );
  }

  getComments(): FakeCommentCollection {
    this.navigation("WordApi 1.4", "Body.getComments");
    return new FakeCommentCollection(this.context, "document.body.getComments()", () => [
      ...this.context.model.comments,
    ]);
  }
}
