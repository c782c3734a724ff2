import { planSectionCursor } from "../../src/analysis/plans/cursor";
import { paragraph } from "../../src/analysis/snapshot";
import { defaultPack } from "../../src/analysis/built-in-packs";
import { goTo, placeCursorInSection } from "../../src/word";
import { word } from "./helpers";

const document = [
  { text: "Amy Safety Plan", styleBuiltIn: "Heading2" },
  { text: "Mum will call if dad visits. Mum will call school.", list: 1 },
  { text: "Cell: dad visits weekly", cell: { table: 0, row: 0, column: 0 } },
  "a^b and ^p are not special",
];

describe("goTo", () => {
  it("selects text in a heading", async () => {
    const fake = word(document);
    const result = await goTo(fake.run, { paragraph: 0, start: 4, end: 10 }, "Safety");
    expect(result).toMatchObject({ ok: true, selected: "text", paragraph: 0 });
    expect(fake.model.selectedText()).toBe("Safety");
    expect(fake.model.selectionPosition()).toEqual({ paragraph: 0, start: 4, endParagraph: 0, end: 10 });
  });

  it("selects the second of two identical phrases in a list item", async () => {
    const fake = word(document);
    const result = await goTo(fake.run, { paragraph: 1, start: 29, end: 43 }, "Mum will call ");
    expect(result).toMatchObject({ ok: true, selected: "text" });
    expect(fake.model.selectionPosition()).toEqual({ paragraph: 1, start: 29, endParagraph: 1, end: 43 });
  });

  it("selects text in a table cell, and text with Word's special ^ character", async () => {
    const fake = word(document);
    await goTo(fake.run, { paragraph: 2, start: 6, end: 16 }, "dad visits");
    expect(fake.model.selectionPosition()).toEqual({ paragraph: 2, start: 6, endParagraph: 2, end: 16 });
    await goTo(fake.run, { paragraph: 3, start: 0, end: 3 }, "a^b");
    expect(fake.model.selectionPosition()).toEqual({ paragraph: 3, start: 0, endParagraph: 3, end: 3 });
  });

  it("selects a whole paragraph in two syncs, and a range in three", async () => {
    const fake = word(document);
    await goTo(fake.run, { paragraph: 2, start: 0, end: "Cell: dad visits weekly".length });
    expect(fake.lastRunSyncs).toBe(2);
    await goTo(fake.run, { paragraph: 2, start: 6, end: 9 });
    expect(fake.lastRunSyncs).toBe(3);
  });

  it("selects a range longer than Word's 255-character search limit", async () => {
    const long = `${"x".repeat(100)}${"Amy said she feels safe at home. ".repeat(12)}end`;
    const fake = word([long]);
    await goTo(fake.run, { paragraph: 0, start: 100, end: long.length - 3 });
    expect(fake.model.selectionPosition()).toEqual({
      paragraph: 0,
      start: 100,
      endParagraph: 0,
      end: long.length - 3,
    });
  });

  it("follows the text when the worker has typed before it", async () => {
    const fake = word(document);
    fake.model.typeText(2, "Note. ", 0);
    const result = await goTo(fake.run, { paragraph: 2, start: 6, end: 16 }, "dad visits");
    expect(result.ok).toBe(true);
    expect(fake.model.selectedText()).toBe("dad visits");
  });

  it("says plainly when the text is gone, and changes nothing", async () => {
    const fake = word(document);
    const before = fake.model.texts();
    const result = await goTo(fake.run, { paragraph: 1, start: 0, end: 3 }, "Grandma");
    expect(result).toMatchObject({ ok: false, reason: "not-found" });
    expect(result.ok ? "" : result.message).toMatch(/no longer in the document/);
    expect(fake.model.texts()).toEqual(before);
    const beyond = await goTo(fake.run, { paragraph: 99, start: 0, end: 1 });
    expect(beyond).toMatchObject({ ok: false, reason: "not-found" });
  });
});

