import { HOST_PRESETS, type ParagraphSpec } from "../../src/fake-word";
import { sectionTag } from "../../src/analysis/tags";
import {
  getCapabilities,
  goTo,
  loadDocumentState,
  readSnapshot,
  removeReviewComments,
  saveDocumentState,
  watchDocument,
} from "../../src/word";
import { pack, word, writeReviewComments, insertTemplate, applySectionColours } from "./helpers";
import { sourceOf } from "../../src/analysis/guidance-sources";

const giantTable: ParagraphSpec[] = Array.from({ length: 600 }, (_, i) => ({
  text: i % 3 === 0 ? `Row ${i}` : `Amy said ${i}`,
  cell: { table: 0, row: Math.floor(i / 3), column: i % 3 },
}));

describe("an empty document", () => {
  it("reads, colours, comments and goes to without error or change", async () => {
    const fake = word([""]);
    expect((await readSnapshot(fake.run)).paragraphs).toHaveLength(1);
    expect(await applySectionColours(fake.run, pack)).toMatchObject({
      ok: true,
      message: expect.stringMatching(/no section that needs a colour/),
    });
    expect(
      await writeReviewComments(fake.run, [], { snapshot: fake.model.toSnapshot(), pack }),
    ).toMatchObject({ ok: true, written: 0 });
    expect(await goTo(fake.run, { paragraph: 0, start: 0, end: 0 })).toMatchObject({ ok: true });
    expect(fake.model.texts()).toEqual([""]);
  });
});

describe("a document that is one giant table", () => {
  it("is read in one sync, and the template goes after the table, leaving every cell as it was", async () => {
    const fake = word(giantTable);
    const snapshot = await readSnapshot(fake.run);
    expect(snapshot.paragraphs.every((p) => p.inTable)).toBe(true);
    expect(fake.syncCount).toBe(1);
    fake.model.select(300, 2);
    const result = await insertTemplate(fake.run, pack, "Amy");
    expect(result).toMatchObject({ ok: true, placement: "end-of-document" });
    expect(fake.model.texts().slice(0, 600)).toEqual(giantTable.map((p) => p.text));
    expect(
      fake.model
        .toSnapshot()
        .paragraphs.slice(600)
        .every((p) => !p.inTable),
    ).toBe(true);
  });

  it("goes to text in a cell deep in the table", async () => {
    const fake = word(giantTable);
    const result = await goTo(fake.run, { paragraph: 599, start: 4, end: 8 }, "said");
    expect(result).toMatchObject({ ok: true, selected: "text", paragraph: 599 });
    expect(fake.model.selectedText()).toBe("said");
  });
});

describe("5,000 paragraphs", () => {
  const big = Array.from({ length: 5000 }, (_, i) =>
    i === 2500 ? { text: "Pen Picture of the child", styleBuiltIn: "Heading2" } : `Paragraph ${i} about Amy.`,
  );

  it("reads in one sync, colours in two, writes 200 required items' comments in two", async () => {
    const fake = word(big);
    await readSnapshot(fake.run);
    expect(fake.lastRunSyncs).toBe(1);
    const coloured = await applySectionColours(fake.run, pack, "Amy");
    expect(fake.lastRunSyncs).toBe(2);
    expect(coloured.ok && coloured.sections[0]!.paragraphsChanged).toBe(2499);
    // Review comments are one per required item not met: 200 checks, each citing its own paragraph.
    const findings = Array.from({ length: 200 }, (_, i) => ({
      id: `r${i}/pen-picture`,
      rule: `r${i}`,
      severity: "error" as const,
      section: "pen-picture",
      message: `Finding ${i}`,
      guidance: `004 §${i + 1}`,
      source: { ...sourceOf(`004 §${i + 1}`), notes: [] },
      location: { paragraph: i * 20, start: 0, end: 4 },
    }));
    await writeReviewComments(fake.run, findings, { snapshot: fake.model.toSnapshot(), pack });
    expect(fake.lastRunSyncs).toBe(2);
    expect(fake.model.commentList()).toHaveLength(200);
  });
});

