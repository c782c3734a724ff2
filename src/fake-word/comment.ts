import { FakeClientObject, FakeCollection, type NavigationSpec, type ScalarSpec } from "./client-object";
import type { FakeRequestContext } from "./context";
import type { CommentNode, ReplyNode } from "./model";
import type { Mirror } from "./typing";

/**
 * Comments and their threads (WordApi 1.4), as Word has them: `delete()` "deletes the comment and
 * its replies" (Word.Comment.delete, Microsoft's reference), so a reply a manager wrote under one
 * of the add-in's comments goes with it; `resolved` can be set ("setting to true resolves the
 * comment thread"), and changing `content` keeps the thread.
 */

/** What a comment and a reply share: an id, words that can be changed, and an author (WordApi 1.4). */
abstract class FakeThreadEntry<
  N extends { id: string; content: string; authorName: string },
> extends FakeClientObject<N> {
  protected scalars(): Record<string, ScalarSpec<N>> {
    return {
      id: { apiSet: "WordApi 1.4", get: (entry) => entry.id },
      content: {
        apiSet: "WordApi 1.4",
        get: (entry) => entry.content,
        // Changing the words keeps the entry's place, and a comment's replies and resolved state.
        set: (entry, value) => (entry.content = String(value)),
      },
      authorName: { apiSet: "WordApi 1.4", get: (entry) => entry.authorName },
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
}

export class FakeComment
  extends FakeThreadEntry<CommentNode>
  implements
    Mirror<Word.Comment, "id" | "content" | "authorName" | "resolved" | "replies" | "delete" | "reply">
{
  private repliesProxy: FakeCommentReplyCollection | undefined;

  constructor(context: FakeRequestContext, path: string, resolver: () => CommentNode | null) {
    super(context, path, resolver);
  }

  protected override navigations(): Record<string, NavigationSpec> {
    return { replies: { apiSet: "WordApi 1.4", get: () => this.replies } };
  }

  get replies(): FakeCommentReplyCollection {
    this.navigation("WordApi 1.4", "Comment.replies");
    return (this.repliesProxy ??= new FakeCommentReplyCollection(
      this.context,
      `${this.objectPath}.replies`,
      () => {
        const comment = this.resolveNode();
        return comment ? [...comment.replies] : null;
      },
    ));
  }

  protected override scalars(): Record<string, ScalarSpec<CommentNode>> {
    return {
      ...super.scalars(),
      resolved: {
        apiSet: "WordApi 1.4",
        get: (comment) => comment.resolved,
        set: (comment, value) => (comment.resolved = Boolean(value)),
      },
    };
  }

  get resolved(): boolean {
    return this.read("resolved");
  }

  set resolved(value: boolean) {
    this.write("resolved", value);
  }

  /** Deletes the comment and, as Word does, every reply in its thread. */
  delete(): void {
    this.call("WordApi 1.4", "Comment.delete", () => {
      const comment = this.requireNode();
      const model = this.context.model;
      model.comments = model.comments.filter((c) => c !== comment);
    });
  }

  reply(replyText: string): FakeCommentReply {
    let created: ReplyNode | null = null;
    this.call("WordApi 1.4", "Comment.reply", () => {
      created = this.context.model.addReply(this.requireNode(), replyText, this.context.host.userName, true);
    });
    return new FakeCommentReply(this.context, `${this.objectPath}.reply()`, () => created);
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

export class FakeCommentReply
  extends FakeThreadEntry<ReplyNode>
  implements Mirror<Word.CommentReply, "id" | "content" | "authorName" | "delete">
{
  constructor(context: FakeRequestContext, path: string, resolver: () => ReplyNode | null) {
    super(context, path, resolver);
  }

  delete(): void {
    this.call("WordApi 1.4", "CommentReply.delete", () => {
      const reply = this.requireNode();
      for (const comment of this.context.model.comments)
        comment.replies = comment.replies.filter((r) => r !== reply);
    });
  }
}

export class FakeCommentReplyCollection
  extends FakeCollection<ReplyNode, FakeCommentReply>
  implements Mirror<Word.CommentReplyCollection, "items">
{
  constructor(context: FakeRequestContext, path: string, resolver: () => ReplyNode[] | null) {
    super(context, path, resolver);
  }

  protected createItem(node: ReplyNode, index: number): FakeCommentReply {
    return new FakeCommentReply(this.context, `${this.objectPath}.items[${index}]`, () => node);
  }
}
