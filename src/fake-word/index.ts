import type { EventDelivery, ParagraphSpec, SavedDocument } from "./model";
import { DocumentModel } from "./person";
import { FakeOfficeError } from "./errors";
import { FakeRequestContext, type FakeHost, type HostQuirks } from "./objects";
import { FakeOfficeDocument, type FakeOfficeContext } from "./office";
import { FakeRequirements, HOST_PRESETS, type RequirementSetVersions } from "./requirements";

export * from "./model";
export * from "./person";
export * from "./errors";
export * from "./requirements";
export * from "./office";
export { FakeRequestContext } from "./objects";
export type * from "./objects";

export interface FakeWordOptions {
  /** Requirement sets the host supports; Microsoft 365 by default. */
  requirementSets?: RequirementSetVersions;
  /** The name on comments written through the API. */
  userName?: string;
  /** Ways this Word differs, as office-js issues report them (a Mac's empty deleted text). */
  quirks?: HostQuirks;
  /** How Word's events reach the add-in: promptly by default; late, out of order, coalesced or dropped. */
  events?: EventDelivery;
}

/**
 * A fake Word host around a DocumentModel: `run` has the shape of `Word.run`, and `office` the
 * shape of `Office.context`. Syncs are counted in total and per run.
 */
export class FakeWord implements FakeHost {
  readonly requirements: FakeRequirements;
  readonly office: FakeOfficeContext;
  readonly userName: string;
  readonly quirks: HostQuirks;
  /** Syncs made since the fake was created (or the counter was reset). */
  syncCount = 0;
  /** Syncs made by each run, in order. */
  readonly syncsPerRun: number[] = [];

  constructor(
    readonly model: DocumentModel,
    options: FakeWordOptions = {},
  ) {
    this.requirements = new FakeRequirements(options.requirementSets ?? HOST_PRESETS.microsoft365);
    this.userName = options.userName ?? "Social Worker";
    this.quirks = options.quirks ?? {};
    if (options.events) model.eventDelivery = options.events;
    this.office = { document: new FakeOfficeDocument(model), requirements: this.requirements };
  }

  /** A new document from paragraphs (plain strings, or specs with style, colour, list, table, control). */
  static fromParagraphs(paragraphs: (ParagraphSpec | string)[], options?: FakeWordOptions): FakeWord {
    return new FakeWord(new DocumentModel(paragraphs), options);
  }

  /** Opens a saved document on a host, as reopening it on another machine would. */
  static open(saved: SavedDocument, options?: FakeWordOptions): FakeWord {
    return new FakeWord(DocumentModel.open(saved), options);
  }

  recordSync(): void {
    this.syncCount++;
  }

  resetSyncCount(): void {
    this.syncCount = 0;
    this.syncsPerRun.length = 0;
  }

  /** Syncs made by the most recent run. */
  get lastRunSyncs(): number {
    return this.syncsPerRun[this.syncsPerRun.length - 1] ?? 0;
  }

  /** Word.run for the fake's own tests, typed with the fake's classes. */
  runFake = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    try {
      return await batch(context);
    } finally {
      context.close();
      this.syncsPerRun.push(context.syncCount);
    }
  };

  /**
   * Word.run(context, batch): runs a batch in a context whose own run may have ended (Office's way
   * to remove an event handler through the context that added it). Only a context of this fake.
   */
  runFakeInContext = async <T>(
    context: FakeRequestContext,
    batch: (context: FakeRequestContext) => Promise<T>,
  ): Promise<T> => {
    if (!(context instanceof FakeRequestContext) || context.host !== this) {
      throw new FakeOfficeError("InvalidRequestContext", "");
    }
    const wasOpen = context.isOpen;
    context.reopen();
    const before = context.syncCount;
    try {
      return await batch(context);
    } finally {
      if (!wasOpen) context.close();
      this.syncsPerRun.push(context.syncCount - before);
    }
  };

  /** Word.run(context, batch)'s shape, for src/word. */
  runInContext = <T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Word.RequestContext) => Promise<T>,
  ): Promise<T> =>
    this.runFakeInContext(context as unknown as FakeRequestContext, (fake) =>
      batch(fake as unknown as Word.RequestContext),
    );

  /**
   * Word.run's shape, for src/word. The one cast between the fake and Office's types is here: the
   * fake context implements (and is type-checked against) the members of Word.RequestContext the
   * add-in uses, not the whole class.
   */
  run = <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> =>
    this.runFake((context) => batch(context as unknown as Word.RequestContext));
}

export function createFakeWord(
  paragraphs: (ParagraphSpec | string)[] = [""],
  options?: FakeWordOptions,
): FakeWord {
  return FakeWord.fromParagraphs(paragraphs, options);
}