describe("headings inside tables", () => {
  it("are read as headings in a table, and the template does not add a second one beside them", async () => {
    const fake = word([
      { text: "Background information", styleBuiltIn: "Heading2", cell: { table: 0, row: 0, column: 0 } },
      { text: "Amy moved here.", cell: { table: 0, row: 0, column: 1 } },
    ]);
    const snapshot = await readSnapshot(fake.run);
    expect(snapshot.paragraphs[0]).toMatchObject({
      styleBuiltIn: "Heading2",
      outlineLevel: 2,
      inTable: true,
    });
    const result = await insertTemplate(fake.run, pack, "Amy");
    expect(result.ok).toBe(true);
    expect(result.ok && result.skipped.map((s) => s.key)).toEqual(["background"]);
    expect(result.ok && result.inserted.map((s) => s.key)).not.toContain("background");
    expect(fake.model.texts().filter((t) => t === "Background information")).toHaveLength(1);
    expect(fake.model.texts().slice(0, 2)).toEqual(["Background information", "Amy moved here."]);
    // The new sections go outside the table, and none of them in the cells.
    const after = fake.model.toSnapshot().paragraphs;
    expect(after.filter((p) => p.inTable).map((p) => p.text)).toEqual([
      "Background information",
      "Amy moved here.",
    ]);
    // Go to works on the heading in the cell.
    expect(await goTo(fake.run, { paragraph: 0, start: 0, end: 10 }, "Background")).toMatchObject({
      ok: true,
      selected: "text",
    });
  });
});

describe("hosts missing each optional requirement set", () => {
  const document: (ParagraphSpec | string)[] = [
    { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
    "Amy is seven.",
  ];

  it.each([
    ["WordApi 1.3 (no comments, settings or events)", HOST_PRESETS.office2021],
    ["WordApi 1.4 (no events)", HOST_PRESETS.wordApi14],
    ["WordApi 1.5 (no paragraph events)", HOST_PRESETS.wordApi15],
  ])(
    "%s: the core works, the rest is refused with a clear message, nothing is lost",
    async (_label, sets) => {
      const fake = word(document, { requirementSets: sets });
      const caps = getCapabilities(fake.office.requirements);
      expect(caps.core).toBe(true);
      expect((await insertTemplate(fake.run, pack, "Amy")).ok).toBe(true);
      expect((await applySectionColours(fake.run, pack, "Amy")).ok).toBe(true);
      expect((await readSnapshot(fake.run)).paragraphs.length).toBeGreaterThan(2);
      const comments = await writeReviewComments(fake.run, [], { snapshot: fake.model.toSnapshot(), pack });
      expect(comments.ok).toBe(caps.comments);
      if (!comments.ok) expect(comments.message).toMatch(/doesn't let add-ins write comments/);
      if (!caps.comments)
        expect(await removeReviewComments(fake.run)).toMatchObject({ ok: false, reason: "unsupported" });
      const host = { requirements: fake.office.requirements, officeSettings: fake.office.document.settings };
      expect(
        (
          await saveDocumentState(fake.run, host, {
            childName: "Amy",
            packId: pack.id,
            dismissedFindings: [],
          })
        ).ok,
      ).toBe(true);
      expect((await loadDocumentState(fake.run, host)).state.childName).toBe("Amy");
      const watching = await watchDocument(
        fake.run,
        { requirements: fake.office.requirements },
        () => undefined,
        { pollMs: 60_000 },
      );
      expect(watching.follow).toBe(caps.follow);
      await watching.stop();
      expect(fake.model.texts().slice(0, 2)).toEqual(["Pen Picture of the child", "Amy is seven."]);
      expect(
        fake.model
          .toSnapshot()
          .paragraphs.some((p) => p.contentControlTag === sectionTag(pack.id, "background")),
      ).toBe(true);
    },
  );
});
