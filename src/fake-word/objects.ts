import { FakeOfficeError } from "./errors";
import {
  type CommentNode,
  type ContentControlNode,
  type DocumentModel,
  type ModelEvents,
  type ParagraphNode,
  type TextPoint,
  type TextSpan,
  normaliseColour,
  paragraphBold,
  paragraphColour,
  paragraphText,
} from "./model";
import type { FakeRequirements } from "./requirements";
import type { LoadOption, Mirror } from "./typing";

/**
 * The fake Word JavaScript API: proxy objects that queue loads, writes and calls, and apply them
 * to the DocumentModel at `context.sync()`, strict in the ways Office is strict:
 * - reading a property that was not loaded and synced throws PropertyNotLoaded (so does `items`);
 * - writes and inserts are queued until sync; syncs are counted;
 * - an object used after its Word.run has finished throws InvalidObjectPath, and an object passed
 *   into another context's call throws InvalidRequestContext;
 * - an API from a requirement set the host lacks fails the sync with ApiNotFound.
 * Only the members the add-in uses are implemented; each class is checked against Word's types.
 */

export interface FakeHost {
  model: DocumentModel;
  requirements: FakeRequirements;
  /** The name Word puts on comments written through the API (the signed-in person). */
  userName: string;
  recordSync(): void;
}

type ScalarValue = string | number | boolean | null | object;

interface ScalarSpec<N> {
  apiSet: string;
  get(node: N): ScalarValue;
  set?(node: N, value: unknown): void;
}

interface NavigationSpec {
  apiSet: string;
  get(): FakeClientObject<unknown>;
}

function parseLoadOption(option: LoadOption | undefined): string[] {
  if (option === undefined) return [];
  const select = typeof option === "string" || Array.isArray(option) ? option : (option.select ?? []);
  const list = typeof select === "string" ? select.split(",") : select;
  return list.map((name) => name.trim()).filter((name) => name.length > 0);
}

function comparePoints(model: DocumentModel, a: TextPoint, b: TextPoint): number {
  const byParagraph = model.indexOf(a.paragraph) - model.indexOf(b.paragraph);
  return byParagraph !== 0 ? byParagraph : a.offset - b.offset;
}

function wholeParagraph(paragraph: ParagraphNode): TextSpan {
  return { start: { paragraph, offset: 0 }, end: { paragraph, offset: paragraphText(paragraph).length } };
}

/** Word's search: literal text with "^^" for a caret; case-insensitive unless matchCase. */
function findAll(model: DocumentModel, span: TextSpan, searchText: string, matchCase: boolean): TextSpan[] {
  if (searchText.length === 0 || searchText.length > 255) {
    throw new FakeOfficeError("InvalidArgument", "search text must be 1 to 255 characters");
  }
  const literal = searchText.replace(/\^\^/g, "^");
  const needle = matchCase ? literal : literal.toLowerCase();
  const first = model.indexOf(span.start.paragraph);
  const last = model.indexOf(span.end.paragraph);
  const found: TextSpan[] = [];
  for (let index = first; index <= last; index++) {
    const paragraph = model.paragraphs[index]!;
    const text = paragraphText(paragraph);
    const haystack = matchCase ? text : text.toLowerCase();
    const from = index === first ? span.start.offset : 0;
    const to = index === last ? span.end.offset : text.length;
    let at = haystack.indexOf(needle, from);
    while (at >= 0 && at + needle.length <= to) {
      found.push({ start: { paragraph, offset: at }, end: { paragraph, offset: at + needle.length } });
      at = haystack.indexOf(needle, at + needle.length);
    }
  }
  return found;
}

/** Each paragraph's part of a span, for formatting. */
function segments(
  model: DocumentModel,
  span: TextSpan,
): { paragraph: ParagraphNode; start: number; end: number }[] {
  const first = model.indexOf(span.start.paragraph);
  const last = model.indexOf(span.end.paragraph);
  const result: { paragraph: ParagraphNode; start: number; end: number }[] = [];
  for (let index = first; index <= last; index++) {
    const paragraph = model.paragraphs[index]!;
    const length = paragraphText(paragraph).length;
    result.push({
      paragraph,
      start: index === first ? span.start.offset : 0,
      end: index === last ? span.end.offset : length,
    });
  }
  return result;
}

// ------------------------------------------------------------------------------------------------

export class FakeRequestContext implements Mirror<Word.RequestContext, "document"> {
  readonly document: FakeDocument;
  /** Syncs made through this context. */
  syncCount = 0;
  private queue: (() => void)[] = [];
  private closed = false;
  private syncing = false;
  private touched = {
    added: new Set<ParagraphNode>(),
    changed: new Set<ParagraphNode>(),
    deleted: new Set<ParagraphNode>(),
  };

