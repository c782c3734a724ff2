import { FakeClientObject, FakeCollection, type ScalarSpec } from "./client-object";
import type { FakeRequestContext } from "./context";
import type { CommentNode } from "./model";
import type { Mirror } from "./typing";

export class FakeComment
  extends FakeClientObject<CommentNode>
  implements Mirror<Word.Comment, "id" | "content" | "authorName" | "resolved" | "delete">
{
  constructor(context: FakeRequestContext, path: string, resolver: () => CommentNode | null) {
    super(context, path, resolver);
  }

  protected scalars(): Record<string, ScalarSpec<CommentNode>> {
    return {
      id: { apiSet: "WordApi 1.4", get: (comment) => comment.id },
      content: {
        apiSet: "WordApi 1.4",
        get: (comment) => comment.content,
        // Changing the words keeps the comment's place, its replies and whether it is resolved.
        set: (comment, value) => (comment.content = String(value)),
      },
      authorName: { apiSet: "WordApi 1.4", get: (comment) => comment.authorName },
      resolved: { apiSet: "WordApi 1.4", get: (comment) => comment.resolved },
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

  get resolved(): boolean {
    return this.read("resolved");
  }

  delete(): void {
    this.call("WordApi 1.4", "Comment.delete", () => {
      const comment = this.requireNode();
      const model = this.context.model;
      model.comments = model.comments.filter((c) => c !== comment);
    });
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
