import type { DocumentCore } from "./model";
import type { FakeRequirements } from "./requirements";

/**
 * The parts of Office's common API the add-in uses: `Office.context.document.settings` (the
 * add-in's settings, saved into the document with saveAsync), the DocumentSelectionChanged event,
 * and `Office.context.requirements`.
 */

type SelectionHandler = (eventArgs: { type: string }) => void;
type AsyncCallback = (result: {
  status: "succeeded" | "failed";
  value: undefined;
  error: { message: string } | null;
}) => void;

const copyOf = (settings: Map<string, unknown>): Map<string, unknown> =>
  new Map(JSON.parse(JSON.stringify([...settings])) as [string, unknown][]);

/**
 * Office.Settings, as each runtime holds it: an in-memory copy read when the runtime starts (the
 * pane and the ribbon's function file are separate runtimes, each with its own copy). The copy is
 * stale until refreshAsync re-reads the document; saveAsync writes the whole copy to the document,
 * so a stale copy overwrites what another runtime (or Word's document settings) stored since, as
 * in Office.
 */
export class FakeOfficeSettings implements Pick<Office.Settings, "get" | "set" | "remove"> {
  private copy: Map<string, unknown>;
  /** How many times refreshAsync and saveAsync were called, for tests. */
  refreshCount = 0;
  saveCount = 0;

  constructor(private readonly model: DocumentCore) {
    this.copy = copyOf(model.settings);
  }

  get(name: string): unknown {
    return this.copy.has(name) ? this.copy.get(name) : null;
  }

  set(name: string, value: unknown): void {
    this.copy.set(name, JSON.parse(JSON.stringify(value)) as unknown);
  }

  remove(name: string): void {
    this.copy.delete(name);
  }

  /** Replaces this runtime's copy with the settings stored in the document now. */
  refreshAsync(
    callback?: (result: { status: "succeeded"; value: FakeOfficeSettings; error: null }) => void,
  ): void {
    this.refreshCount++;
    this.copy = copyOf(this.model.settings);
    if (callback)
      void Promise.resolve().then(() => callback({ status: "succeeded", value: this, error: null }));
  }

  saveAsync(callback?: AsyncCallback): void {
    this.saveCount++;
    this.model.settings = copyOf(this.copy);
    if (callback)
      void Promise.resolve().then(() => callback({ status: "succeeded", value: undefined, error: null }));
  }
}

/**
 * Office.context.document for one runtime. `new FakeOfficeDocument(model)` over a FakeWord's model
 * is a second runtime (the ribbon's function file beside the pane), with its own settings copy;
 * `new FakeWord(model)` is the same with its own Word.run and sync counts.
 */
export class FakeOfficeDocument {
  readonly settings: FakeOfficeSettings;
  private selectionHandlers = new Set<SelectionHandler>();
  private stopListening: (() => void) | null = null;

  constructor(private readonly model: DocumentCore) {
    this.settings = new FakeOfficeSettings(model);
  }

  addHandlerAsync(eventType: string, handler: SelectionHandler, callback?: AsyncCallback): void {
    const ok = eventType === "documentSelectionChanged";
    if (ok) {
      this.selectionHandlers.add(handler);
      this.stopListening ??= this.model.subscribe({
        paragraphs: () => undefined,
        contentControlData: () => undefined,
        selection: () => this.selectionHandlers.forEach((h) => h({ type: "documentSelectionChanged" })),
      });
    }
    const error = ok ? null : { message: `The fake does not raise ${eventType}.` };
    if (callback)
      void Promise.resolve().then(() =>
        callback({ status: ok ? "succeeded" : "failed", value: undefined, error }),
      );
  }

  removeHandlerAsync(
    eventType: string,
    options?: { handler?: SelectionHandler },
    callback?: AsyncCallback,
  ): void {
    if (eventType === "documentSelectionChanged") {
      if (options?.handler) this.selectionHandlers.delete(options.handler);
      else this.selectionHandlers.clear();
      if (this.selectionHandlers.size === 0 && this.stopListening) {
        this.stopListening();
        this.stopListening = null;
      }
    }
    if (callback)
      void Promise.resolve().then(() => callback({ status: "succeeded", value: undefined, error: null }));
  }

  /** How many selection handlers are registered, for tests. */
  get selectionHandlerCount(): number {
    return this.selectionHandlers.size;
  }
}

/** The shape of `Office.context` the add-in reads. */
export interface FakeOfficeContext {
  document: FakeOfficeDocument;
  requirements: FakeRequirements;
}