  constructor(readonly host: FakeHost) {
    this.document = new FakeDocument(this);
  }

  get model(): DocumentModel {
    return this.host.model;
  }

  /**
   * Applies every queued load, write and call, in order, as one round trip. A context whose
   * Word.run has ended cannot sync: Office documents reusing it only through Word.run(context, …),
   * which the fake's `runInContext` is.
   */
  async sync<T>(passThroughValue?: T): Promise<T> {
    this.assertOpen("context.sync()");
    this.syncCount++;
    this.host.recordSync();
    const operations = this.queue;
    this.queue = [];
    this.syncing = true;
    try {
      for (const operation of operations) operation();
    } finally {
      this.syncing = false;
      this.raiseEvents();
    }
    await Promise.resolve();
    return passThroughValue as T;
  }

  /** Called by the fake's run when the batch is over: objects of this context are dead from now on. */
  close(): void {
    this.closed = true;
  }

  /** Word.run(context, batch): the context is usable again for the batch. */
  reopen(): void {
    this.closed = false;
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  assertOpen(path: string): void {
    if (this.closed) throw new FakeOfficeError("InvalidObjectPath", path);
  }

  assertSameContext(other: FakeClientObject<unknown>): void {
    if (other.context !== this) throw new FakeOfficeError("InvalidRequestContext", "");
  }

  enqueue(operation: () => void, path: string): void {
    this.assertOpen(path);
    this.queue.push(operation);
  }

  /** An API of a set the host lacks fails at sync, as Office's ApiNotFound does. */
  requireApi(apiSet: string, api: string): void {
    if (this.host.requirements.supports(apiSet)) return;
    const fail = (): never => {
      throw new FakeOfficeError("ApiNotFound", `${api} needs ${apiSet}`);
    };
    if (this.syncing) fail();
    else this.queue.push(fail);
  }

  noteAdded(paragraph: ParagraphNode): void {
    this.touched.added.add(paragraph);
  }

  noteChanged(paragraph: ParagraphNode): void {
    this.touched.changed.add(paragraph);
  }

  noteDeleted(paragraph: ParagraphNode): void {
    this.touched.deleted.add(paragraph);
  }

  /** Word raises paragraph and content control events for the add-in's own changes too. */
  private raiseEvents(): void {
    const { added, changed, deleted } = this.touched;
    const live = (p: ParagraphNode) => this.model.contains(p);
    this.model.emitParagraphs("ParagraphAdded", [...added].filter(live));
    this.model.emitParagraphs(
      "ParagraphChanged",
      [...changed].filter((p) => live(p) && !added.has(p)),
    );
    this.model.emitParagraphs("ParagraphDeleted", [...deleted]);
    this.touched = { added: new Set(), changed: new Set(), deleted: new Set() };
  }
}

// ------------------------------------------------------------------------------------------------

export abstract class FakeClientObject<N> {
  private resolution: { node: N | null } | undefined;
  private loadedValues = new Map<string, ScalarValue>();
  private nullObjectKnown: boolean | undefined;

  protected constructor(
    readonly context: FakeRequestContext,
    /** How Office would name the object path, for error messages. */
    readonly objectPath: string,
    private readonly resolver: () => N | null,
  ) {}

  protected abstract scalars(): Record<string, ScalarSpec<N>>;

  protected navigations(): Record<string, NavigationSpec> {
    return {};
  }

  /** The model object behind the proxy, found the first time a sync needs it (as Office assigns an id). */
  resolveNode(): N | null {
    if (!this.resolution) {
      this.resolution = { node: this.resolver() };
      this.nullObjectKnown = this.resolution.node === null;
    }
    return this.resolution.node;
  }

  requireNode(): N {
    const node = this.resolveNode();
    if (node === null) throw new FakeOfficeError("ItemNotFound", `${this.objectPath} is a null object`);
    return node;
  }

  /** True for an *OrNullObject that found nothing; readable after a sync that loaded it. */
  get isNullObject(): boolean {
    if (this.nullObjectKnown === undefined) throw new FakeOfficeError("PropertyNotLoaded", "isNullObject");
    return this.nullObjectKnown;
  }

  load(option?: LoadOption): this {
    const properties = parseLoadOption(option);
    this.context.enqueue(() => this.applyLoad(properties), this.objectPath);
    return this;
  }

