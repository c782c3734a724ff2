import { fillChildName } from "../../src/analysis/fill";
import { HOST_PRESETS, type FakeWord } from "../../src/fake-word";
import { promptsFor } from "../../src/analysis/engine";
import type { Finding } from "../../src/analysis/types";
import { CHECK_COMMENT_MARKER, PROMPT_COMMENT_MARKER } from "../../src/analysis/tags";
import { removePromptComments, removeReviewComments } from "../../src/word";
import {
  checkCommentText,
  checkIdOfComment,
  checkRefOfComment,
  commentRef,
  planPromptPlacements,
  promptCommentText,
  promptGroupRef,
  promptRefOfComment,
} from "../../src/analysis/plans";
import { pack, word, placePromptComments, writeReviewComments, insertTemplate } from "./helpers";

const document = [
  { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
  "Amy is seven.",
  { text: "Background information", styleBuiltIn: "Heading2" },
  "",
];

const SOURCE = "Bradford Children and Families Trust guidance (2025), 3.1(i)";

function finding(overrides: Partial<Finding>): Finding {
  return {
    id: "rule/section",
    rule: "rule",
    severity: "warning",
    section: "pen-picture",
    message: "Say what Amy enjoys.",
    guidance: "004 §3.1(i)",
    location: null,
    ...overrides,
  };
}

const findings = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    finding({
      id: `r${i}/pen-picture`,
      message: `Finding number ${i}.`,
      location: { paragraph: 1, start: 0, end: 3 },
    }),
  );

/** Writes a comment through the API, as the earlier version of the add-in did. */
async function writeAsAddIn(fake: FakeWord, paragraph: number, text: string): Promise<void> {
  await fake.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items");
    await context.sync();
    paragraphs.items[paragraph]!.getRange("Whole").insertComment(text);
    await context.sync();
  });
  fake.resetSyncCount();
}

const earlierCheck = (f: Finding) =>
  `${CHECK_COMMENT_MARKER}: ${f.message} (Guidance ${f.guidance}; check ${f.id})`;

