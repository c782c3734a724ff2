import fc from "fast-check";
import { recogniseStructure } from "../../src/analysis/sections";
import type { DocumentSnapshot } from "../../src/analysis/snapshot";
import { CHECK_COMMENT_MARKER, PROMPT_COMMENT_MARKER, parseSectionTag } from "../../src/analysis/tags";
import type { Finding, Fix } from "../../src/analysis/types";
import {
  createFakeWord,
  HOST_PRESETS,
  paragraphText,
  type DocumentModel,
  type ParagraphNode,
  type ParagraphSpec,
} from "../../src/fake-word";
import {
  applyFix,
  goTo,
  readSnapshot,
  removePromptComments,
  removeReviewComments,
  saveDocumentState,
} from "../../src/word";
import { headingWithName } from "../../src/analysis/plans";
import { checkRefOfComment, commentRef, promptRefOfComment } from "../../src/analysis/plans";
import {
  pack,
  placePromptComments,
  writeReviewComments,
  insertTemplate,
  applySectionColours,
} from "./helpers";
import { sourceOf } from "../../src/analysis/guidance-sources";

/**
 * Over random documents, random sequences of the add-in's operations, and a worker who types
 * between them (so that operations run on the basis of a check the document has since moved on
 * from), the worker's paragraphs all survive, in order, exactly as the worker left them: text,
 * style, list and table membership, boldness and every run's colour. The only changes the add-in
 * may make to them are:
 * - a section colour, by the colour operations, and only on paragraphs in the body of a section
 *   that has that colour (colour never leaks into a section that must not be coloured);
 * - a fix, only on the fix's own paragraphs (a replace-text fix changes exactly the text it names).
 * Everything else the add-in adds is its own: a template heading or an empty writing paragraph in
 * a tagged control, and marked comments, one per check. A person's comments are never touched.
 */

const names = ["Amy", "O'Brien", "Anna-Marie", "Zoë", "Łukasz", "美玲", ""];
const headings = pack.sections.flatMap((s) => names.map((n) => headingWithName(s, n || null)));
const colourOf = new Map(
  pack.sections.flatMap((s) => (s.colour ? [[s.key, s.colour.hex.toUpperCase()]] : [])),
);

/** Paragraphs as long as workers write them, and longer (to 5,000 characters), with double spaces. */
const longText = fc
  .tuple(
    fc.constantFrom(
      "Maya told me  she feels safe at home when Nan is there. ",
      "Mum agreed to ring the duty team if Dad comes back; school will check in daily. ",
      "a^b ",
    ),
    fc.integer({ min: 5, max: 90 }),
  )
  .map(([sentence, times]) => sentence.repeat(times).slice(0, 5_000));

const textArbitrary = fc
  .oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: "grapheme", maxLength: 12 }),
    fc.constantFrom(...headings, "", "Mum will call", "aaaa", "a^b", "Pen picture"),
    longText,
  )
  // Paragraph marks and Word's cell and line-break characters cannot be inside a paragraph's text.
  // eslint-disable-next-line no-control-regex
  .map((text) => text.replace(/[\r\n\u0007\u000b]/g, " "));

const paragraphArbitrary: fc.Arbitrary<ParagraphSpec> = fc
  .record({
    text: textArbitrary,
    styleBuiltIn: fc.constantFrom("Normal", "Normal", "Heading2", "Heading1", "Title"),
    colour: fc.constantFrom(null, null, "#0000FF", "#FF0000", "#00AA00"),
    bold: fc.boolean(),
    where: fc.constantFrom("body", "body", "body", "list", "cell"),
  })
  .map(({ text, styleBuiltIn, colour, bold, where }) => ({
    text,
    styleBuiltIn,
    colour,
    bold,
    ...(where === "list" ? { list: 1 } : where === "cell" ? { cell: { table: 0, row: 0, column: 0 } } : {}),
  }));

type Operation =
  | { kind: "template"; name: string }
  | { kind: "colour" }
  | { kind: "comments"; paragraphs: number[]; wording: number }
  | { kind: "remove-comments" }
  | { kind: "prompts"; paragraph: number }
  | { kind: "remove-prompts" }
  | { kind: "go-to"; paragraph: number; start: number; end: number }
  | { kind: "state"; name: string }
  | { kind: "fix-colour"; occurrence: number; paragraphs: number[] }
  | { kind: "fix-text"; paragraph: number; start: number; length: number; text: string }
  | { kind: "read" };

