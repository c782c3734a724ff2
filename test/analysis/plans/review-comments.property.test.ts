import fc from "fast-check";
import { analyse } from "../../../src/analysis/engine";
import { commentRef, plainCitation, planReviewComments } from "../../../src/analysis/plans";
import type { SnapshotParagraph } from "../../../src/analysis/snapshot";
import { CHECK_COMMENT_MARKER } from "../../../src/analysis/tags";
import type { Finding } from "../../../src/analysis/types";
import { labelledParagraphs, workedExamples } from "../../../src/examples";
import { createFakeWord, type FakeWord, type ParagraphSpec } from "../../../src/fake-word";
import { defaultPack as pack } from "../../../src/analysis/built-in-packs";
import { removeReviewComments, writeComments } from "../../../src/word";

/**
 * The review's comments, whatever a manager, a worker and an earlier version of the add-in did
 * before: after a review there is exactly one open comment for the summary and for each required
 * item not met, with its words, and none with an id or hash; a person's comment is never changed;
 * no reply is ever lost; and Remove leaves open none of the add-in's.
 */

const TODAY = new Date("2026-12-02T09:00:00Z");

function poorExample(): FakeWord {
  const example = workedExamples.find((e) => e.id === "bradford-2025-poor")!;
  const spec = (p: SnapshotParagraph): ParagraphSpec => ({
    text: p.text,
    styleBuiltIn: p.styleBuiltIn,
    colour: p.colour === "mixed" ? null : p.colour,
    bold: p.bold === true,
    ...(p.inList ? { list: 1 } : {}),
  });
  return createFakeWord(labelledParagraphs(example).map(spec));
}

const compact = (text: string) => text.replace(/\s+/g, "");

/** What people write, some of it quoting the add-in's words. */
const PEOPLE = [
  "Manager: please add Maya's views.",
  `${CHECK_COMMENT_MARKER}: I have checked this with the school.`,
  "Required, not yet met: the chronology, in my view.",
  `Checked against the guidance: I agree.\nFrom ${CHECK_COMMENT_MARKER}, but see supervision notes.`,
];

type Step =
  | { kind: "review" }
  | { kind: "review-some"; keep: boolean[]; reworded: boolean }
  | { kind: "earlier"; finding: number; first: boolean }
  | { kind: "person"; paragraph: number; text: number }
  | { kind: "reply"; comment: number }
  | { kind: "person-resolves"; comment: number }
  | { kind: "remove" };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: "review" as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("review-some" as const),
      keep: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      reworded: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("earlier" as const), finding: fc.nat(40), first: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("person" as const), paragraph: fc.nat(30), text: fc.nat(3) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("reply" as const), comment: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("person-resolves" as const), comment: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.constant({ kind: "remove" as const }) },
);

const earlierText = (f: Finding, first: boolean) =>
  first
    ? `${CHECK_COMMENT_MARKER}: ${f.message} (Guidance ${f.guidance}; check ${f.id})`
    : `${f.message}\n${CHECK_COMMENT_MARKER} · ${plainCitation(f.guidance)} · ref ${commentRef(f.id)}`;

/** A comment written through the API, as an earlier version of the add-in did. */
async function writeAsEarlierVersion(fake: FakeWord, paragraph: number, text: string): Promise<void> {
  await fake.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("items");
    await context.sync();
    paragraphs.items[paragraph]!.getRange("Whole").insertComment(text);
    await context.sync();
  });
}

describe("review comments, whatever came before", () => {
  it("one open comment per planned comment after a review, people's words untouched, replies never lost", async () => {
    const fake0 = poorExample();
    const snapshot = fake0.model.toSnapshot();
    const analysis = analyse(snapshot, { pack, childName: "Maya", today: TODAY });
    const required = analysis.findings.filter((f) => f.severity === "error");
    expect(required.length).toBeGreaterThanOrEqual(4);

    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const fake = poorExample();
        const model = fake.model;
        const people = () =>
          model.commentList().flatMap((c, index) => (c.writtenByAddIn ? [] : [{ index, ...c }]));
        for (const s of steps) {
          const peopleBefore = people().map(({ content, resolved }) => ({ content, resolved }));
          const repliesBefore = model.allReplies().map((r) => `${r.id}: ${r.content}`);
          let planned: string[] | null = null;
          switch (s.kind) {
            case "review": {
              const plan = planReviewComments(analysis.findings, {
                snapshot,
                pack,
                childName: "Maya",
                analysis,
              });
              planned = plan.comments.map((c) => c.text);
              expect((await writeComments(fake.run, plan)).ok).toBe(true);
              break;
            }
            case "review-some": {
              const findings = required
                .filter((_, i) => s.keep[i % s.keep.length])
                .map((f) => (s.reworded ? { ...f, message: `${f.message} Please look again.` } : f));
              const plan = planReviewComments(findings, { snapshot, pack, childName: "Maya" });
              planned = plan.comments.map((c) => c.text);
              expect((await writeComments(fake.run, plan)).ok).toBe(true);
              break;
            }
            case "earlier": {
              const f = analysis.findings[s.finding % analysis.findings.length]!;
              await writeAsEarlierVersion(fake, f.location?.paragraph ?? 0, earlierText(f, s.first));
              continue;
            }
            case "person":
              model.addPersonComment(s.paragraph % model.paragraphs.length, PEOPLE[s.text % PEOPLE.length]!);
              continue;
            case "reply":
              if (model.comments.length > 0)
                model.replyToComment(s.comment % model.comments.length, `Reply ${model.allReplies().length}`);
              continue;
            case "person-resolves":
              if (model.comments.length > 0) model.resolveComment(s.comment % model.comments.length);
              continue;
            case "remove":
              expect((await removeReviewComments(fake.run)).ok).toBe(true);
              break;
          }
          // A person's comments are never changed or removed, and no reply is lost.
          expect(people().map(({ content, resolved }) => ({ content, resolved }))).toEqual(peopleBefore);
          expect(model.allReplies().map((r) => `${r.id}: ${r.content}`)).toEqual(repliesBefore);
          const open = model.commentList().filter((c) => c.writtenByAddIn && !c.resolved);
          if (planned !== null) {
            // Exactly the planned comments are open, each once, with no id or hash in them.
            expect(open.map((c) => compact(c.content)).sort()).toEqual(planned.map(compact).sort());
            for (const c of open) expect(c.content).not.toMatch(/\bref [0-9a-f]{6}\b|; check /);
          } else {
            expect(open).toEqual([]);
            // What is left of the add-in's is kept for its replies.
            for (const c of model.commentList().filter((c) => c.writtenByAddIn))
              expect(c.replies.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
