import {
  type CommentKind,
  type CommentPlan,
  type CommentsRemoved,
  type CommentsWritten,
  type ExistingComment,
  planRemoval,
  reconcileComments,
} from "../analysis/plans/comments";
import { COMMENTS_UNAVAILABLE } from "./capabilities";
import { type Failure, type WordRun, isApiNotFound, wordErrorMessage } from "./run";

export type { CommentPlan, CommentsRemoved, CommentsWritten } from "../analysis/plans/comments";

/**
 * Carrying out comment plans (WordApi 1.4; src/analysis/plans/comments.ts makes them): read the
 * paragraphs' text and the comments with whether each is resolved and has replies, let the plan
 * say what to add, reword, reopen, resolve or delete, and do it. Two syncs for any number of
 * comments, one when nothing needs changing.
 *
 * Word's Comment.delete() "deletes the comment and its replies", so the plans never delete a
 * comment anyone has replied to; they resolve it (Comment.resolved, WordApi 1.4).
 *
 * The members used, each in Microsoft's reference: Body.paragraphs and Paragraph.text (WordApi
 * 1.1); Paragraph.getRange (WordApi 1.3); Body.getComments, Range.insertComment, Comment.content,
 * Comment.resolved, Comment.replies and Comment.delete (WordApi 1.4). A comment is written under
 * the person signed in to Word (Comment.authorName, read-only), so a manager's review carries the
 * manager's name. Nothing but the comment's words is written: the add-in knows its own review
 * comments by their words (src/analysis/plans/comments.ts), not by an id in them.
 */

/** What is read of each comment: its words, whether it is resolved, and whether anyone replied. */
const COMMENT_PROPERTIES = "items/content,items/resolved,items/replies/items/id";

const existingOf = (comments: Word.CommentCollection): ExistingComment[] =>
  comments.items.map((comment) => ({
    content: comment.content,
    resolved: comment.resolved,
    replies: comment.replies.items.length,
  }));

const ACTION: Record<CommentKind, string> = { review: "add the comments", prompts: "add the prompts" };

/** Writes a comment plan: two syncs (read; write), one when nothing needs changing. */
export async function writeComments(run: WordRun, plan: CommentPlan): Promise<CommentsWritten | Failure> {
  try {
    return await run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      const comments = context.document.body.getComments();
      comments.load(COMMENT_PROPERTIES);
      await context.sync();

      const actions = reconcileComments(
        plan,
        existingOf(comments),
        paragraphs.items.map((p) => p.text),
      );
      const comment = (index: number) => comments.items[index]!;
      for (const { paragraph, text } of actions.add)
        paragraphs.items[paragraph]!.getRange("Whole").insertComment(text);
      for (const { comment: index, text } of actions.reword) comment(index).content = text;
      for (const index of actions.reopen) comment(index).resolved = false;
      for (const index of actions.resolve) comment(index).resolved = true;
      for (const index of actions.remove) comment(index).delete();
      const changes =
        actions.add.length +
        actions.reword.length +
        actions.reopen.length +
        actions.resolve.length +
        actions.remove.length;
      if (changes > 0) await context.sync();
      return actions.outcome;
    });
  } catch (error) {
    if (isApiNotFound(error)) return { ok: false, reason: "unsupported", message: COMMENTS_UNAVAILABLE };
    return { ok: false, reason: "word-error", message: wordErrorMessage(ACTION[plan.kind], error) };
  }
}

async function removeOwn(run: WordRun, kind: CommentKind): Promise<CommentsRemoved | Failure> {
  const label = kind === "review" ? "review comments" : "prompt comments";
  try {
    return await run(async (context) => {
      const comments = context.document.body.getComments();
      comments.load(COMMENT_PROPERTIES);
      await context.sync();
      const { remove, resolve, outcome } = planRemoval(kind, existingOf(comments));
      for (const index of resolve) comments.items[index]!.resolved = true;
      for (const index of remove) comments.items[index]!.delete();
      if (remove.length + resolve.length > 0) await context.sync();
      return outcome;
    });
  } catch (error) {
    if (isApiNotFound(error)) return { ok: false, reason: "unsupported", message: COMMENTS_UNAVAILABLE };
    return { ok: false, reason: "word-error", message: wordErrorMessage(`remove the ${label}`, error) };
  }
}

/** Removes the add-in's review comments (resolving, not deleting, any with replies). Two syncs. */
export function removeReviewComments(run: WordRun): Promise<CommentsRemoved | Failure> {
  return removeOwn(run, "review");
}

/** Removes the add-in's prompt comments (resolving, not deleting, any with replies). Two syncs. */
export function removePromptComments(run: WordRun): Promise<CommentsRemoved | Failure> {
  return removeOwn(run, "prompts");
}