/** What the worker does between the add-in's operations, as a person in Word. */
type WorkerAction =
  | { kind: "type"; paragraph: number; text: string; atStart: boolean }
  | { kind: "enter"; paragraph: number; text: string }
  | { kind: "delete-paragraph"; paragraph: number }
  | { kind: "delete-characters"; paragraph: number; start: number; length: number }
  | { kind: "colour"; paragraph: number; colour: string | null }
  | { kind: "comment"; paragraph: number }
  | { kind: "reply"; comment: number }
  | { kind: "cursor"; paragraph: number | null };

const index = fc.nat({ max: 40 });
const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant("template" as const), name: fc.constantFrom(...names) }),
  fc.record({ kind: fc.constant("colour" as const) }),
  {
    // Weighted: running the review twice with other wording is how duplicate comments would arise.
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("comments" as const),
      paragraphs: fc.array(index, { minLength: 1, maxLength: 5 }),
      wording: fc.nat({ max: 2 }),
    }),
  },
  fc.record({ kind: fc.constant("remove-comments" as const) }),
  fc.record({ kind: fc.constant("prompts" as const), paragraph: index }),
  fc.record({ kind: fc.constant("remove-prompts" as const) }),
  fc.record({
    kind: fc.constant("go-to" as const),
    paragraph: index,
    start: fc.nat({ max: 30 }),
    end: fc.nat({ max: 30 }),
  }),
  fc.record({ kind: fc.constant("state" as const), name: fc.constantFrom(...names) }),
  fc.record({
    kind: fc.constant("fix-colour" as const),
    occurrence: index,
    paragraphs: fc.array(index, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant("fix-text" as const),
    paragraph: index,
    start: fc.nat({ max: 30 }),
    length: fc.nat({ max: 10 }),
    text: textArbitrary,
  }),
  fc.record({ kind: fc.constant("read" as const) }),
);

const workerArbitrary: fc.Arbitrary<WorkerAction> = fc.oneof(
  fc.record({
    kind: fc.constant("type" as const),
    paragraph: index,
    text: textArbitrary,
    atStart: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("enter" as const), paragraph: index, text: textArbitrary }),
  fc.record({ kind: fc.constant("delete-paragraph" as const), paragraph: index }),
  fc.record({
    kind: fc.constant("delete-characters" as const),
    paragraph: index,
    start: fc.nat({ max: 30 }),
    length: fc.nat({ max: 8 }),
  }),
  fc.record({
    kind: fc.constant("colour" as const),
    paragraph: index,
    colour: fc.constantFrom(null, "#0000FF", "#FF0000", "#00AA00"),
  }),
  fc.record({ kind: fc.constant("comment" as const), paragraph: index }),
  // A manager replying in a thread: under a person's comment or one of the add-in's.
  fc.record({ kind: fc.constant("reply" as const), comment: index }),
  fc.record({ kind: fc.constant("cursor" as const), paragraph: fc.option(index) }),
);

/** A step: the add-in checks (the basis), the worker carries on typing, then the operation runs. */
const stepArbitrary = fc.record({
  worker: fc.array(workerArbitrary, { maxLength: 2 }),
  operation: operationArbitrary,
});

/** All of a paragraph the worker can see and the add-in must keep. */
interface Kept {
  runs: string;
  style: string;
  list: boolean;
  cell: boolean;
}

function keep(node: ParagraphNode): Kept {
  return {
    runs: JSON.stringify(node.runs.map((run) => [run.text, run.colour, run.bold])),
    style: node.styleBuiltIn,
    list: node.list !== null,
    cell: node.cell !== null,
  };
}

/** The paragraphs in the body of sections coloured `colour` (any section colour when null), by node. */
function colouredSectionNodes(model: DocumentModel, snapshot: DocumentSnapshot, colour: string | null) {
  const nodes = new Map<ParagraphNode, string>();
  for (const occurrence of recogniseStructure(snapshot, pack, null).occurrences) {
    const hex = colourOf.get(occurrence.key);
    if (!hex || (colour !== null && hex !== colour)) continue;
    for (const i of occurrence.body) nodes.set(model.paragraphs[i]!, hex);
  }
  return nodes;
}