  /** At sync: copies the requested properties from the model; "a/b" loads b on navigation a. */
  applyLoad(properties: string[]): void {
    const node = this.resolveNode();
    if (node === null) return;
    const specs = this.scalars();
    const navigations = this.navigations();
    const wanted = properties.length === 0 ? Object.keys(specs) : properties;
    const nested = new Map<string, string[]>();
    const requirements = this.context.host.requirements;
    const supports = (apiSet: string) => requirements.supports(apiSet);
    for (const property of wanted) {
      const [head, ...rest] = property.split("/") as [string, ...string[]];
      const scalar = specs[head];
      if (scalar && rest.length === 0) {
        if (!supports(scalar.apiSet))
          this.context.requireApi(scalar.apiSet, `${this.constructor.name.replace("Fake", "")}.${head}`);
        this.loadedValues.set(head, scalar.get(node));
        continue;
      }
      const navigation = navigations[head];
      if (!navigation) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `'${head}' is not a property the fake ${this.constructor.name} knows`,
        );
      }
      if (!supports(navigation.apiSet))
        this.context.requireApi(navigation.apiSet, `${this.constructor.name.replace("Fake", "")}.${head}`);
      const list = nested.get(head) ?? [];
      if (rest.length > 0) list.push(rest.join("/"));
      nested.set(head, list);
    }
    for (const [head, rest] of nested) navigations[head]!.get().applyLoad(rest);
  }

  protected read<T extends ScalarValue>(name: string): T {
    if (this.nullObjectKnown === true) {
      throw new FakeOfficeError("PropertyNotLoaded", `${name}' of a null object ('${this.objectPath}`);
    }
    if (!this.loadedValues.has(name)) throw new FakeOfficeError("PropertyNotLoaded", name);
    return this.loadedValues.get(name) as T;
  }

  protected write(name: string, value: unknown): void {
    const spec = this.scalars()[name];
    if (!spec?.set) throw new FakeOfficeError("InvalidArgument", `'${name}' cannot be set`);
    this.context.requireApi(spec.apiSet, name);
    this.context.enqueue(() => spec.set!(this.requireNode(), value), this.objectPath);
  }

  /** Queues a call; `apply` runs at sync. */
  protected call(apiSet: string, api: string, apply: () => void): void {
    this.context.requireApi(apiSet, api);
    this.context.enqueue(apply, this.objectPath);
  }

  protected navigation(apiSet: string, api: string): void {
    this.context.assertOpen(this.objectPath);
    this.context.requireApi(apiSet, api);
  }
}

/** A collection: `items` exists only after a load and a sync. */
export abstract class FakeCollection<N, Item extends FakeClientObject<unknown>> extends FakeClientObject<
  N[]
> {
  private loadedItems: Item[] | undefined;

  protected abstract createItem(node: N, index: number): Item;

  get items(): Item[] {
    if (!this.loadedItems) throw new FakeOfficeError("PropertyNotLoaded", "items");
    return this.loadedItems;
  }

  protected scalars(): Record<string, ScalarSpec<N[]>> {
    return {};
  }

  /** "items/text" and "text" both load text on every item, as in Office. */
  override applyLoad(properties: string[]): void {
    // A collection reached from a null object is a null object too: it loads nothing, and its
    // items stay unreadable (isNullObject says why).
    const nodes = this.resolveNode();
    if (nodes === null) return;
    const itemProperties = properties
      .map((property) =>
        property === "items" ? "" : property.startsWith("items/") ? property.slice(6) : property,
      )
      .filter((property) => property.length > 0);
    this.loadedItems = nodes.map((node, index) => {
      const item = this.createItem(node, index);
      item.applyLoad(itemProperties);
      return item;
    });
  }
}

// ------------------------------------------------------------------------------------------------

export class FakeDocument
  extends FakeClientObject<DocumentModel>
  implements
    Mirror<
      Word.Document,
      "body" | "settings" | "getSelection" | "onParagraphAdded" | "onParagraphChanged" | "onParagraphDeleted"
    >
{
  private bodyProxy: FakeBody | undefined;
  private settingsProxy: FakeSettingCollection | undefined;
  private paragraphEvents = new Map<string, FakeEventHandlers<Word.ParagraphChangedEventArgs>>();

  constructor(context: FakeRequestContext) {
    super(context, "document", () => context.model);
  }

  protected scalars(): Record<string, ScalarSpec<DocumentModel>> {
    return {};
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
  extends FakeClientObject<DocumentModel>
  implements
    Mirror<
      Word.Body,
      "text" | "paragraphs" | "contentControls" | "getRange" | "insertParagraph" | "getComments"
    >
{
  private paragraphsProxy: FakeParagraphCollection | undefined;
  private controlsProxy: FakeContentControlCollection | undefined;

  constructor(context: FakeRequestContext) {
    super(context, "document.body", () => context.model);
  }

  protected scalars(): Record<string, ScalarSpec<DocumentModel>> {
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
      created = this.context.model.insertParagraphInBody(paragraphText, location);
      this.context.noteAdded(created);
    });
    return new FakeParagraph(this.context, "document.body.insertParagraph()", () => created);
  }

  getComments(): FakeCommentCollection {
    this.navigation("WordApi 1.4", "Body.getComments");
    return new FakeCommentCollection(this.context, "document.body.getComments()", () => [
      ...this.context.model.comments,
    ]);
  }
}

