/**
 * Errors shaped like Office's (OfficeExtension.Error: name "RichApi.Error", a code, a message and
 * debugInfo), with Office's own wording, so code that handles real errors handles the fake's.
 */

export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "InvalidObjectPath"
  | "InvalidRequestContext"
  | "ApiNotFound"
  | "ItemNotFound"
  | "InvalidArgument"
  | "GeneralException"
  | "SearchStringInvalidOrTooLong";

const MESSAGES: Record<FakeErrorCode, (detail: string) => string> = {
  PropertyNotLoaded: (property) =>
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  InvalidObjectPath: (path) =>
    `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
  InvalidRequestContext: () => "Cannot use the object across different request contexts.",
  ApiNotFound: (api) =>
    `The API you are trying to use could not be found. It may be available in a newer version of Word. (${api})`,
  ItemNotFound: (detail) => `The requested resource doesn't exist. (${detail})`,
  InvalidArgument: (detail) => `The argument is invalid or missing or has an incorrect format. (${detail})`,
  GeneralException: (detail) => `There was an internal error while processing the request. (${detail})`,
  SearchStringInvalidOrTooLong: (detail) =>
    `The search string is invalid or exceeds the maximum allowed length of 255 characters. (${detail})`,
};

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation: string };

  constructor(
    readonly code: FakeErrorCode,
    detail: string,
    errorLocation = "",
  ) {
    const message = MESSAGES[code](detail);
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}