describe("goTo in repetitive text", () => {
  it("selects exactly an overlapping repeat that Word's search would skip", async () => {
    const fake = word(["aaaa"]);
    await goTo(fake.run, { paragraph: 0, start: 1, end: 3 });
    expect(fake.model.selectionPosition()).toEqual({ paragraph: 0, start: 1, endParagraph: 0, end: 3 });
  });
});

describe("placeCursorInSection: Go to a section puts the cursor where the worker writes", () => {
  const summary = [
    { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
    "",
    { text: "Background information", styleBuiltIn: "Heading2" },
    "Maya moved to Westmoor in 2023.",
    { text: "Maya's Safety Plan", styleBuiltIn: "Heading2" },
  ];
  const snapshotOf = (texts: string[]) => ({ paragraphs: texts.map((t) => paragraph(t)) });
  const texts = summary.map((p) => (typeof p === "string" ? p : p.text));
  const occurrences = [
    {
      key: "pen-picture",
      headingParagraph: 0,
      headingText: texts[0]!,
      body: [1],
      recognisedBy: "heading-style" as const,
    },
    {
      key: "background",
      headingParagraph: 2,
      headingText: texts[2]!,
      body: [3],
      recognisedBy: "heading-style" as const,
    },
    {
      key: "safety-plan",
      headingParagraph: 4,
      headingText: texts[4]!,
      body: [],
      recognisedBy: "heading-style" as const,
    },
  ];
  const planFor = (key: string) => planSectionCursor(snapshotOf(texts), occurrences, defaultPack, key)!;

  it("an empty section: the cursor in its empty line, nothing selected, so typing never replaces the heading", async () => {
    const fake = word(summary);
    const result = await placeCursorInSection(fake.run, planFor("pen-picture"), "Pen Picture of the child");
    expect(result).toMatchObject({ ok: true, made: false });
    expect(fake.model.selectionPosition()).toEqual({ paragraph: 1, start: 0, endParagraph: 1, end: 0 });
    expect(fake.lastRunSyncs).toBe(2);
    fake.model.typeText(1, "Maya is seven.");
    expect(fake.model.texts().slice(0, 2)).toEqual(["Pen Picture of the child", "Maya is seven."]);
  });

  it("a written section: the start of its first line", async () => {
    const fake = word(summary);
    await placeCursorInSection(fake.run, planFor("background"), "Background information");
    expect(fake.model.selectionPosition()).toEqual({ paragraph: 3, start: 0, endParagraph: 3, end: 0 });
  });

  it("a heading with nothing under it: a line is made in the section's colour, and the cursor put there", async () => {
    const fake = word(summary);
    const result = await placeCursorInSection(fake.run, planFor("safety-plan"), "Maya's Safety Plan");
    expect(result).toMatchObject({ ok: true, made: true });
    expect(fake.model.texts()).toEqual([...texts, ""]);
    expect(fake.model.selectionPosition()).toEqual({ paragraph: 5, start: 0, endParagraph: 5, end: 0 });
    const made = fake.model.toSnapshot().paragraphs[5]!;
    expect(made.styleBuiltIn).toBe("Normal");
    // What is typed there comes out red, as the safety plan asks.
    fake.model.typeText(5, "If Maya feels unsafe she will ring her nan.");
    expect(fake.model.runs()[5]).toEqual([
      { text: "If Maya feels unsafe she will ring her nan.", colour: "#FF0000", bold: false },
    ]);
    expect(fake.lastRunSyncs).toBe(2);
  });

  it("does nothing, and says so, when the document changed since the check", async () => {
    const fake = word(summary);
    const plan = planFor("pen-picture");
    fake.model.typeText(0, " and family");
    const result = await placeCursorInSection(fake.run, plan, "Pen Picture of the child");
    expect(result).toMatchObject({ ok: false, reason: "document-changed" });
    expect(fake.model.texts()[0]).toBe("Pen Picture of the child and family");
  });
});