// ------------------------------------------------------------------------------------------------

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
type SearchOptions = Parameters<Word.Paragraph["search"]>[1];

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
      created = this.context.model.insertParagraphBeside(this.requireNode(), paragraphText, location);
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

  select(selectionMode?: "Select" | "Start" | "End"): void {
    this.call("WordApi 1.1", "Paragraph.select", () =>
      selectSpan(this.context.model, wholeParagraph(this.requireNode()), selectionMode),
    );
  }
}

function selectSpan(model: DocumentModel, span: TextSpan, mode: string | undefined): void {
  const start = mode === "End" ? span.end : span.start;
  const end = mode === "Start" ? span.start : span.end;
  model.selection = { start: { ...start }, end: { ...end } };
  model.emitSelection();
}

// ------------------------------------------------------------------------------------------------

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
          const colours = new Set(this.parts(spans).map(({ paragraph }) => paragraphColour(paragraph)));
          const only = colours.size === 1 ? [...colours][0] : "mixed";
          return only === "mixed" ? null : (only ?? "#000000");
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
      if (location === "Replace") {
        const format = model.formatAt(paragraph, span.start.offset + 1);
        model.deleteText(paragraph, span.start.offset, span.end.offset);
        model.insertTextAt(paragraph, span.start.offset, text, format);
        result = {
          start: { paragraph, offset: span.start.offset },
          end: { paragraph, offset: span.start.offset + text.length },
        };
      } else if (location === "Start" || location === "Before") {
        model.insertTextAt(paragraph, span.start.offset, text);
        result = {
          start: { paragraph, offset: span.start.offset },
          end: { paragraph, offset: span.start.offset + text.length },
        };
      } else if (location === "End" || location === "After") {
        model.insertTextAt(paragraph, span.end.offset, text);
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

// ------------------------------------------------------------------------------------------------

type ControlInsertLocation = Parameters<Word.ContentControl["insertParagraph"]>[1];

export class FakeContentControl
  extends FakeClientObject<ContentControlNode>
  implements
    Mirror<
      Word.ContentControl,
      "id" | "tag" | "title" | "color" | "text" | "font" | "paragraphs" | "insertParagraph" | "onDataChanged"
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
      created = model.insertParagraphBeside(anchor, paragraphText, where);
      if (location === "Before" || location === "After") {
        created.controls = anchor.controls.slice(0, anchor.controls.indexOf(control));
        created.list = null;
      }
      this.context.noteAdded(created);
    });
    return new FakeParagraph(this.context, `${this.objectPath}.insertParagraph()`, () => created);
  }

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
          if (mine && ids.includes(mine.id))
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

// ------------------------------------------------------------------------------------------------

export class FakeComment
  extends FakeClientObject<CommentNode>
  implements Mirror<Word.Comment, "id" | "content" | "authorName" | "resolved" | "delete">
{
  constructor(context: FakeRequestContext, path: string, resolver: () => CommentNode | null) {
    super(context, path, resolver);
  }

  protected scalars(): Record<string, ScalarSpec<CommentNode>> {
    return {
      id: { apiSet: "WordApi 1.4", get: (comment) => comment.id },
      content: {
        apiSet: "WordApi 1.4",
        get: (comment) => comment.content,
        // Changing the words keeps the comment's place, its replies and whether it is resolved.
        set: (comment, value) => (comment.content = String(value)),
      },
      authorName: { apiSet: "WordApi 1.4", get: (comment) => comment.authorName },
      resolved: { apiSet: "WordApi 1.4", get: (comment) => comment.resolved },
    };
  }

  get id(): string {
    return this.read("id");
  }

  get content(): string {
    return this.read("content");
  }

  set content(value: string) {
    this.write("content", value);
  }

  get authorName(): string {
    return this.read("authorName");
  }

  get resolved(): boolean {
    return this.read("resolved");
  }

  delete(): void {
    this.call("WordApi 1.4", "Comment.delete", () => {
      const comment = this.requireNode();
      const model = this.context.model;
      model.comments = model.comments.filter((c) => c !== comment);
    });
  }
}