/** Each character with its boldness: what a colour change must leave as it was. */
function boldByCharacter(node: ParagraphNode): string {
  return JSON.stringify(node.runs.flatMap((run) => [...run.text].map((c) => [c, run.bold])));
}

function doWork(model: DocumentModel, action: WorkerAction): void {
  const at = (i: number) => i % model.paragraphs.length;
  switch (action.kind) {
    case "type":
      model.typeText(at(action.paragraph), action.text, action.atStart ? 0 : undefined);
      break;
    case "enter":
      model.insertParagraphAfter(at(action.paragraph), action.text);
      break;
    case "delete-paragraph":
      model.deleteParagraph(at(action.paragraph));
      break;
    case "delete-characters": {
      const i = at(action.paragraph);
      const length = paragraphText(model.paragraphs[i]!).length;
      const start = Math.min(action.start, length);
      model.deleteCharacters(i, start, Math.min(length, start + action.length));
      break;
    }
    case "colour":
      model.colourParagraph(at(action.paragraph), action.colour);
      break;
    case "comment": {
      // People quote the add-in's words in their own comments; those are still theirs.
      const quoting = [
        `A person's comment ${model.comments.length}`,
        `${CHECK_COMMENT_MARKER} says this is missing, but it is in the chronology.`,
        `Re "${PROMPT_COMMENT_MARKER}s": we discussed this in supervision.`,
      ];
      model.addPersonComment(at(action.paragraph), quoting[model.comments.length % quoting.length]!);
      break;
    }
    case "reply":
      if (model.comments.length > 0)
        model.replyToComment(action.comment % model.comments.length, `A reply ${model.allReplies().length}`);
      break;
    case "cursor":
      model.select(action.paragraph === null ? null : at(action.paragraph), 0);
      break;
  }
}

/** An operation's result as the pane sees it: done, or not, and why. */
type Outcome = { ok: true } | { ok: false; reason: string };

const COMMENT_OPERATIONS = new Set(["comments", "remove-comments", "prompts", "remove-prompts"]);

