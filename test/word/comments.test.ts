import { fillChildName } from "../../src/analysis/fill";
import { HOST_PRESETS, type FakeWord, type ParagraphSpec } from "../../src/fake-word";
import { analyse, promptsFor } from "../../src/analysis/engine";
import type { SnapshotParagraph } from "../../src/analysis/snapshot";
import { checklistOf, metText, tally } from "../../src/analysis/tally";
import type { Finding } from "../../src/analysis/types";
import { CHECK_COMMENT_MARKER, PROMPT_COMMENT_MARKER } from "../../src/analysis/tags";
import { labelledParagraphs, workedExamples } from "../../src/examples";
import { removePromptComments, removeReviewComments } from "../../src/word";
import {
  checkIdOfComment,
  checkRefOfComment,
  commentRef,
  earlierCheckRef,
  planPromptPlacements,
  plainCitation,
  promptCommentText,
  promptGroupRef,
  promptRefOfComment,
} from "../../src/analysis/plans";
import { pack, word, placePromptComments, writeReviewComments, insertTemplate } from "./helpers";
import { planReviewComments as planFor } from "../../src/analysis/plans";
import { sourceOf } from "../../src/analysis/guidance-sources";

const document = [
  { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
  "Amy is seven.",
  { text: "Background information", styleBuiltIn: "Heading2" },
  "",
];

const SOURCE = "Bradford Children and Families Trust guidance (2025), 3.1(i)";
const TODAY = new Date("2026-12-02T09:00:00Z");

function finding(overrides: Partial<Finding>): Finding {
  return {
    id: "rule/section",
    rule: "rule",
    severity: "warning",
    section: "pen-picture",
    message: "Say what Amy enjoys.",
    guidance: "004 §3.1(i)",
    location: null,
    source: { ...sourceOf("004 §3.1(i)"), notes: [] },
    ...overrides,
  };
}

/** A worked example as a Word document: the same paragraphs, styles, colours and lists. */
function exampleDocument(id: string): FakeWord {
  const example = workedExamples.find((e) => e.id === id)!;
  const spec = (p: SnapshotParagraph): ParagraphSpec => ({
    text: p.text,
    styleBuiltIn: p.styleBuiltIn,
    colour: p.colour === "mixed" ? null : p.colour,
    bold: p.bold === true,
    ...(p.inList ? { list: 1 } : {}),
    ...(p.contentControlTag ? { contentControlTag: p.contentControlTag } : {}),
  });
  return word(labelledParagraphs(example).map(spec));
}

/** What the pane has after a check: the findings, and the analysis they come from. */
function checked(fake: FakeWord, childName: string | null = "Maya") {
  const snapshot = fake.model.toSnapshot();
  const analysis = analyse(snapshot, { pack, childName, today: TODAY });
  return { analysis, basis: { snapshot, pack, childName: analysis.childName, analysis } };
}

const own = (fake: FakeWord) => fake.model.commentList().filter((c) => c.writtenByAddIn);

/** A comment as the add-in wrote it before, one per finding, with a ref at the end. */
const earlierCheck = (f: Finding) =>
  `${f.message}\n${CHECK_COMMENT_MARKER} · ${plainCitation(f.guidance)} · ref ${commentRef(f.id)}`;
/** A comment in the first format of all. */
const firstFormatCheck = (f: Finding) =>
  `${CHECK_COMMENT_MARKER}: ${f.message} (Guidance ${f.guidance}; check ${f.id})`;

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

/** Nothing a reader in Word cannot use: no ids, hashes, long citations or talk of the pane. */
function expectReadable(content: string): void {
  expect(content).not.toMatch(/\bref [0-9a-f]{6}\b|\b[0-9a-f]{6,}\b/);
  expect(content).not.toMatch(/choose Fix|Case Summary Coach's|in the pane/);
  expect(content).not.toMatch(/section-colour|placeholder-left|contact-details-missing|\w+\/\w+-\w+/);
  expect(content).not.toMatch(/guidance \(2025\), 3\.1/);
}

describe("review comments: a summary and one comment per required item not met", () => {
  it("on the poor worked example, writes 5 comments where it wrote 29, in 2 syncs", async () => {
    const fake = exampleDocument("bradford-2025-poor");
    const { analysis, basis } = checked(fake);
    const required = checklistOf(analysis).filter((i) => i.severity === "error" && i.status === "not-met");
    expect(analysis.findings.length).toBeGreaterThanOrEqual(29);
    expect(required).toHaveLength(4);

    const result = await writeReviewComments(fake.run, analysis.findings, basis);
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, written: 5, updated: 0, removed: 0 });
    expect(result.ok && result.message).toBe("Added 5 comments.");
    const comments = own(fake);
    expect(comments).toHaveLength(5);
    for (const c of comments) {
      expectReadable(c.content);
      expect(c.content.split("\n").at(-1)).toBe(CHECK_COMMENT_MARKER);
    }

    // The summary is at the first heading, with the one count every view gives.
    const texts = fake.model.texts();
    const summary = comments.find((c) => c.content.startsWith("Checked against the guidance:"))!;
    expect(texts[summary.paragraph]).toBe("Pen Picture of Maya");
    expect(summary.content).toBe(
      [
        `Checked against the guidance: ${metText(tally(analysis))}`,
        "Required items not met, by section:",
        "\u2022 Pen Picture of Maya: written in blue (004 §3.1(i))",
        "\u2022 Maya's Safety Plan: written in red (004 §3.1(vi))",
        "\u2022 Maya's Family Contact Details and Professional Involvements: telephone numbers or emails (004 §3.1(vii))",
        "\u2022 The whole summary: no template text or placeholders left in (004 §3.1)",
        "Each has a comment of its own where it applies.",
        "Recommended items are counted, not commented on.",
        "004 is Bradford Children and Families Trust guidance (2025); the number after § is its paragraph.",
        CHECK_COMMENT_MARKER,
      ].join("\n"),
    );
    expect(metText(tally(analysis))).toMatch(/^Required items met: 15 of 19\./);

    // Each item's comment is where its finding is, says what is required and why, and the short citation.
    const safetyPlan = comments.find((c) => c.content.includes("Maya's Safety Plan – written in red"))!;
    expect(texts[safetyPlan.paragraph - 1]).toBe("Maya's Safety Plan");
    expect(safetyPlan.content).toBe(
      [
        "Required, not yet met: Maya's Safety Plan – written in red (004 §3.1(vi))",
        `5 paragraphs under "Maya's Safety Plan" are not in red. The guidance asks for this section to be recorded in red; colour it red.`,
        CHECK_COMMENT_MARKER,
      ].join("\n"),
    );
    // The placeholders: one comment, each place listed, in words for a reader in Word.
    const placeholders = comments.find((c) => c.content.includes("the whole summary – no template text"))!;
    expect(texts[placeholders.paragraph]).toBe("Child's Case Summary – [Child's Name]");
    expect(placeholders.content.split("\n").slice(0, 3)).toEqual([
      "Required, not yet met: the whole summary – no template text or placeholders left in (004 §3.1)",
      `\u2022 "[Child's Name]" is still in the summary. Replace it with Maya's name.`,
      `\u2022 The template placeholder "xx/xx/xxxx" is still in the summary. Replace it with the real details, or delete it.`,
    ]);
    // No comment for a recommended item, such as the child's voice.
    expect(comments.map((c) => c.content).join("\n")).not.toMatch(/wishes and feelings|own words/);
  });

  it("on every worked example, one summary plus one comment per required item not met", () => {
    for (const example of workedExamples) {
      const fake = exampleDocument(example.id);
      const { analysis, basis } = checked(fake, example.childName);
      const plan = planFor(analysis.findings, basis);
      const required = checklistOf(analysis).filter((i) => i.severity === "error" && i.status === "not-met");
      expect({ example: example.id, comments: plan.comments.length }).toEqual({
        example: example.id,
        comments: 1 + required.length,
      });
      expect(plan.comments[0]!.text.split("\n")[0]).toBe(
        `Checked against the guidance: ${metText(tally(analysis))}`,
      );
      if (required.length === 0) expect(plan.comments[0]!.text).toContain("Every required item is met.");
      for (const c of plan.comments) expectReadable(c.text);
    }
  });

  it("50 findings of one required check make one comment listing five and counting the rest, in 2 syncs", async () => {
    const fake = word([
      { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
      ...Array.from({ length: 50 }, (_, i) => `Maya [insert detail ${i}] at school.`),
    ]);
    const findings = Array.from({ length: 50 }, (_, i) =>
      finding({
        id: `placeholder-left/pen-picture/insert-detail-${i}`,
        rule: "placeholder-left",
        severity: "error",
        section: null,
        guidance: "004 §3.1",
        message: `The template instruction "[insert detail ${i}]" is still in the summary. Do what it asks, then delete it.`,
        location: { paragraph: i + 1, start: 5, end: 22 },
      }),
    );
    const result = await writeReviewComments(fake.run, findings, { snapshot: fake.model.toSnapshot(), pack });
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, written: 1 });
    const [comment] = own(fake);
    expect(comment!.paragraph).toBe(1);
    const lines = comment!.content.split("\n");
    expect(lines).toHaveLength(1 + 5 + 1 + 1);
    expect(lines[6]).toBe("\u2022 And 45 more like these.");
  });

  it("adds no duplicates when run twice, in 1 sync the second time", async () => {
    const fake = exampleDocument("bradford-2025-poor");
    const { analysis, basis } = checked(fake);
    await writeReviewComments(fake.run, analysis.findings, basis);
    fake.resetSyncCount();
    const again = await writeReviewComments(fake.run, analysis.findings, basis);
    expect(again).toMatchObject({ ok: true, written: 0, alreadyThere: 5, updated: 0, removed: 0 });
    expect(again.ok && again.message).toBe(
      "No comments to add, update or remove. 5 comments were already there and still apply.",
    );
    expect(fake.syncCount).toBe(1);
    expect(own(fake)).toHaveLength(5);
  });

  it("after the worker colours the safety plan red, updates the summary in place and removes that item's comment, in 2 syncs", async () => {
    const fake = exampleDocument("bradford-2025-poor");
    fake.model.addPersonComment(3, "Manager: please add Maya's views.");
    const first = checked(fake);
    await writeReviewComments(fake.run, first.analysis.findings, first.basis);
    const summaryAt = own(fake).find((c) => c.content.startsWith("Checked against"))!.paragraph;

    const texts = fake.model.texts();
    const from = texts.indexOf("Maya's Safety Plan") + 1;
    const to = texts.indexOf("Maya's Family Contact Details and Professional Involvements");
    const red = pack.sections.find((s) => s.key === "safety-plan")!.colour!.hex;
    for (let i = from; i < to; i++) fake.model.colourParagraph(i, red);
    const later = checked(fake);
    fake.resetSyncCount();
    const result = await writeReviewComments(fake.run, later.analysis.findings, later.basis);
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, written: 0, updated: 1, removed: 1, alreadyThere: 3 });
    expect(result.ok && result.message).toBe(
      "Updated 1 comment from an earlier review, in the same place. " +
        "Removed 1 comment about something that no longer needs attention. " +
        "3 comments were already there and still apply.",
    );
    const summary = own(fake).find((c) => c.content.startsWith("Checked against"))!;
    expect(summary.paragraph).toBe(summaryAt);
    expect(summary.content).toMatch(/^Checked against the guidance: Required items met: 16 of 19\./);
    expect(summary.content).not.toContain("Maya's Safety Plan: written in red");
    expect(
      own(fake)
        .map((c) => c.content)
        .join("\n"),
    ).not.toMatch(/Safety Plan – written in red/);
    expect(fake.model.commentList().filter((c) => !c.writtenByAddIn)).toEqual([
      expect.objectContaining({ content: "Manager: please add Maya's views." }),
    ]);
  });

  it("on the good example, writes only the summary, saying every required item is met", async () => {
    const fake = exampleDocument("bradford-2025-good");
    const { analysis, basis } = checked(fake);
    await writeReviewComments(fake.run, analysis.findings, basis);
    expect(own(fake).map((c) => c.content)).toEqual([
      `Checked against the guidance: ${metText(tally(analysis))}\nEvery required item is met.\n${CHECK_COMMENT_MARKER}`,
    ]);
  });

  it("takes over comments the earlier versions wrote, one per finding: the first for an item in place, the rest removed, none duplicated", async () => {
    const fake = exampleDocument("bradford-2025-poor");
    const { analysis, basis } = checked(fake);
    // An earlier version's review: a comment for every finding, one in the first format of all.
    const [firstFinding, ...rest] = analysis.findings;
    await writeAsAddIn(fake, firstFinding!.location?.paragraph ?? 0, firstFormatCheck(firstFinding!));
    for (const f of rest) await writeAsAddIn(fake, f.location?.paragraph ?? 0, earlierCheck(f));
    const earlier = analysis.findings.length;
    expect(own(fake)).toHaveLength(earlier);
    // The manager answered the comment about the child's voice (a recommended item).
    const voice = analysis.findings.find((f) => f.rule === "child-voice")!;
    fake.model.replyToComment((c) => c.startsWith(voice.message), "Discussed in supervision.");

    const result = await writeReviewComments(fake.run, analysis.findings, basis);
    expect(fake.syncCount).toBe(2);
    // The summary is new; each required item takes over the comment for its first finding.
    expect(result).toMatchObject({ ok: true, written: 1, updated: 4 });
    const open = own(fake).filter((c) => !c.resolved);
    expect(open).toHaveLength(5);
    for (const c of open) expectReadable(c.content);
    expect(result.ok && result.removed! + result.resolvedKeepingReplies!).toBe(earlier - 4);
    expect(result.ok && result.resolvedKeepingReplies).toBe(1);
    // Nothing anyone wrote is lost: the answered comment is resolved, with its reply.
    expect(fake.model.commentList().find((c) => c.replies.length > 0)).toMatchObject({
      resolved: true,
      replies: [{ content: "Discussed in supervision." }],
    });
    // And Remove takes every one of them away.
    const removed = await removeReviewComments(fake.run);
    expect(removed).toMatchObject({ ok: true, removed: 5 });
  });

  it("knows its own comments by their words, with Word's line breaks as \\r or none, and no one else's", () => {
    const plan = planFor(
      [
        finding({
          id: "section-empty/background",
          rule: "section-empty",
          severity: "error",
          section: "background",
        }),
      ],
      { snapshot: word(document).model.toSnapshot(), pack },
    );
    const text = plan.comments[0]!.text;
    expect(text).toBe(
      `Required, not yet met: Background information – something written under the heading (004 §3.1(i))\nSay what Amy enjoys.\n${CHECK_COMMENT_MARKER}`,
    );
    const id = checkRefOfComment(text);
    expect(id).not.toBeNull();
    expect(checkRefOfComment(text.replace(/\n/g, "\r"))).toBe(id);
    expect(checkRefOfComment(text.replace(/\n/g, "\r\n"))).toBe(id);
    // The earlier formats, by the finding they name.
    const f = finding({ id: "summary-overdue/document", message: "Update it (now)." });
    expect(checkIdOfComment(firstFormatCheck(f))).toBe("summary-overdue/document");
    expect(earlierCheckRef(firstFormatCheck(f))).toBe(commentRef(f.id));
    expect(earlierCheckRef(earlierCheck(f))).toBe(commentRef(f.id));
    // People's comments, even ones that quote the add-in's words.
    for (const person of [
      "Manager: see check summary-overdue/document)",
      "Manager: I agree with the ref abc123",
      `${CHECK_COMMENT_MARKER}: my own note, not the add-in's`,
      "Required, not yet met: the chronology, I'd say.",
      `Required, not yet met: the safety plan.\nI think so too, ${CHECK_COMMENT_MARKER}`,
      `${PROMPT_COMMENT_MARKER}: What would Amy say? (Guidance 004 §3.1(i))`,
      promptCommentText(
        [{ section: null, text: "Why?", guidance: "004 §1", source: sourceOf("004 §1") }],
        null,
      ),
    ])
      expect(checkRefOfComment(person)).toBeNull();
  });

  it("finds its comment again when Word gives it back without line breaks", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    const empty = finding({
      id: "section-empty/background",
      rule: "section-empty",
      severity: "error",
      section: "background",
    });
    const plan = planFor([empty], basis);
    await writeAsAddIn(fake, 2, plan.comments[0]!.text.replace(/\n/g, ""));
    const result = await writeReviewComments(fake.run, [empty], basis);
    expect(result).toMatchObject({ ok: true, written: 0, alreadyThere: 1 });
    expect(own(fake)).toHaveLength(1);
  });

  it("skips an item whose paragraph has changed since the check", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    fake.model.typeText(1, " She likes swimming.");
    const result = await writeReviewComments(
      fake.run,
      [
        finding({
          id: "child-voice/pen-picture",
          rule: "child-voice",
          severity: "error",
          location: { paragraph: 1, start: 0, end: 3 },
        }),
      ],
      basis,
    );
    expect(result).toMatchObject({ ok: true, written: 0, skipped: ["child-voice/pen-picture"] });
    expect(result.ok && result.message).toBe(
      "1 comment could not be placed because the document has changed since it was checked; choose Check again.",
    );
  });

  it("removes only the add-in's comments, never a person's", async () => {
    const fake = exampleDocument("bradford-2025-poor");
    fake.model.addPersonComment(3, "Manager: please add Maya's views.");
    fake.model.addPersonComment(0, `I disagree with the ${CHECK_COMMENT_MARKER.toLowerCase()}`);
    fake.model.addPersonComment(4, `Required, not yet met: her school.\n${CHECK_COMMENT_MARKER}: agreed`);
    const { analysis, basis } = checked(fake);
    await writeReviewComments(fake.run, analysis.findings, basis);
    await placePromptComments(fake.run, [
      {
        prompt: {
          section: "pen-picture",
          text: "What would Maya say?",
          guidance: "004 §3.1(i)",
          source: sourceOf("004 §3.1(i)"),
        },
        headingParagraph: 3,
        headingText: "Pen Picture of Maya",
      },
    ]);
    fake.resetSyncCount();
    const removed = await removeReviewComments(fake.run);
    expect(removed).toMatchObject({ ok: true, removed: 5 });
    expect(removed.ok && removed.message).toBe(
      "Removed 5 review comments. Comments written by people were left alone.",
    );
    expect(fake.syncCount).toBe(2);
    expect(fake.model.commentList().map((c) => c.writtenByAddIn)).toEqual([false, false, false, true]);
    const prompts = await removePromptComments(fake.run);
    expect(prompts.ok && prompts.message).toBe(
      "Removed 1 prompt comment. Comments written by people were left alone.",
    );
    expect(fake.model.commentList().map((c) => c.content)).toEqual([
      "Manager: please add Maya's views.",
      `I disagree with the ${CHECK_COMMENT_MARKER.toLowerCase()}`,
      `Required, not yet met: her school.\n${CHECK_COMMENT_MARKER}: agreed`,
    ]);
  });

  it("with nothing required open and no analysis, removes every review comment of its own and nothing else", async () => {
    const fake = word(document);
    fake.model.addPersonComment(0, `${CHECK_COMMENT_MARKER}: a person's note that looks like ours`);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    await writeReviewComments(
      fake.run,
      [
        finding({
          id: "section-empty/background",
          rule: "section-empty",
          severity: "error",
          section: "background",
        }),
      ],
      basis,
    );
    fake.resetSyncCount();
    const result = await writeReviewComments(fake.run, [], basis);
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, written: 0, removed: 1 });
    expect(result.ok && result.message).toBe(
      "Removed 1 comment about something that no longer needs attention.",
    );
    expect(fake.model.commentList().map((c) => c.writtenByAddIn)).toEqual([false]);
    fake.resetSyncCount();
    const nothing = await writeReviewComments(fake.run, [], basis);
    expect(nothing.ok && nothing.message).toBe("No comments to add, update or remove.");
    expect(fake.syncCount).toBe(1);
  });

  it("explains that comments are unavailable on a WordApi 1.3 host, and changes nothing", async () => {
    const fake = word(document, { requirementSets: HOST_PRESETS.office2021 });
    const result = await writeReviewComments(
      fake.run,
      [
        finding({
          id: "section-empty/background",
          rule: "section-empty",
          severity: "error",
          section: "background",
        }),
      ],
      { snapshot: fake.model.toSnapshot(), pack },
    );
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
    expect(result.ok && result.message).toBe(`Added ${groups} prompt comments beside the headings.`);
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
      `No prompts to add. ${groups} prompt comments were already there.`,
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
      "Added 1 prompt comment beside the headings. Removed 2 older prompt comments, written one per question, which these replace.",
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
    await writeReviewComments(
      fake.run,
      [finding({ id: "child-voice/pen-picture", rule: "child-voice", severity: "error" })],
      basis,
    );
    const prompts = fake.model.commentList().filter((c) => promptRefOfComment(c.content) !== null).length;
    fake.resetSyncCount();
    const removed = await removePromptComments(fake.run);
    expect(fake.syncCount).toBe(2);
    expect(removed).toMatchObject({ ok: true, removed: prompts });
    const left = fake.model.commentList();
    expect(left.map((c) => c.content.split("\n")[0])).toEqual([
      "Manager: good start.",
      "Required, not yet met: Pen Picture of the child – the child's wishes, feelings and own words (004 §3.1(i))",
    ]);
  });

  it("does not place prompts beside a heading that changed since the check", async () => {
    const fake = word(document);
    const placements = [
      {
        prompt: {
          section: "pen-picture",
          text: "What would Amy say?",
          guidance: "004 §3.1(i)",
          source: sourceOf("004 §3.1(i)"),
        },
        headingParagraph: 0,
        headingText: "Pen Picture of the child",
      },
      {
        prompt: {
          section: "background",
          text: "What matters most?",
          guidance: "004 §3.1(ii)",
          source: sourceOf("004 §3.1(ii)"),
        },
        headingParagraph: 2,
        headingText: "Old heading",
      },
    ];
    const result = await placePromptComments(fake.run, placements);
    expect(result).toMatchObject({ ok: true, written: 1, skipped: ["background"] });
    expect(result.ok && result.message).toBe(
      "Added 1 prompt comment beside the headings. No prompts were put beside 1 heading, because it has changed since the document was checked; choose Check again.",
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
  const fixed = finding({
    id: "section-empty/background",
    rule: "section-empty",
    severity: "error",
    section: "background",
    message: 'Nothing is written under "Background information" yet.',
    guidance: "004 §3.1(ii)",
  });
  const stillOpen = finding({
    id: "child-voice/pen-picture",
    rule: "child-voice",
    severity: "error",
    message: "Say in Amy's own words what she wants.",
    location: { paragraph: 1, start: 0, end: 3 },
  });
  const firstLine = (content: string) => content.split("\n")[0]!;

  it("resolves, rather than deletes, a comment whose item was put right once a manager has replied to it", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    await writeReviewComments(fake.run, [fixed, stillOpen], basis);
    fake.model.replyToComment(
      (c) => c.includes("Background information – something written"),
      "Please add when Amy came into care.",
    );

    fake.resetSyncCount();
    const result = await writeReviewComments(fake.run, [stillOpen], basis);
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, removed: 0, resolvedKeepingReplies: 1 });
    expect(result.ok && result.message).toContain(
      "Marked 1 comment as resolved rather than removing it, because someone has replied to it: the replies are kept.",
    );
    const thread = fake.model.commentList().find((c) => c.content.includes("Background information –"));
    expect(thread).toMatchObject({
      resolved: true,
      replies: [{ authorName: "A. Manager", content: "Please add when Amy came into care." }],
    });
  });

  it("still removes the add-in's comments nobody replied to", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    await writeReviewComments(fake.run, [fixed, stillOpen], basis);
    const result = await writeReviewComments(fake.run, [stillOpen], basis);
    expect(result).toMatchObject({ ok: true, removed: 1, resolvedKeepingReplies: 0 });
    expect(fake.model.commentList().map((c) => firstLine(c.content))).toEqual([
      "Required, not yet met: Pen Picture of the child – the child's wishes, feelings and own words (004 §3.1(i))",
    ]);
  });

  it("rewords a comment in place when its message changes, keeping its thread", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    await writeReviewComments(fake.run, [stillOpen], basis);
    fake.model.replyToComment(0, "Agreed, see the pen picture guidance.");
    const result = await writeReviewComments(
      fake.run,
      [{ ...stillOpen, message: "Quote Amy: what does she say she wants?" }],
      basis,
    );
    expect(result).toMatchObject({ ok: true, written: 0, updated: 1 });
    expect(fake.model.commentList()).toEqual([
      expect.objectContaining({
        content: expect.stringContaining("\nQuote Amy: what does she say she wants?\n"),
        replies: [{ authorName: "A. Manager", content: "Agreed, see the pen picture guidance." }],
      }),
    ]);
  });

  it("reopens its resolved comment when the item needs attention again", async () => {
    const fake = word(document);
    const basis = { snapshot: fake.model.toSnapshot(), pack };
    await writeReviewComments(fake.run, [stillOpen], basis);
    fake.model.replyToComment(0, "Done?");
    await writeReviewComments(fake.run, [], basis);
    expect(fake.model.commentList()[0]!.resolved).toBe(true);
    const result = await writeReviewComments(fake.run, [stillOpen], basis);
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
      (c) => c.includes("own words"),
      "Amy says she wants to stay with Nan.",
      "Social Worker",
    );
    fake.resetSyncCount();
    const result = await removeReviewComments(fake.run);
    expect(fake.syncCount).toBe(2);
    expect(result).toMatchObject({ ok: true, removed: 1, resolvedKeepingReplies: 1 });
    expect(result.ok && result.message).toBe(
      "Removed 1 review comment. Comments written by people were left alone. 1 comment has replies, so it was marked as resolved rather than removed: the replies are kept.",
    );
    expect(fake.model.allReplies().map((r) => r.content)).toEqual(["Amy says she wants to stay with Nan."]);
  });

  it("Remove prompt comments keeps a prompt someone answered in its thread", async () => {
    const fake = word(document);
    await placePromptComments(fake.run, [
      {
        prompt: {
          section: "pen-picture",
          text: "What would Amy say?",
          guidance: "004 §3.1(i)",
          source: sourceOf("004 §3.1(i)"),
        },
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
