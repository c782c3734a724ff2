import { HOST_PRESETS } from "../../src/fake-word";
import type { Finding } from "../../src/analysis/types";
import { CHECK_COMMENT_MARKER, PROMPT_COMMENT_MARKER } from "../../src/analysis/tags";
import {
  checkCommentText,
  checkIdOfComment,
  placePromptComments,
  removePromptComments,
  removeReviewComments,
  writeReviewComments,
} from "../../src/word";
import { pack, word } from "./helpers";

const document = [
  { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
  "Amy is seven.",
  { text: "Background information", styleBuiltIn: "Heading2" },
  "",
];

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

describe("review comments", () => {
  it("writes any number of findings as marked comments with the guidance, in 2 syncs", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    const result = await writeReviewComments(fake.run, findings(40), basis);
    expect(result).toMatchObject({ ok: true, written: 40 });
    expect(fake.syncCount).toBe(2);
    const comments = fake.model.commentList();
    expect(comments).toHaveLength(40);
    expect(
      comments.every((c) => c.content.startsWith(CHECK_COMMENT_MARKER) && c.content.includes("004 §3.1(i)")),
    ).toBe(true);
    expect(comments.every((c) => c.paragraph === 1)).toBe(true);
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

  it("adds no duplicates when run twice", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    await writeReviewComments(fake.run, findings(3), basis);
    const again = await writeReviewComments(fake.run, findings(3), basis);
    expect(again).toMatchObject({ ok: true, written: 0, alreadyThere: 3 });
    expect(fake.model.commentList()).toHaveLength(3);
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
    expect(result).toMatchObject({ ok: true, written: 0, updated: 1, alreadyThere: 1 });
    const comments = fake.model.commentList();
    expect(comments).toHaveLength(4);
    const forCheck = comments.filter((c) => c.content.includes("check child-voice/pen-picture"));
    expect(forCheck.map((c) => c.content)).toEqual([checkCommentText(reworded)]);
    // A person's comments are untouched, even one that happens to begin like the add-in's.
    expect(comments.filter((c) => !c.writtenByAddIn).map((c) => c.content)).toEqual([
      "Manager: please add Amy's views.",
      "Case Summary Coach check: my own note, not the add-in's",
    ]);

    // Running again with the same words adds and changes nothing, in 1 sync.
    fake.resetSyncCount();
    expect(await writeReviewComments(fake.run, [reworded, other], basis)).toMatchObject({
      written: 0,
      updated: 0,
      alreadyThere: 2,
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.model.commentList()).toHaveLength(4);
    expect(await removeReviewComments(fake.run)).toMatchObject({ ok: true, removed: 2 });
    expect(fake.model.commentList().map((c) => c.content)).toEqual([
      "Manager: please add Amy's views.",
      "Case Summary Coach check: my own note, not the add-in's",
    ]);
  });

  it("reads the check id back from the add-in's comment, and from no one else's", () => {
    const text = checkCommentText(finding({ id: "summary-overdue/document", message: "Update it (now)." }));
    expect(checkIdOfComment(text)).toBe("summary-overdue/document");
    expect(checkIdOfComment("Manager: see check summary-overdue/document)")).toBeNull();
    expect(
      checkIdOfComment(`${PROMPT_COMMENT_MARKER}: What would Amy say? (Guidance 004 §3.1(i))`),
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
    expect(fake.syncCount).toBe(2);
    expect(fake.model.commentList().map((c) => c.writtenByAddIn)).toEqual([false, false, true]);
    await removePromptComments(fake.run);
    expect(fake.model.commentList().map((c) => c.content)).toEqual([
      "Manager: please add Amy's views.",
      `I disagree with the ${CHECK_COMMENT_MARKER.toLowerCase()}`,
    ]);
  });

  it("places prompts beside headings, once, and not beside a heading that changed", async () => {
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
    expect(result).toMatchObject({ ok: true, written: 1, skipped: ["background/1"] });
    await placePromptComments(fake.run, placements);
    const comments = fake.model.commentList();
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ paragraph: 0 });
    expect(comments[0]!.content.startsWith(PROMPT_COMMENT_MARKER)).toBe(true);
  });

  it("explains that comments are unavailable on a WordApi 1.3 host, and changes nothing", async () => {
    const fake = word(document, { requirementSets: HOST_PRESETS.office2019 });
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
