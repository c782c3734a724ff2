import { FakeClientObject } from "./client-object";
import { FakeDocument } from "./document";
import { FakeOfficeError } from "./errors";
import type { DocumentCore, ParagraphNode } from "./model";
import type { FakeRequirements } from "./requirements";
import type { Mirror } from "./typing";

export interface FakeHost {
  model: DocumentCore;
  requirements: FakeRequirements;
  /** The name Word puts on comments written through the API (the signed-in person). */
  userName: string;
  /** Ways a particular Word differs, as office-js issues report them. */
  quirks?: HostQuirks;
  recordSync(): void;
}

export interface HostQuirks {
  /** Word on a Mac gives a tracked deletion's text as "" (office-js #5188). */
  deletedTextHidden?: boolean;
  /** Word gives a mixed colour as "" rather than null (office-js #5997: either is "by design"). */
  mixedColourAsEmpty?: boolean;
}

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

  get model(): DocumentCore {
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