describe("review comments", () => {
  it("writes any number of findings as readable comments with a short source line, in 2 syncs", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    const result = await writeReviewComments(fake.run, findings(40), basis);
    expect(result).toMatchObject({ ok: true, written: 40, updated: 0, removed: 0 });
    expect(result.ok && result.message).toBe("Added 40 comments.");
    expect(fake.syncCount).toBe(2);
    const comments = fake.model.commentList();
    expect(comments).toHaveLength(40);
    expect(comments[0]!.content).toBe(
      `Finding number 0.\n${CHECK_COMMENT_MARKER} · ${SOURCE} · ref ${commentRef("r0/pen-picture")}`,
    );
    // Neither the rule's id nor the internal document number reaches the document.
    for (const c of comments) {
      expect(c.content).not.toMatch(/r\d+\/pen-picture|004|§|Guidance /);
      expect(c.paragraph).toBe(1);
    }
  });

  it("anchors a section finding to its heading and a document finding to the first text", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    await writeReviewComments(
      fake.run,
      [finding({ section: "background", id: "a" }), finding({ section: null, id: "b" })],
      basis,
    );
    expect(fake.model.commentList().map((c) => c.paragraph)).toEqual([2, 0]);
  });

  it("adds no duplicates when run twice, in 1 sync the second time", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    await writeReviewComments(fake.run, findings(3), basis);
    fake.resetSyncCount();
    const again = await writeReviewComments(fake.run, findings(3), basis);
    expect(again).toMatchObject({ ok: true, written: 0, alreadyThere: 3, updated: 0, removed: 0 });
    expect(again.ok && again.message).toBe(
      "No comments to add, update or remove. 3 comments were already there and still apply.",
    );
    expect(fake.syncCount).toBe(1);
    expect(fake.model.commentList()).toHaveLength(3);
  });

  it("removes its comments for checks that are gone (put right or dismissed), and says how many, in 2 syncs", async () => {
    const fake = word(document);
    fake.model.addPersonComment(1, "Manager: please add Amy's views.");
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    const empty = finding({
      id: "section-empty/background",
      section: "background",
      message: 'Nothing is written under "Background information" yet.',
      guidance: "004 §3.1(ii)",
    });
    const [a, b, c] = findings(3);
    await writeReviewComments(fake.run, [a!, b!, c!, empty], basis);
    expect(fake.model.commentList()).toHaveLength(5);

    // The worker writes the background (that finding is gone), dismisses b, and a new check
    // appears; a's wording changes.
    fake.model.typeText(3, "Amy moved to Bradford in 2021.");
    fake.resetSyncCount();
    const later = { snapshot: fake.model.toSnapshot(), pack };
    const reworded = { ...a!, message: "Finding number 0, reworded." };
    const fresh = finding({ id: "new/pen-picture", message: "A new finding.", location: null });
    const result = await writeReviewComments(fake.run, [reworded, c!, fresh], later);
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, written: 1, updated: 1, removed: 2, alreadyThere: 1 });
    expect(result.ok && result.message).toBe(
      "Added 1 comment. Updated 1 comment from an earlier review, in the same place. " +
        "Removed 2 comments about things that no longer need attention. " +
        "1 comment was already there and still applies.",
    );
    const contents = fake.model.commentList().map((comment) => comment.content);
    expect(contents).toEqual([
      "Manager: please add Amy's views.",
      checkCommentText(reworded),
      checkCommentText(c!),
      checkCommentText(fresh),
    ]);
    expect(contents.join("\n")).not.toMatch(/Nothing is written under/);
  });

  it("with no open findings, removes every check comment of its own and nothing else", async () => {
    const fake = word(document);
    fake.model.addPersonComment(0, `${CHECK_COMMENT_MARKER}: a person's note that looks like ours`);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    await writeReviewComments(fake.run, findings(2), basis);
    await placePromptComments(fake.run, [
      {
        prompt: { section: "pen-picture", text: "What would Amy say?", guidance: "004 §3.1(i)" },
        headingParagraph: 0,
        headingText: "Pen Picture of the child",
      },
    ]);
    fake.resetSyncCount();
    const result = await writeReviewComments(fake.run, [], basis);
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, written: 0, removed: 2 });
    expect(result.ok && result.message).toBe(
      "Removed 2 comments about things that no longer need attention.",
    );
    expect(fake.model.commentList().map((c) => c.writtenByAddIn)).toEqual([false, true]);

    fake.resetSyncCount();
    const nothing = await writeReviewComments(fake.run, [], basis);
    expect(nothing).toMatchObject({ ok: true, written: 0, removed: 0 });
    expect(nothing.ok && nothing.message).toBe("No comments to add, update or remove.");
    expect(fake.syncCount).toBe(1);
  });

  it("updates or removes comments written in the earlier format", async () => {
    const fake = word(document);
    const [a, b] = findings(2);
    await writeAsAddIn(fake, 1, earlierCheck(a!));
    await writeAsAddIn(fake, 1, earlierCheck(b!));
    const result = await writeReviewComments(fake.run, [a!], { snapshot: fake.model.toSnapshot(), pack });
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, written: 0, updated: 1, removed: 1 });
    expect(fake.model.commentList().map((c) => c.content)).toEqual([checkCommentText(a!)]);
    expect(await removeReviewComments(fake.run)).toMatchObject({ ok: true, removed: 1 });
  });

  it("keeps one comment per check: a changed message replaces the add-in's older comment in place, in 2 syncs", async () => {
    const fake = word(document);
    fake.model.addPersonComment(1, "Manager: please add Amy's views.");
    fake.model.addPersonComment(1, "Case Summary Coach check: my own note, not the add-in's");
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    const first = finding({ id: "child-voice/pen-picture", location: { paragraph: 1, start: 0, end: 3 } });
    const other = finding({
      id: "jargon/pen-picture",
      message: "Explain PLO.",
      location: { paragraph: 1, start: 0, end: 3 },
    });
    await writeReviewComments(fake.run, [first, other], basis);
    expect(fake.model.commentList()).toHaveLength(4);
    fake.resetSyncCount();

    const reworded = { ...first, message: "Say in Amy's own words what she wants." };
    const result = await writeReviewComments(fake.run, [reworded, other], basis);
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, written: 0, updated: 1, alreadyThere: 1, removed: 0 });
    const comments = fake.model.commentList();
    expect(comments).toHaveLength(4);
    const forCheck = comments.filter((c) => checkRefOfComment(c.content) === commentRef(first.id));
    expect(forCheck.map((c) => c.content)).toEqual([checkCommentText(reworded)]);
    // A person's comments are untouched, even one that happens to begin like the add-in's.
    expect(comments.filter((c) => !c.writtenByAddIn).map((c) => c.content)).toEqual([
      "Manager: please add Amy's views.",
      "Case Summary Coach check: my own note, not the add-in's",
    ]);
    expect(await removeReviewComments(fake.run)).toMatchObject({ ok: true, removed: 2 });
    expect(fake.model.commentList().map((c) => c.content)).toEqual([
      "Manager: please add Amy's views.",
      "Case Summary Coach check: my own note, not the add-in's",
    ]);
  });

  it("recognises the check's ref in the add-in's comments of either format, and in no one else's", () => {
    const f = finding({ id: "summary-overdue/document", message: "Update it (now)." });
    const ref = commentRef(f.id);
    expect(ref).toMatch(/^[0-9a-f]{6}$/);
    expect(commentRef(f.id)).toBe(ref);
    expect(commentRef("summary-overdue/documents")).not.toBe(ref);
    expect(checkRefOfComment(checkCommentText(f))).toBe(ref);
    // Word may give the line break back as \r, or drop it.
    expect(checkRefOfComment(checkCommentText(f).replace("\n", "\r"))).toBe(ref);
    expect(checkRefOfComment(checkCommentText(f).replace("\n", ""))).toBe(ref);
    expect(checkIdOfComment(earlierCheck(f))).toBe("summary-overdue/document");
    expect(checkRefOfComment(earlierCheck(f))).toBe(ref);
    expect(checkRefOfComment("Manager: see check summary-overdue/document)")).toBeNull();
    expect(checkRefOfComment("Manager: I agree with the ref abc123")).toBeNull();
    expect(
      checkRefOfComment(`${PROMPT_COMMENT_MARKER}: What would Amy say? (Guidance 004 §3.1(i))`),
    ).toBeNull();
    expect(
      checkRefOfComment(promptCommentText([{ section: null, text: "Why?", guidance: "004 §1" }], null)),
    ).toBeNull();
  });

  it("skips findings whose paragraph has changed since the check", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    fake.model.typeText(1, " She likes swimming.");
    const result = await writeReviewComments(fake.run, findings(1), basis);
    expect(result).toMatchObject({ ok: true, written: 0, skipped: ["r0/pen-picture"] });
    expect(result.ok && result.message).toMatch(/Check again/);
  });

  it("removes only the add-in's comments, never a person's", async () => {
    const fake = word(document);
    fake.model.addPersonComment(1, "Manager: please add Amy's views.");
    fake.model.addPersonComment(0, `I disagree with the ${CHECK_COMMENT_MARKER.toLowerCase()}`);
    await writeReviewComments(fake.run, findings(2), { snapshot: fake.model.toSnapshot(), pack });
    await placePromptComments(fake.run, [
      {
        prompt: { section: "pen-picture", text: "What would Amy say?", guidance: "004 §3.1(i)" },
        headingParagraph: 0,
        headingText: "Pen Picture of the child",
      },
    ]);
    fake.resetSyncCount();
    const removed = await removeReviewComments(fake.run);
    expect(removed).toMatchObject({ ok: true, removed: 2 });
    expect(removed.ok && removed.message).toBe(
      "Removed 2 review comments. Comments written by people were left alone.",
    );
    expect(fake.syncCount).toBe(2);
    expect(fake.model.commentList().map((c) => c.writtenByAddIn)).toEqual([false, false, true]);
    const prompts = await removePromptComments(fake.run);
    expect(prompts.ok && prompts.message).toBe(
      "Removed 1 prompt comment. Comments written by people were left alone.",
    );
    expect(fake.model.commentList().map((c) => c.content)).toEqual([
      "Manager: please add Amy's views.",
      `I disagree with the ${CHECK_COMMENT_MARKER.toLowerCase()}`,
    ]);
  });

  it("explains that comments are unavailable on a WordApi 1.3 host, and changes nothing", async () => {
    const fake = word(document, { requirementSets: HOST_PRESETS.office2021 });
    const result = await writeReviewComments(fake.run, findings(2), {
      snapshot: fake.model.toSnapshot(),
      pack,
    });
    expect(result).toMatchObject({ ok: false, reason: "unsupported" });
    expect(result.ok ? "" : result.message).toMatch(/doesn't let add-ins write comments/);
    expect(fake.model.texts()).toEqual(document.map((p) => (typeof p === "string" ? p : p.text)));
    expect((await removeReviewComments(fake.run)).ok).toBe(false);
  });
});

