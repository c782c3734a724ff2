import { createFakeWord, FakeWord, HOST_PRESETS } from "../../src/fake-word";

/** Comments and their threads, as Microsoft's reference describes Word.Comment (WordApi 1.4). */
describe("the fake's comments behave as Word's", () => {
  const withThread = () => {
    const word = createFakeWord(["Amy is seven."]);
    word.model.addPersonComment(0, "Is this her age now?", "A. Manager");
    word.model.replyToComment(0, "Yes, as of March.", "Social Worker");
    return word;
  };

  it("Comment.delete() deletes the comment and its replies", async () => {
    const word = withThread();
    await word.runFake(async (context) => {
      const comments = context.document.body.getComments();
      comments.load("items");
      await context.sync();
      comments.items[0]!.delete();
      await context.sync();
    });
    expect(word.model.comments).toEqual([]);
    expect(word.model.allReplies()).toEqual([]);
  });

  it("gives a comment's replies only when they are loaded", async () => {
    const word = withThread();
    await word.runFake(async (context) => {
      const comments = context.document.body.getComments();
      comments.load("items/content");
      await context.sync();
      const replies = comments.items[0]!.replies;
      expect(() => replies.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      comments.load("items/replies/items/content,items/replies/items/authorName");
      await context.sync();
      expect(comments.items[0]!.replies.items.map((r) => [r.authorName, r.content])).toEqual([
        ["Social Worker", "Yes, as of March."],
      ]);
    });
  });

  it("resolving a comment keeps its thread; so does changing its words", async () => {
    const word = withThread();
    await word.runFake(async (context) => {
      const comments = context.document.body.getComments();
      comments.load("items");
      await context.sync();
      comments.items[0]!.resolved = true;
      comments.items[0]!.content = "Is this her age now? (checked)";
      await context.sync();
    });
    expect(word.model.commentList()[0]).toMatchObject({
      resolved: true,
      content: "Is this her age now? (checked)",
      replies: [{ authorName: "Social Worker", content: "Yes, as of March." }],
    });
  });

  it("refuses comments and replies where the host has no WordApi 1.4", async () => {
    const word = createFakeWord(["Amy is seven."], { requirementSets: HOST_PRESETS.office2021 });
    await expect(
      word.runFake(async (context) => {
        const comments = context.document.body.getComments();
        comments.load("items/replies");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("keeps threads when the document is saved and opened on another machine", () => {
    const word = withThread();
    const copy = FakeWord.open(word.model.save());
    expect(copy.model.commentList()[0]!.replies).toEqual([
      { authorName: "Social Worker", content: "Yes, as of March." },
    ]);
  });
});
