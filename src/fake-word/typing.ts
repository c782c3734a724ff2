import type {
  FakeBody,
  FakeComment,
  FakeCommentCollection,
  FakeCommentReply,
  FakeCommentReplyCollection,
  FakeContentControl,
  FakeContentControlCollection,
  FakeDocument,
  FakeEventHandlerResult,
  FakeEventHandlers,
  FakeFont,
  FakeParagraph,
  FakeParagraphCollection,
  FakeRange,
  FakeRangeCollection,
  FakeRequestContext,
  FakeSetting,
  FakeSettingCollection,
  FakeTrackedChange,
  FakeTrackedChangeCollection,
} from "./objects";

/**
 * Ties the fake to @types/office-js so that it cannot drift silently from the real API: each fake
 * class `implements Mirror<Word.X, "member" | …>`, which requires every listed member to have
 * Word's own type, with Word's proxy types swapped for their fakes. If a Word type changes (a
 * parameter, a property's type), the fake stops compiling.
 */
export type Faked<T> = T extends readonly (infer E)[]
  ? Faked<E>[]
  : T extends OfficeExtension.EventHandlerResult<infer A>
    ? FakeEventHandlerResult<A>
    : T extends OfficeExtension.EventHandlers<infer A>
      ? FakeEventHandlers<A>
      : T extends OfficeExtension.ClientRequestContext
        ? FakeRequestContext
        : T extends Word.ParagraphCollection
          ? FakeParagraphCollection
          : T extends Word.RangeCollection
            ? FakeRangeCollection
            : T extends Word.ContentControlCollection
              ? FakeContentControlCollection
              : T extends Word.TrackedChangeCollection
                ? FakeTrackedChangeCollection
                : T extends Word.TrackedChange
                  ? FakeTrackedChange
                  : T extends Word.CommentReplyCollection
                    ? FakeCommentReplyCollection
                    : T extends Word.CommentCollection
                      ? FakeCommentCollection
                      : T extends Word.CommentReply
                        ? FakeCommentReply
                        : T extends Word.SettingCollection
                          ? FakeSettingCollection
                          : T extends Word.Document
                            ? FakeDocument
                            : T extends Word.Body
                              ? FakeBody
                              : T extends Word.Paragraph
                                ? FakeParagraph
                                : T extends Word.ContentControl
                                  ? FakeContentControl
                                  : T extends Word.Comment
                                    ? FakeComment
                                    : T extends Word.Setting
                                      ? FakeSetting
                                      : T extends Word.Font
                                        ? FakeFont
                                        : T extends Word.Range
                                          ? FakeRange
                                          : T;

/** Arguments that are Word proxies (a range to expand to) become fakes too. */
export type FakedArguments<A extends unknown[]> = { [I in keyof A]: Faked<A[I]> };

/** Word's members K of W, with the same parameter and value types, returning fakes for proxies. */
export type Mirror<W, K extends keyof W> = {
  [P in K]: W[P] extends (...args: infer A) => infer R
    ? (...args: FakedArguments<A>) => Faked<R>
    : Faked<W[P]>;
};

/** What `load` accepts in Office.js: "a,b/c", ["a", "b"] or { select, expand }. */
export type LoadOption = string | string[] | OfficeExtension.LoadOption;