describe("margin prompts", () => {
  /** A document with the whole template, Maya's, and a person's comment on its first heading. */
  async function templateDocument() {
    const fake = word([""]);
    await insertTemplate(fake.run, pack, "Maya");
    fake.model.addPersonComment(0, "Manager: good start.");
    fake.resetSyncCount();
    return fake;
  }

  it("puts one comment per heading listing its prompts, and one for the whole summary at the first heading, in 2 syncs", async () => {
    const fake = await templateDocument();
    const prompts = promptsFor(pack, "Maya");
    const basis = { snapshot: fake.model.toSnapshot(), pack, childName: "Maya" };
    const placements = planPromptPlacements(prompts, basis);
    expect(placements).toHaveLength(prompts.length);
    const sectionsWithPrompts = pack.sections.filter((s) => s.prompts.length > 0);
    const groups = sectionsWithPrompts.length + (pack.prompts.length > 0 ? 1 : 0);

    const result = await placePromptComments(fake.run, placements);
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, written: groups, updated: 0, removed: 0 });
    expect(result.ok && result.message).toBe(`Added prompts beside ${groups} headings.`);
    const own = fake.model.commentList().filter((c) => c.writtenByAddIn);
    expect(own).toHaveLength(groups);

    // Each section's comment is beside its heading and lists exactly its questions.
    const texts = fake.model.texts();
    for (const section of sectionsWithPrompts) {
      const comment = own.find((c) => promptRefOfComment(c.content) === promptGroupRef(section.key));
      expect(comment).toBeDefined();
      expect(texts[comment!.paragraph]).toBe(fillChildName(section.heading, "Maya"));
      const questions = comment!.content.split("\n").filter((line) => line.startsWith("\u2022 "));
      expect(questions).toHaveLength(section.prompts.length);
      expect(comment!.content).toMatch(/^Questions to think about for "/);
      expect(comment!.content).not.toMatch(/§|\b00\d\b/);
    }
    if (pack.prompts.length > 0) {
      const whole = own.find((c) => promptRefOfComment(c.content) === promptGroupRef(null))!;
      expect(whole.paragraph).toBe(0);
      expect(whole.content).toMatch(/^Questions to think about for the whole summary:\n/);
      expect(whole.content.split("\n").filter((line) => line.startsWith("\u2022 "))).toHaveLength(
        pack.prompts.length,
      );
    }

    // Placing again changes nothing, in 1 sync.
    fake.resetSyncCount();
    const again = await placePromptComments(fake.run, placements);
    expect(fake.syncCount).toBe(1);
    expect(again).toMatchObject({ ok: true, written: 0, updated: 0, alreadyThere: groups });
    expect(again.ok && again.message).toBe(
      `No prompts to add. The prompts beside ${groups} headings were already there.`,
    );
    expect(fake.model.commentList().filter((c) => c.writtenByAddIn)).toHaveLength(groups);
  });

  it("updates the prompts in place when they change, rather than adding more", async () => {
    const fake = await templateDocument();
    const basis = { snapshot: fake.model.toSnapshot(), pack, childName: "Maya" };
    await placePromptComments(fake.run, planPromptPlacements(promptsFor(pack, "Maya"), basis));
    const count = fake.model.commentList().length;
    fake.resetSyncCount();
    // The same prompts, asked about "the child" rather than Maya.
    const reworded = planPromptPlacements(promptsFor(pack, null), basis);
    const result = await placePromptComments(fake.run, reworded);
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, written: 0, removed: 0 });
    expect(result.ok && result.updated).toBeGreaterThan(0);
    expect(fake.model.commentList()).toHaveLength(count);
  });

  it("replaces prompt comments in the earlier one-per-question form", async () => {
    const fake = await templateDocument();
    await writeAsAddIn(fake, 0, `${PROMPT_COMMENT_MARKER}: What would Maya say? (Guidance 004 §3.1(i))`);
    await writeAsAddIn(fake, 0, `${PROMPT_COMMENT_MARKER}: What matters most? (Guidance 004 §3.1(i))`);
    const basis = { snapshot: fake.model.toSnapshot(), pack, childName: "Maya" };
    const placements = planPromptPlacements(
      promptsFor(pack, "Maya").filter((p) => p.section === pack.sections[0]!.key),
      basis,
    );
    const result = await placePromptComments(fake.run, placements);
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, written: 1, removed: 2 });
    expect(result.ok && result.message).toBe(
      "Added prompts beside 1 heading. Removed 2 older prompt comments, written one per question, which these replace.",
    );
    expect(fake.model.commentList().map((c) => c.content.split("\n")[0])).toEqual([
      "Manager: good start.",
      `Questions to think about for "${fake.model.texts()[0]}":`,
    ]);
  });

  it("removing the prompts removes only prompt comments, in 2 syncs", async () => {
    const fake = await templateDocument();
    const basis = { snapshot: fake.model.toSnapshot(), pack, childName: "Maya" };
    await placePromptComments(fake.run, planPromptPlacements(promptsFor(pack, "Maya"), basis));
    await writeReviewComments(fake.run, [finding({ id: "x/pen-picture", location: null })], basis);
    const prompts = fake.model.commentList().filter((c) => promptRefOfComment(c.content) !== null).length;
    fake.resetSyncCount();
    const removed = await removePromptComments(fake.run);
    expect(fake.syncCount).toBe(2);
    expect(removed).toMatchObject({ ok: true, removed: prompts });
    const left = fake.model.commentList();
    expect(left.map((c) => c.content.split("\n")[0])).toEqual([
      "Manager: good start.",
      "Say what Amy enjoys.",
    ]);
  });

  it("does not place prompts beside a heading that changed since the check", async () => {
    const fake = word(document);
    const placements = [
      {
        prompt: { section: "pen-picture", text: "What would Amy say?", guidance: "004 §3.1(i)" },
        headingParagraph: 0,
        headingText: "Pen Picture of the child",
      },
      {
        prompt: { section: "background", text: "What matters most?", guidance: "004 §3.1(ii)" },
        headingParagraph: 2,
        headingText: "Old heading",
      },
    ];
    const result = await placePromptComments(fake.run, placements);
    expect(result).toMatchObject({ ok: true, written: 1, skipped: ["background"] });
    expect(result.ok && result.message).toBe(
      "Added prompts beside 1 heading. No prompts were put beside 1 heading, because it has changed since the document was checked; choose Check again.",
    );
    await placePromptComments(fake.run, placements);
    const comments = fake.model.commentList();
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ paragraph: 0 });
    expect(comments[0]!.content).toBe(
      `Questions to think about for "Pen Picture of the child":\n\u2022 What would Amy say?\n` +
        `${PROMPT_COMMENT_MARKER}s · ${SOURCE} · ref ${promptGroupRef("pen-picture")}`,
    );
  });
});

