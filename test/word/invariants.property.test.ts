import fc from "fast-check";
import { createFakeWord, paragraphText, type ParagraphNode, type ParagraphSpec } from "../../src/fake-word";
import { parseSectionTag } from "../../src/analysis/tags";
import { CHECK_COMMENT_MARKER, PROMPT_COMMENT_MARKER } from "../../src/analysis/tags";
import type { Finding } from "../../src/analysis/types";
import {
  applyFix,
  applySectionColours,
  goTo,
  headingWithName,
  insertTemplate,
  placePromptComments,
  readSnapshot,
  removePromptComments,
  removeReviewComments,
  saveDocumentState,
  writeReviewComments,
} from "../../src/word";
import { pack } from "./helpers";

/**
 * Over random documents and random sequences of the add-in's operations: the worker's paragraphs
 * all survive, in order, with the same text, style, list and table membership and boldness; their
 * colour changes only to a section colour; everything added is the add-in's own (a template
 * heading or an empty writing paragraph inside a tagged control); a person's comments survive.
 */

const names = ["Amy", "O'Brien", "Anna-Marie", "Zoë", "Łukasz", "美玲", ""];
const headings = pack.sections.flatMap((s) => names.map((n) => headingWithName(s, n || null)));
const sectionColours = new Set(pack.sections.flatMap((s) => (s.colour ? [s.colour.hex.toUpperCase()] : [])));

const textArbitrary = fc
  .oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: "grapheme", maxLength: 12 }),
    fc.constantFrom(...headings, "", "Mum will call", "aaaa", "a^b", "Pen picture"),
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
  | { kind: "comments"; paragraphs: number[] }
  | { kind: "remove-comments" }
  | { kind: "prompts"; paragraph: number }
  | { kind: "remove-prompts" }
  | { kind: "go-to"; paragraph: number; start: number; end: number }
  | { kind: "state"; name: string }
  | { kind: "fix"; paragraphs: number[]; colour: string }
  | { kind: "cursor"; paragraph: number | null }
  | { kind: "read" };

const index = fc.nat({ max: 40 });
const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant("template" as const), name: fc.constantFrom(...names) }),
  fc.record({ kind: fc.constant("colour" as const) }),
  fc.record({ kind: fc.constant("comments" as const), paragraphs: fc.array(index, { maxLength: 5 }) }),
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
    kind: fc.constant("fix" as const),
    paragraphs: fc.array(index, { maxLength: 4 }),
    colour: fc.constantFrom("#0000FF", "#FF0000"),
  }),
  fc.record({ kind: fc.constant("cursor" as const), paragraph: fc.option(index) }),
  fc.record({ kind: fc.constant("read" as const) }),
);

interface WorkerParagraph {
  node: ParagraphNode;
  text: string;
  style: string;
  list: boolean;
  cell: boolean;
  bold: boolean | "mixed";
  colour: string | null | "mixed";
}

describe("the add-in never loses, changes or reorders the worker's text", () => {
  it("holds over random documents and operations", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(paragraphArbitrary, { minLength: 1, maxLength: 25 }),
        fc.array(operationArbitrary, { maxLength: 8 }),
        fc.boolean(),
        async (specs, operations, modernHost) => {
          const fake = createFakeWord(
            specs,
            modernHost ? undefined : { requirementSets: { WordApi: "1.3" } },
          );
          const model = fake.model;
          model.addPersonComment(0, "A person's comment");
          const worker: WorkerParagraph[] = model.paragraphs.map((node) => {
            const snap = model.snapshotParagraph(node);
            return {
              node,
              text: snap.text,
              style: snap.styleBuiltIn,
              list: snap.inList,
              cell: snap.inTable,
              bold: snap.bold,
              colour: snap.colour,
            };
          });
          const host = {
            requirements: fake.office.requirements,
            officeSettings: fake.office.document.settings,
          };
          const clampIndex = (i: number) => i % model.paragraphs.length;

          for (const operation of operations) {
            const snapshot = model.toSnapshot();
            switch (operation.kind) {
              case "template":
                await insertTemplate(fake.run, pack, operation.name || null);
                break;
              case "colour":
                await applySectionColours(fake.run, pack, null);
                break;
              case "comments": {
                const findings: Finding[] = operation.paragraphs.map((p, i) => ({
                  id: `rule-${i}/x`,
                  rule: `rule-${i}`,
                  severity: "warning",
                  section: i % 2 ? "pen-picture" : null,
                  message: `Finding ${i}`,
                  guidance: "004 §3.1(i)",
                  location: { paragraph: clampIndex(p), start: 0, end: 1 },
                }));
                await writeReviewComments(fake.run, findings, { snapshot, pack });
                break;
              }
              case "remove-comments":
                await removeReviewComments(fake.run);
                break;
              case "prompts": {
                const paragraph = clampIndex(operation.paragraph);
                await placePromptComments(fake.run, [
                  {
                    prompt: { section: null, text: "What would the child say?", guidance: "004 §3.1(i)" },
                    headingParagraph: paragraph,
                    headingText: snapshot.paragraphs[paragraph]!.text,
                  },
                ]);
                break;
              }
              case "remove-prompts":
                await removePromptComments(fake.run);
                break;
              case "go-to":
                await goTo(fake.run, {
                  paragraph: operation.paragraph,
                  start: operation.start,
                  end: operation.end,
                });
                break;
              case "state":
                await saveDocumentState(fake.run, host, {
                  childName: operation.name || null,
                  packId: pack.id,
                  dismissedFindings: [],
                });
                break;
              case "fix":
                await applyFix(
                  fake.run,
                  {
                    kind: "set-colour",
                    colour: operation.colour,
                    paragraphs: operation.paragraphs.map(clampIndex),
                  },
                  snapshot,
                );
                break;
              case "cursor":
                model.select(operation.paragraph === null ? null : clampIndex(operation.paragraph), 0);
                break;
              case "read":
                await readSnapshot(fake.run);
                break;
            }
          }

          // The worker's paragraphs: all there, in order, unchanged but for a section colour.
          const positions = worker.map((w) => model.indexOf(w.node));
          expect(positions.every((p) => p >= 0)).toBe(true);
          expect([...positions].sort((a, b) => a - b)).toEqual(positions);
          for (const w of worker) {
            const now = model.snapshotParagraph(w.node);
            expect(now.text).toBe(w.text);
            expect([now.styleBuiltIn, now.inList, now.inTable, now.bold]).toEqual([
              w.style,
              w.list,
              w.cell,
              w.bold,
            ]);
            if (now.colour !== w.colour) expect(sectionColours.has(String(now.colour))).toBe(true);
          }
          // Everything else is the add-in's own: a template heading or an empty writing paragraph, in a tagged control.
          const workerNodes = new Set(worker.map((w) => w.node));
          for (const node of model.paragraphs.filter((p) => !workerNodes.has(p))) {
            const text = paragraphText(node);
            expect(text === "" || headings.includes(text)).toBe(true);
            expect(node.controls.some((c) => parseSectionTag(c.tag) !== null)).toBe(true);
          }
          // A person's comment is never removed; the add-in's comments are all marked.
          const comments = model.commentList();
          expect(comments.filter((c) => !c.writtenByAddIn).map((c) => c.content)).toEqual([
            "A person's comment",
          ]);
          for (const c of comments.filter((c) => c.writtenByAddIn)) {
            expect(
              c.content.startsWith(CHECK_COMMENT_MARKER) || c.content.startsWith(PROMPT_COMMENT_MARKER),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