describe("the add-in never loses, changes or reorders the worker's text", () => {
  // Hosts kept apart, so that every comment operation runs where comments exist as often as not.
  it.each([
    ["Microsoft 365", HOST_PRESETS.microsoft365, true],
    ["Office LTSC 2021", HOST_PRESETS.office2021, false],
  ] as const)(
    "holds on %s over random documents, operations and typing in between",
    async (_host, sets, hasComments) => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(paragraphArbitrary, { minLength: 1, maxLength: 25 }),
          fc.array(stepArbitrary, { maxLength: 8 }),
          async (specs, steps) => {
            const fake = createFakeWord(specs, { requirementSets: sets });
            const model = fake.model;
            model.addPersonComment(0, "A person's comment");
            /** The refs of the findings passed to the last review, once there has been one. */
            let lastReview: Set<string> | null = null;
            /** The worker's paragraphs, in the worker's order, with what they must still be. */
            const worker = new Map<ParagraphNode, Kept>(model.paragraphs.map((node) => [node, keep(node)]));
            const host = {
              requirements: fake.office.requirements,
              officeSettings: fake.office.document.settings,
            };

            for (const { worker: actions, operation } of steps) {
              // The add-in's last check.
              const basis = model.toSnapshot();
              // The worker carries on: whatever they do is theirs, including paragraphs they add.
              for (const action of actions) {
                const before = new Set(model.paragraphs);
                const touched =
                  model.paragraphs[
                    "paragraph" in action && action.paragraph !== null
                      ? action.paragraph % model.paragraphs.length
                      : 0
                  ]!;
                doWork(model, action);
                for (const node of model.paragraphs)
                  if (!before.has(node) || node === touched || worker.has(node)) worker.set(node, keep(node));
                for (const node of [...worker.keys()]) if (!model.contains(node)) worker.delete(node);
              }

              const order = model.paragraphs.filter((node) => worker.has(node));
              const before = new Map(model.paragraphs.map((node) => [node, keep(node)]));
              const people = () =>
                model.comments
                  .filter((c) => !c.writtenByAddIn)
                  .map((c) => [
                    c.id,
                    c.content,
                    c.authorName,
                    c.resolved,
                    c.anchor.start.paragraph,
                    c.anchor.start.offset,
                  ]);
              const personComments = people();
              const replies = () => model.allReplies().map((r) => `${r.id} ${r.authorName}: ${r.content}`);
              const repliesBefore = replies();
              const now = model.toSnapshot();
              /** Paragraphs the operation may change, and how each may end up. */
              const allowed = new Map<ParagraphNode, (after: ParagraphNode) => boolean>();
              /** The same characters, each as bold as it was; every run in the section's colour. */
              const onlyColour = (node: ParagraphNode, hex: string) => {
                const was = boldByCharacter(node);
                return (after: ParagraphNode) =>
                  boldByCharacter(after) === was && after.runs.every((run) => run.colour === hex);
              };

              let outcome: Outcome = { ok: true };
              switch (operation.kind) {
                case "template":
                  outcome = await insertTemplate(fake.run, pack, operation.name || null);
                  break;
                case "colour": {
                  for (const [node, hex] of colouredSectionNodes(model, now, null))
                    allowed.set(node, onlyColour(node, hex));
                  outcome = await applySectionColours(fake.run, pack, null);
                  break;
                }
                case "comments": {
                  const findings: Finding[] = operation.paragraphs.map((p, i) => ({
                    id: `rule-${i}/x`,
                    rule: `rule-${i}`,
                    severity: "warning",
                    section: i % 2 ? "pen-picture" : null,
                    message: `Finding ${i}, worded ${operation.wording === 0 ? "one way" : `way ${operation.wording}`}`,
                    guidance: "004 §3.1(i)",
                    source: { ...sourceOf("004 §3.1(i)"), notes: [] },
                    location: { paragraph: p % basis.paragraphs.length, start: 0, end: 1 },
                  }));
                  outcome = await writeReviewComments(fake.run, findings, { snapshot: basis, pack });
                  lastReview = new Set(findings.map((f) => commentRef(f.id)));
                  break;
                }
                case "remove-comments":
                  outcome = await removeReviewComments(fake.run);
                  break;
                case "prompts": {
                  const paragraph = operation.paragraph % basis.paragraphs.length;
                  outcome = await placePromptComments(fake.run, [
                    {
                      prompt: {
                        section: null,
                        text: "What would the child say?",
                        guidance: "004 §3.1(i)",
                        source: sourceOf("004 §3.1(i)"),
                      },
                      headingParagraph: paragraph,
                      headingText: basis.paragraphs[paragraph]!.text,
                    },
                  ]);
                  break;
                }
                case "remove-prompts":
                  outcome = await removePromptComments(fake.run);
                  break;
                case "go-to":
                  outcome = await goTo(fake.run, {
                    paragraph: operation.paragraph,
                    start: operation.start,
                    end: operation.end,
                  });
                  break;
                case "state":
                  outcome = await saveDocumentState(fake.run, host, {
                    childName: operation.name || null,
                    packId: pack.id,
                    dismissedFindings: [],
                  });
                  break;
                case "fix-colour": {
                  // The section-colour fix as the engine makes it: a coloured section's body, from the basis.
                  const coloured = recogniseStructure(basis, pack, null).occurrences.filter(
                    (o) => colourOf.has(o.key) && o.body.length > 0,
                  );
                  if (coloured.length === 0) break;
                  const occurrence = coloured[operation.occurrence % coloured.length]!;
                  const colour = colourOf.get(occurrence.key)!;
                  const fix: Fix = {
                    kind: "set-colour",
                    colour,
                    paragraphs: [
                      ...new Set(
                        operation.paragraphs.map((p) => occurrence.body[p % occurrence.body.length]!),
                      ),
                    ],
                  };
                  // Only the fix's paragraphs, and only where that colour belongs in the document as it is now.
                  const belongs = colouredSectionNodes(model, now, colour);
                  for (const i of fix.paragraphs) {
                    const node = model.paragraphs[i];
                    if (node && belongs.has(node)) allowed.set(node, onlyColour(node, colour));
                  }
                  outcome = await applyFix(fake.run, fix, basis);
                  break;
                }
                case "fix-text": {
                  const paragraph = operation.paragraph % basis.paragraphs.length;
                  const text = basis.paragraphs[paragraph]!.text;
                  const start = Math.min(operation.start, text.length);
                  const end = Math.min(text.length, start + operation.length);
                  const fix: Fix = {
                    kind: "replace-text",
                    location: { paragraph, start, end },
                    text: operation.text,
                  };
                  const expected = text.slice(0, start) + operation.text + text.slice(end);
                  // Only the fix's paragraph, and only to exactly the replacement it names.
                  const node = model.paragraphs[paragraph];
                  if (node) allowed.set(node, (after) => paragraphText(after) === expected);
                  outcome = await applyFix(fake.run, fix, basis);
                  break;
                }
                case "read":
                  await readSnapshot(fake.run);
                  break;
              }

              // A failure counts against the add-in unless the host cannot do it, or the worker had
              // changed the place since the check (then nothing was done, and the pane says so).
              if (!outcome.ok) {
                const cannot = !hasComments && COMMENT_OPERATIONS.has(operation.kind);
                expect({ operation: operation.kind, reason: outcome.reason }).toEqual({
                  operation: operation.kind,
                  reason: cannot ? "unsupported" : expect.stringMatching(/^(document-changed|not-found)$/),
                });
              } else if (!hasComments && COMMENT_OPERATIONS.has(operation.kind)) {
                throw new Error(`${operation.kind} claimed success on a host without comments`);
              }
              // Every paragraph that was there is still there, in the same order.
              const positions = [...before.keys()].map((node) => model.indexOf(node));
              expect(positions.every((p) => p >= 0)).toBe(true);
              expect([...positions].sort((a, b) => a - b)).toEqual(positions);
              expect(model.paragraphs.filter((node) => worker.has(node))).toEqual(order);
              // Unchanged, but where the operation was allowed to change it, and then only as allowed.
              for (const [node, kept] of before) {
                const after = keep(node);
                if (JSON.stringify(after) === JSON.stringify(kept)) continue;
                const permitted = allowed.get(node);
                expect({ paragraph: paragraphText(node), permitted: Boolean(permitted) }).toEqual({
                  paragraph: paragraphText(node),
                  permitted: true,
                });
                expect(permitted!(node)).toBe(true);
                expect([after.style, after.list, after.cell]).toEqual([kept.style, kept.list, kept.cell]);
                if (worker.has(node)) worker.set(node, after);
              }
              for (const [node, kept] of worker) {
                if (!before.has(node)) continue;
                expect(keep(node)).toEqual(kept);
              }
              // Everything new is the add-in's own: a template heading or an empty writing paragraph, in a tagged control.
              for (const node of model.paragraphs.filter((p) => !before.has(p))) {
                const text = paragraphText(node);
                expect(text === "" || headings.includes(text)).toBe(true);
                expect(node.controls.some((c) => parseSectionTag(c.tag) !== null)).toBe(true);
              }
              // A person's comments are never changed or removed by the add-in.
              const peopleNow = people();
              expect(peopleNow.length).toBe(personComments.length);
              peopleNow.forEach((comment, i) =>
                comment.forEach((part, j) => expect(part).toBe(personComments[i]![j])),
              );
              // No reply anyone wrote is lost, whatever the add-in did to the comment above it.
              expect(replies()).toEqual(repliesBefore);
              // The add-in's comments are all marked, and there is at most one for each check and
              // one for each heading's prompts.
              const own = model.commentList().filter((c) => c.writtenByAddIn);
              for (const c of own) {
                expect(checkRefOfComment(c.content) !== null || promptRefOfComment(c.content) !== null).toBe(
                  true,
                );
              }
              const checkRefs = own.map((c) => checkRefOfComment(c.content)).filter((ref) => ref !== null);
              expect(new Set(checkRefs).size).toBe(checkRefs.length);
              const promptRefs = own.map((c) => promptRefOfComment(c.content)).filter((ref) => ref !== null);
              expect(new Set(promptRefs).size).toBe(promptRefs.length);
              // After a review, only comments for the findings passed in are left open: none goes
              // stale. One with replies is kept for them, resolved.
              if (lastReview !== null) {
                for (const c of own) {
                  const ref = checkRefOfComment(c.content);
                  if (ref === null || lastReview.has(ref)) continue;
                  expect({ resolved: c.resolved, replies: c.replies.length > 0 }).toEqual({
                    resolved: true,
                    replies: true,
                  });
                }
              }
            }
          },
        ),
        { numRuns: 150 },
      );
    },
  );
});