describe("replies are people's words: the add-in never deletes them", () => {
  const fixed = finding({ id: "r0/pen-picture", message: "Say what Amy enjoys." });
  const stillOpen = finding({ id: "r1/pen-picture", message: "Say who Amy lives with." });

  it("resolves, rather than deletes, a comment whose check was put right once a manager has replied to it", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    await writeReviewComments(fake.run, [fixed, stillOpen], basis);
    fake.model.replyToComment(
      (c) => c.startsWith("Say what Amy enjoys."),
      "Please add her love of swimming.",
    );

    fake.resetSyncCount();
    const result = await writeReviewComments(fake.run, [stillOpen], basis);
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, removed: 0, resolvedKeepingReplies: 1 });
    expect(result.ok && result.message).toContain(
      "Marked 1 comment as resolved rather than removing it, because someone has replied to it: the replies are kept.",
    );
    const thread = fake.model.commentList().find((c) => c.content.startsWith("Say what Amy enjoys."));
    expect(thread).toMatchObject({
      resolved: true,
      replies: [{ authorName: "A. Manager", content: "Please add her love of swimming." }],
    });
  });

  it("still removes the add-in's comments nobody replied to", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    await writeReviewComments(fake.run, [fixed, stillOpen], basis);
    const result = await writeReviewComments(fake.run, [stillOpen], basis);
    expect(result).toMatchObject({ ok: true, removed: 1, resolvedKeepingReplies: 0 });
    expect(fake.model.commentList().map((c) => c.content.split("\n")[0])).toEqual([
      "Say who Amy lives with.",
    ]);
  });

  it("rewords a comment in place, keeping its thread", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    await writeReviewComments(fake.run, [fixed], basis);
    fake.model.replyToComment(0, "Agreed, see the pen picture guidance.");
    await writeReviewComments(fake.run, [{ ...fixed, message: "Say what Amy likes doing." }], basis);
    expect(fake.model.commentList()).toEqual([
      expect.objectContaining({
        content: expect.stringMatching(/^Say what Amy likes doing\./),
        replies: [{ authorName: "A. Manager", content: "Agreed, see the pen picture guidance." }],
      }),
    ]);
  });

  it("reopens its resolved comment when the check needs attention again", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    await writeReviewComments(fake.run, [fixed], basis);
    fake.model.replyToComment(0, "Done?");
    await writeReviewComments(fake.run, [], basis);
    expect(fake.model.commentList()[0]!.resolved).toBe(true);
    const result = await writeReviewComments(fake.run, [fixed], basis);
    expect(result).toMatchObject({ ok: true, reopened: 1, alreadyThere: 1 });
    expect(result.ok && result.message).toContain(
      "Reopened 1 resolved comment, because it needs attention again.",
    );
    expect(fake.model.commentList()[0]).toMatchObject({ resolved: false, replies: [{ content: "Done?" }] });
  });

  it("Remove review comments keeps any comment with replies, resolved, and says so", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    await writeReviewComments(fake.run, [fixed, stillOpen], basis);
    fake.model.replyToComment(
      (c) => c.startsWith("Say who"),
      "Mum and Dad: see the genogram.",
      "Social Worker",
    );
    fake.resetSyncCount();
    const result = await removeReviewComments(fake.run);
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, removed: 1, resolvedKeepingReplies: 1 });
    expect(result.ok && result.message).toBe(
      "Removed 1 review comment. Comments written by people were left alone. 1 comment has replies, so it was marked as resolved rather than removed: the replies are kept.",
    );
    expect(fake.model.allReplies().map((r) => r.content)).toEqual(["Mum and Dad: see the genogram."]);
  });

  it("Remove prompt comments keeps a prompt someone answered in its thread", async () => {
    const fake = word(document);
    await placePromptComments(fake.run, [
      {
        prompt: { section: "pen-picture", text: "What would Amy say?", guidance: "004 §3.1(i)" },
        headingParagraph: 0,
        headingText: "Pen Picture of the child",
      },
    ]);
    fake.model.replyToComment(0, "She says she wants to stay at her school.", "Social Worker");
    const result = await removePromptComments(fake.run);
    expect(result).toMatchObject({ ok: true, removed: 0, resolvedKeepingReplies: 1 });
    expect(fake.model.allReplies()).toHaveLength(1);
  });
});
