/**
 * The fake Word JavaScript API: proxy objects that queue loads, writes and calls, and apply them
 * to the DocumentModel at `context.sync()`, strict in the ways Office is strict:
 * - reading a property that was not loaded and synced throws PropertyNotLoaded (so does `items`);
 * - writes and inserts are queued until sync; syncs are counted;
 * - an object used after its Word.run has finished throws InvalidObjectPath, and an object passed
 *   into another context's call throws InvalidRequestContext;
 * - an API from a requirement set the host lacks fails the sync with ApiNotFound.
 * Only the members the add-in uses are implemented; each class is checked against Word's types.
 * One file per Word object: the context, the document and body, paragraphs, ranges and fonts,
 * content controls, comments and replies, settings, and events.
 */
export { FakeRequestContext, type FakeHost, type HostQuirks } from "./context";
export { FakeClientObject, FakeClientResult, FakeCollection } from "./client-object";
export { FakeTrackedChange, FakeTrackedChangeCollection } from "./tracked-changes";
export { FakeDocument, FakeBody } from "./document";
export { FakeParagraph, FakeParagraphCollection } from "./paragraph";
export { FakeFont, FakeRange, FakeRangeCollection } from "./range";
export { FakeContentControl, FakeContentControlCollection } from "./content-control";
export { FakeComment, FakeCommentCollection, FakeCommentReply, FakeCommentReplyCollection } from "./comment";
export { FakeSetting, FakeSettingCollection } from "./settings";
export { FakeEventHandlers, FakeEventHandlerResult } from "./events";