export class FakeCommentCollection
  extends FakeCollection<CommentNode, FakeComment>
  implements Mirror<Word.CommentCollection, "items">
{
  constructor(context: FakeRequestContext, path: string, resolver: () => CommentNode[]) {
    super(context, path, resolver);
  }

  protected createItem(node: CommentNode, index: number): FakeComment {
    return new FakeComment(this.context, `${this.objectPath}.items[${index}]`, () => node);
  }
}

// ------------------------------------------------------------------------------------------------

/** Settings hold JSON values; Word stores a copy, not the object. */
function jsonCopy(value: unknown): ScalarValue {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as ScalarValue);
}

export class FakeSetting
  extends FakeClientObject<string>
  implements Mirror<Word.Setting, "key" | "value" | "delete">
{
  constructor(context: FakeRequestContext, path: string, resolver: () => string | null) {
    super(context, path, resolver);
  }

  protected scalars(): Record<string, ScalarSpec<string>> {
    return {
      key: { apiSet: "WordApi 1.4", get: (key) => key },
      value: {
        apiSet: "WordApi 1.4",
        get: (key) => jsonCopy(this.context.model.settings.get(key)),
        set: (key, value) => this.context.model.settings.set(key, jsonCopy(value)),
      },
    };
  }

  get key(): string {
    return this.read("key");
  }

  get value(): unknown {
    return this.read("value");
  }

  set value(value: unknown) {
    this.write("value", value);
  }

  delete(): void {
    this.call("WordApi 1.4", "Setting.delete", () => this.context.model.settings.delete(this.requireNode()));
  }
}

export class FakeSettingCollection
  extends FakeCollection<string, FakeSetting>
  implements Mirror<Word.SettingCollection, "items" | "add" | "getItemOrNullObject">
{
  constructor(context: FakeRequestContext) {
    super(context, "document.settings", () => [...context.model.settings.keys()]);
  }

  protected createItem(key: string, index: number): FakeSetting {
    return new FakeSetting(this.context, `${this.objectPath}.items[${index}]`, () => key);
  }

  add(key: string, value: unknown): FakeSetting {
    this.call("WordApi 1.4", "SettingCollection.add", () =>
      this.context.model.settings.set(key, jsonCopy(value)),
    );
    return new FakeSetting(this.context, `${this.objectPath}.add()`, () => key);
  }

  getItemOrNullObject(key: string): FakeSetting {
    this.navigation("WordApi 1.4", "SettingCollection.getItemOrNullObject");
    return new FakeSetting(this.context, `${this.objectPath}.getItemOrNullObject()`, () =>
      this.context.model.settings.has(key) ? key : null,
    );
  }
}

// ------------------------------------------------------------------------------------------------

/** OfficeExtension.EventHandlers: add and remove take effect at the next sync, as in Office. */
export class FakeEventHandlers<A> implements Mirror<OfficeExtension.EventHandlers<A>, "add" | "remove"> {
  private registrations = new Map<(args: A) => Promise<unknown>, () => void>();

  constructor(
    readonly context: FakeRequestContext,
    private readonly objectPath: string,
    private readonly apiSet: string,
    private readonly listen: (deliver: (args: A) => void) => ModelEvents,
  ) {}

  add(handler: (args: A) => Promise<unknown>): FakeEventHandlerResult<A> {
    this.context.requireApi(this.apiSet, this.objectPath);
    this.context.enqueue(() => {
      const stop = this.context.model.subscribe(this.listen((args) => void handler(args)));
      this.registrations.set(handler, stop);
    }, this.objectPath);
    return new FakeEventHandlerResult(this.context, this, handler);
  }

  /** Queued like any call: only inside a run of the context that added it (Word.run(result.context, …)). */
  remove(handler: (args: A) => Promise<unknown>): void {
    this.context.enqueue(() => {
      this.registrations.get(handler)?.();
      this.registrations.delete(handler);
    }, `${this.objectPath}.remove()`);
  }

  /** How many handlers are registered, for tests. */
  get count(): number {
    return this.registrations.size;
  }
}

export class FakeEventHandlerResult<A> implements Mirror<
  OfficeExtension.EventHandlerResult<A>,
  "context" | "remove"
> {
  constructor(
    readonly context: FakeRequestContext,
    private readonly handlers: FakeEventHandlers<A>,
    private readonly handler: (args: A) => Promise<unknown>,
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}
