import { isAsExpected, type Expectation } from "../analysis/plans/freshness";

/**
 * What every operation in src/word takes: `run`, a function of Word.run's shape, so that the
 * add-in passes Word.run and tests and the browser demo pass the fake Word's run.
 */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Word.run(context, batch): a batch in an existing context, even one whose own run has ended. Office
 * documents it as the way to remove an event handler: through the context that added it.
 */
export type WordRunInContext = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Word.RequestContext) => Promise<T>,
) => Promise<T>;

/** Office.context.requirements, or the fake's. */
export interface RequirementsLike {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The result shape the AsyncResult callbacks of Office's common API give. */
export interface AsyncResultLike {
  status: string;
  error?: { message: string } | null;
}

/** Office.context.document.settings: the add-in's settings, saved into the document. */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: AsyncResultLike) => void): void;
}

/** Office.context.document, for the DocumentSelectionChanged event. */
export interface OfficeDocumentLike {
  addHandlerAsync(
    eventType: string,
    handler: (eventArgs: unknown) => void,
    callback?: (result: AsyncResultLike) => void,
  ): void;
  removeHandlerAsync(
    eventType: string,
    options?: { handler?: (eventArgs: unknown) => void },
    callback?: (result: AsyncResultLike) => void,
  ): void;
}

/** Why an operation did not do what was asked; the pane shows `message` as it is. */
export type FailureReason = "document-changed" | "not-found" | "unsupported" | "invalid-input" | "word-error";

export interface Failure {
  ok: false;
  reason: FailureReason;
  /** Plain UK English for the worker, saying what to do. */
  message: string;
}

export const DOCUMENT_CHANGED_MESSAGE =
  "The document has changed since it was last checked, so nothing was changed. Choose Check again, then try once more.";

/** The error Office raised, in words for the worker; nothing they wrote is lost when Word refuses a change. */
export function wordErrorMessage(action: string, error: unknown): string {
  const code =
    typeof error === "object" && error !== null && "code" in error
      ? String((error as { code: unknown }).code)
      : "";
  if (code === "ApiNotFound") {
    return `This version of Word can't ${action}. Your document has not been changed. A newer version of Word, such as Microsoft 365 or Word on the web, can.`;
  }
  // Word's own error text is not shown: it can quote the document, and means little to a worker.
  return `Word could not ${action}. Your own text has not been changed. Try again; if it keeps happening, save the document, close it and open it again.`;
}

export function isApiNotFound(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    (error as { code: unknown }).code === "ApiNotFound"
  );
}

/** Raised by operations that return data (readSnapshot) rather than a result. */
export class WordLayerError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "WordLayerError";
  }
}

/**
 * The first sync of every plan: reads the body's paragraphs and hands them back only if the
 * document still reads as the plan expected; null when it has changed, and then nothing is done.
 */
export async function paragraphsAsExpected(
  context: Word.RequestContext,
  expects: Expectation,
): Promise<Word.Paragraph[] | null> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();
  return isAsExpected(
    paragraphs.items.map((p) => p.text),
    expects,
  )
    ? paragraphs.items
    : null;
}
