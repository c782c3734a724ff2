import { FakeClientObject, FakeCollection, type NavigationSpec, type ScalarSpec } from "./client-object";
import type { FakeRequestContext } from "./context";
import { FakeEventHandlers } from "./events";
import { type ContentControlNode, normaliseColour, type ParagraphNode, paragraphText } from "./model";
import { FakeParagraph, FakeParagraphCollection } from "./paragraph";
import { FakeFont } from "./range";
import { wholeParagraph } from "./spans";
import type { Mirror } from "./typing";

type ControlInsertLocation = Parameters<Word.ContentControl["insertParagraph"]>[1];

export class FakeContentControl
  extends FakeClientObject<ContentControlNode>
  implements
    Mirror<
      Word.ContentControl,
      | "id"
      | "tag"
      | "title"
      | "color"
      | "cannotDelete"
      | "text"
      | "font"
      | "paragraphs"
      | "insertParagraph"
      | "onDataChanged"
      | "track"
      | "untrack"
    >
{
  private fontProxy: FakeFont | undefined;
  private paragraphsProxy: FakeParagraphCollection | undefined;
  private dataChanged: FakeEventHandlers<Word.ContentControlDataChangedEventArgs> | undefined;

  constructor(context: FakeRequestContext, path: string, resolver: () => ContentControlNode | null) {
    super(context, path, resolver);
  }

  protected scalars(): Record<string, ScalarSpec<ContentControlNode>> {
    return {
      id: { apiSet: "WordApi 1.1", get: (control) => control.id },
      tag: {
        apiSet: "WordApi 1.1",
        get: (control) => control.tag,
        set: (control, value) => (control.tag = String(value)),
      },
      title: {
        apiSet: "WordApi 1.1",
        get: (control) => control.title,
        set: (control, value) => (control.title = String(value)),
      },
      color: {
        apiSet: "WordApi 1.1",
        get: (control) => control.colour,
        set: (control, value) => (control.colour = normaliseColour(String(value)) ?? "#000000"),
      },
      // Word: "whether the user can delete the content control" (its Properties box's "cannot be
      // deleted"); the control's contents can still be changed.
      cannotDelete: {
        apiSet: "WordApi 1.1",
        get: (control) => control.cannotDelete,
        set: (control, value) => (control.cannotDelete = value === true),
      },
      text: {
        apiSet: "WordApi 1.1",
        get: (control) => this.context.model.paragraphsOf(control).map(paragraphText).join("\r"),
      },
    };
  }

  protected override navigations(): Record<string, NavigationSpec> {
    return {
      font: { apiSet: "WordApi 1.1", get: () => this.font },
      paragraphs: { apiSet: "WordApi 1.1", get: () => this.paragraphs },
    };
  }

  get id(): number {
    return this.read("id");
  }

  get tag(): string {
    return this.read("tag");
  }

  set tag(value: string) {
    this.write("tag", value);
  }

  get title(): string {
    return this.read("title");
  }

  set title(value: string) {
    this.write("title", value);
  }

  get color(): string {
    return this.read("color");
  }

  set color(value: string) {
    this.write("color", value);
  }

  get cannotDelete(): boolean {
    return this.read("cannotDelete");
  }

  set cannotDelete(value: boolean) {
    this.write("cannotDelete", value);
  }

  get text(): string {
    return this.read("text");
  }

  get font(): FakeFont {
    this.navigation("WordApi 1.1", "ContentControl.font");
    return (this.fontProxy ??= new FakeFont(this.context, `${this.objectPath}.font`, () =>
      this.context.model.paragraphsOf(this.requireNode()).map(wholeParagraph),
    ));
  }

  get paragraphs(): FakeParagraphCollection {
    this.navigation("WordApi 1.1", "ContentControl.paragraphs");
    return (this.paragraphsProxy ??= new FakeParagraphCollection(
      this.context,
      `${this.objectPath}.paragraphs`,
      () => this.context.model.paragraphsOf(this.requireNode()),
    ));
  }

  /** "Before"/"After" put the paragraph outside the control; "Start"/"End" inside it. */
  insertParagraph(paragraphText: string, insertLocation: ControlInsertLocation): FakeParagraph {
    const location = String(insertLocation);
    let created: ParagraphNode | null = null;
    this.call("WordApi 1.1", "ContentControl.insertParagraph", () => {
      const control = this.requireNode();
      const model = this.context.model;
      const inside = model.paragraphsOf(control);
      const anchor = location === "Before" || location === "Start" ? inside[0]! : inside[inside.length - 1]!;
      const where = location === "Before" || location === "Start" ? "Before" : "After";
      created = model.insertParagraphBeside(anchor, paragraphText, where, this.context.host.userName);
      if (location === "Before" || location === "After") {
        created.controls = anchor.controls.slice(0, anchor.controls.indexOf(control));
        created.list = null;
      }
      this.context.noteAdded(created);
    });
    return new FakeParagraph(this.context, `${this.objectPath}.insertParagraph()`, () => created);
  }

  private tracked = false;

  /** context.trackedObjects.add: Word raises a content control's events only for a tracked control. */
  track(): FakeContentControl {
    this.tracked = true;
    return this;
  }

  untrack(): FakeContentControl {
    this.tracked = false;
    return this;
  }

  /**
   * Word's onDataChanged (WordApi 1.5). Microsoft: content control events "require you to call
   * track() on the object you're adding the event to"; without it the handler never runs.
   */
  get onDataChanged(): FakeEventHandlers<Word.ContentControlDataChangedEventArgs> {
    this.navigation("WordApi 1.5", "ContentControl.onDataChanged");
    return (this.dataChanged ??= new FakeEventHandlers(
      this.context,
      `${this.objectPath}.onDataChanged`,
      "WordApi 1.5",
      (deliver) => ({
        paragraphs: () => undefined,
        contentControlData: (ids) => {
          const mine = this.resolveNode();
          if (this.tracked && mine && ids.includes(mine.id))
            deliver({ eventType: "ContentControlDataChanged", ids: [mine.id], source: "Local" });
        },
        selection: () => undefined,
      }),
    ));
  }
}

export class FakeContentControlCollection
  extends FakeCollection<ContentControlNode, FakeContentControl>
  implements Mirror<Word.ContentControlCollection, "items">
{
  constructor(context: FakeRequestContext, path: string, resolver: () => ContentControlNode[]) {
    super(context, path, resolver);
  }

  protected createItem(node: ContentControlNode, index: number): FakeContentControl {
    return new FakeContentControl(this.context, `${this.objectPath}.items[${index}]`, () => node);
  }
}
