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

/** Office.Settings: an in-memory copy read when the add-in starts; saveAsync writes it to the document. */
export class FakeOfficeSettings implements Pick<Office.Settings, "get" | "set" | "remove"> {
  private copy: Map<string, unknown>;

  constructor(private readonly model: DocumentCore) {
    this.copy = new Map(JSON.parse(JSON.stringify([...model.settings])) as [string, unknown][]);
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

  saveAsync(callback?: AsyncCallback): void {
    this.model.settings = new Map(JSON.parse(JSON.stringify([...this.copy])) as [string, unknown][]);
    if (callback)
      void Promise.resolve().then(() => callback({ status: "succeeded", value: undefined, error: null }));
  }
}

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
