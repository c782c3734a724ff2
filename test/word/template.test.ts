import { HOST_PRESETS } from "../../src/fake-word";
import { recogniseStructure } from "../../src/analysis/sections";
import { sectionTag } from "../../src/analysis/tags";
import { planTemplate, type TemplatePlan } from "../../src/analysis/plans";
import { cleanChildName, insertTemplate as insertTemplatePlan, readSnapshot } from "../../src/word";
import { pack, word, insertTemplate } from "./helpers";

const headingsOf = (texts: string[], styles: string[]) => texts.filter((_, i) => styles[i] === "Heading2");

describe("insertTemplate", () => {
  it("fills an empty document with every section, tagged: one sync to read, two to insert", async () => {
    const fake = word([""]);
    const result = await insertTemplate(fake.run, pack, "Amy");
    expect(result).toMatchObject({ ok: true, placement: "empty-document", firstHeadingParagraph: 0 });
    expect(fake.syncsPerRun).toEqual([1, 2]);
    const snapshot = fake.model.toSnapshot();
    const headings = snapshot.paragraphs.filter((p) => p.styleBuiltIn === "Heading2");
    expect(headings.map((h) => h.text)).toEqual([
      "Pen Picture of the child",
      "Background information",
      "Summary of our involvement",
      "What difference have we made for Amy?",
      "Goals and what needs to happen next?",
      "Amy's Safety Plan",
      "Amy's Family Contact Details and Professional Involvements",
    ]);
    // Each heading and its writing paragraph sit in a control tagged with pack and section.
    for (const section of pack.sections) {
      const tagged = snapshot.paragraphs.filter(
        (p) => p.contentControlTag === sectionTag(pack.id, section.key),
      );
      expect(tagged).toHaveLength(2);
      expect(tagged[0]!.styleBuiltIn).toBe("Heading2");
      expect(tagged[1]).toMatchObject({ text: "", styleBuiltIn: "Normal" });
    }
    const titles = fake.model.controls().map((c) => c.title);
    expect(titles).toContain("Amy's Safety Plan");
  });

  it("makes each section a control that cannot be deleted: deleting everything in one leaves it, empty, still the section", async () => {
    const fake = word([""]);
    await insertTemplate(fake.run, pack, "Amy");
    expect(fake.model.controls().every((c) => c.cannotDelete)).toBe(true);
    const heading = fake.model.texts().indexOf("Background information");
    // The worker selects the section's lines and presses Delete, line by line.
    fake.model.deleteParagraph(heading + 1);
    fake.model.deleteParagraph(heading);
    const snapshot = fake.model.toSnapshot();
    expect(snapshot.paragraphs[heading]).toMatchObject({
      text: "",
      contentControlTag: sectionTag(pack.id, "background"),
    });
    const structure = recogniseStructure(snapshot, pack, "Amy");
    expect(structure.occurrences.map((o) => o.key)).toContain("background");
  });

  it("makes what the worker types in the pen picture blue and in the safety plan red, and nowhere else", async () => {
    const fake = word([""]);
    await insertTemplate(fake.run, pack, "Amy");
    const writingParagraph = (key: string) =>
      fake.model
        .toSnapshot()
        .paragraphs.findIndex(
          (p, i, all) =>
            p.contentControlTag === sectionTag(pack.id, key) &&
            all[i - 1]?.contentControlTag === p.contentControlTag,
        );
    fake.model.typeText(writingParagraph("pen-picture"), "Amy is seven and loves swimming.");
    fake.model.typeText(writingParagraph("safety-plan"), "Mum will call the duty team if dad returns.");
    fake.model.typeText(writingParagraph("background"), "Amy moved to Bradford in 2022.");
    const snapshot = fake.model.toSnapshot();
    expect(snapshot.paragraphs[writingParagraph("pen-picture")]!.colour).toBe("#0000FF");
    expect(snapshot.paragraphs[writingParagraph("safety-plan")]!.colour).toBe("#FF0000");
    expect(snapshot.paragraphs[writingParagraph("background")]!.colour).toBeNull();
    // The engine recognises every section in what the add-in reads back.
    const structure = recogniseStructure(await readSnapshot(fake.run), pack, "Amy");
    expect(structure.occurrences.map((o) => o.key)).toEqual(pack.sections.map((s) => s.key));
  });

  it.each(["O'Brien", "Anna-Marie", "Zoë", "Łukasz", "美玲", "J. R.", "Siobhán O’Neill-Nguyen"])(
    "puts the name %s into the headings as written",
    async (name) => {
      const fake = word([""]);
      const result = await insertTemplate(fake.run, pack, name);
      expect(result.ok).toBe(true);
      expect(fake.model.texts()).toContain(`${name}'s Safety Plan`);
      expect(fake.model.texts()).toContain(`What difference have we made for ${name}?`);
      const structure = recogniseStructure(fake.model.toSnapshot(), pack, name);
      expect(structure.occurrences.map((o) => o.key)).toEqual(pack.sections.map((s) => s.key));
    },
  );

  it("says plainly that it added the template's headings; the Word layer inserts with the Word layer's 2 syncs", async () => {
    const fake = word([""]);
    const result = await insertTemplate(fake.run, pack, "Maya");
    expect(fake.lastRunSyncs).toBe(2);
    expect(result.ok && result.message).toBe(`Added the ${pack.sections.length} headings.`);
  });

  it("keeps [Child's Name] when no name is known yet", async () => {
    const fake = word([""]);
    await insertTemplate(fake.run, pack, null);
    expect(fake.model.texts()).toContain("[Child's Name] Safety Plan");
  });

  it.each([
    ["Maya [x]", /can't contain brackets/],
    ["Maya (2)", /can't contain brackets/],
    ["{Maya}", /can't contain brackets/],
    ["<Maya>", /can't contain angle brackets/],
    ["12345", /can't be a number/],
    ["Maya 2", /can't contain numbers/],
    ["Maya/Amy", /can't contain "\/"/],
    ["Maya & Amy", /can't contain "&"/],
    ["Maya_Smith", /can't contain "_"/],
    ["'.-", /needs at least one letter/],
    ["...", /needs at least one letter/],
  ])("refuses the name %p with a clear message, changing nothing", async (name, problem) => {
    expect(cleanChildName(name)).toEqual({ problem: expect.stringMatching(problem) });
    const fake = word(["Worker text"]);
    const result = await insertTemplate(fake.run, pack, name);
    expect(result).toMatchObject({ ok: false, reason: "invalid-input" });
    expect(result.ok ? "" : result.message).toMatch(/Type just the child's name, for example/);
    expect(fake.model.texts()).toEqual(["Worker text"]);
    expect(fake.syncCount).toBe(0);
  });

  it("keeps the names people have, tidying only the spaces", () => {
    for (const name of [
      "O'Brien",
      "Anna-Marie",
      "Zoë",
      "Łukasz",
      "美玲",
      "J. R.",
      "Gal·la",
      "محمد",
      "Нина",
    ]) {
      expect(cleanChildName(`  ${name} `)).toEqual({ name });
    }
    expect(cleanChildName("Anna   Marie")).toEqual({ name: "Anna Marie" });
    expect(cleanChildName("   ")).toEqual({ name: null });
    expect(cleanChildName(null)).toEqual({ name: null });
  });

  it("refuses a name with a line break, changing nothing", async () => {
    const fake = word(["Worker text"]);
    const result = await insertTemplate(fake.run, pack, "Amy\nSmith");
    expect(result).toMatchObject({ ok: false, reason: "invalid-input" });
    expect(result.ok ? "" : result.message).toMatch(/on one line/);
    expect(fake.model.texts()).toEqual(["Worker text"]);
    expect(fake.syncCount).toBe(0);
  });

  it("inserts after the cursor's paragraph in a document with text, and says where", async () => {
    const fake = word(["Case summary", "Written by J. Smith", "Closing remarks"]);
    fake.model.select(1, 3);
    const result = await insertTemplate(fake.run, pack, "Amy");
    expect(result).toMatchObject({ ok: true, placement: "after-cursor", firstHeadingParagraph: 2 });
    expect(result.ok && result.message).toMatch(
      /after the paragraph where the cursor was \("Written by J. Smith"\)/,
    );
    const texts = fake.model.texts();
    expect(texts.slice(0, 3)).toEqual(["Case summary", "Written by J. Smith", "Pen Picture of the child"]);
    expect(texts[texts.length - 1]).toBe("Closing remarks");
    expect(fake.lastRunSyncs).toBe(2);
  });

  it("inserts at the end when the cursor is in a table, and says why", async () => {
    const fake = word([
      { text: "Name", cell: { table: 0, row: 0, column: 0 } },
      { text: "Amy", cell: { table: 0, row: 0, column: 1 } },
    ]);
    fake.model.select(1, 0);
    const result = await insertTemplate(fake.run, pack, "Amy");
    expect(result).toMatchObject({ ok: true, placement: "end-of-document" });
    expect(result.ok && result.message).toMatch(/end of the document, because the cursor was in a table/);
    const snapshot = fake.model.toSnapshot();
    expect(snapshot.paragraphs.slice(0, 2).map((p) => p.text)).toEqual(["Name", "Amy"]);
    expect(snapshot.paragraphs.slice(2).every((p) => !p.inTable)).toBe(true);
  });

  it("inserts at the end when the cursor is outside the body", async () => {
    const fake = word(["Some text"]);
    fake.model.select(null);
    const result = await insertTemplate(fake.run, pack, "Amy");
    expect(result).toMatchObject({ ok: true, placement: "end-of-document" });
    expect(fake.model.texts()[0]).toBe("Some text");
  });

  it("does not insert a section twice: by tag, or by a heading typed by hand", async () => {
    const fake = word([""]);
    await insertTemplate(fake.run, pack, "Amy");
    const before = fake.model.texts();
    fake.resetSyncCount();
    const again = await insertTemplate(fake.run, pack, "Amy");
    expect(again).toMatchObject({ ok: true, placement: "nothing-inserted", inserted: [] });
    expect(fake.model.texts()).toEqual(before);
    expect(fake.syncCount).toBe(1);

    const typed = word([
      { text: "Background information", styleBuiltIn: "Heading2" },
      "Amy moved here in 2022.",
    ]);
    typed.model.select(1, 0);
    const result = await insertTemplate(typed.run, pack, "Amy");
    expect(result.ok && result.skipped.map((s) => s.key)).toEqual(["background"]);
    expect(typed.model.texts().filter((t) => t === "Background information")).toHaveLength(1);
  });

  it("does not let the colour of the paragraph before spill into the new sections", async () => {
    const fake = word([{ text: "Blue words", colour: "#0000FF" }]);
    fake.model.select(0, 10);
    await insertTemplate(fake.run, pack, "Amy");
    const snapshot = fake.model.toSnapshot();
    const background = snapshot.paragraphs.findIndex((p) => p.text === "Background information");
    expect(snapshot.paragraphs[background]!.colour).toBeNull();
    expect(snapshot.paragraphs[background + 1]!.colour).toBeNull();
    expect(snapshot.paragraphs[0]).toMatchObject({ text: "Blue words", colour: "#0000FF" });
  });

  it("works on a WordApi 1.3 host (Office LTSC 2021)", async () => {
    const fake = word([""], { requirementSets: HOST_PRESETS.office2021 });
    const result = await insertTemplate(fake.run, pack, "Amy");
    expect(result.ok).toBe(true);
    expect(
      headingsOf(
        fake.model.texts(),
        fake.model.toSnapshot().paragraphs.map((p) => p.styleBuiltIn),
      ),
    ).toHaveLength(7);
  });
});

describe("insertTemplate leaves the worker ready to write", () => {
  it("puts the cursor in the first new section's empty paragraph", async () => {
    const fake = word(["Intro"]);
    fake.model.select(0, 5);
    await insertTemplate(fake.run, pack, "Amy");
    expect(fake.model.selectionPosition()).toEqual({ paragraph: 2, start: 0, endParagraph: 2, end: 0 });
    expect(fake.model.texts()[1]).toBe("Pen Picture of the child");
  });
});

describe("insertTemplate never splits a section", () => {
  it("with the cursor on a section's heading, adds the new sections after that section's text", async () => {
    const fake = word([
      { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
      "Amy is seven.",
      "She swims.",
      { text: "Appendix", styleBuiltIn: "Heading1" },
    ]);
    fake.model.select(0, 0);
    const result = await insertTemplate(fake.run, pack, "Amy");
    expect(result).toMatchObject({ ok: true, placement: "template-order", firstHeadingParagraph: 3 });
    expect(result.ok && result.message).toMatch(/after "Pen Picture of the child"/);
    const texts = fake.model.texts();
    expect(texts.slice(0, 4)).toEqual([
      "Pen Picture of the child",
      "Amy is seven.",
      "She swims.",
      "Background information",
    ]);
    expect(texts[texts.length - 1]).toBe("Appendix");
  });
});

describe("insertTemplate puts each missing section in its place in the template", () => {
  const partlyWritten = [
    "Case summary for Amy",
    { text: "Background information", styleBuiltIn: "Heading2" },
    "Amy moved to Bradford in 2022.",
    { text: "What difference have we made for Amy?", styleBuiltIn: "Heading2" },
    "School attendance is up.",
    "Mum is engaging.",
    { text: "Amy's Family Contact Details and Professional Involvements", styleBuiltIn: "Heading2" },
    "Mum: 07700 900000",
  ];

  it("between the sections already there, without splitting or reordering the worker's text, with the Word layer's 2 syncs", async () => {
    const fake = word(partlyWritten);
    fake.model.select(4, 3); // the cursor in the middle of a section does not matter
    const worker = fake.model.texts();
    const result = await insertTemplate(fake.run, pack, "Amy");
    expect(fake.lastRunSyncs).toBe(2);
    expect(result).toMatchObject({ ok: true, placement: "template-order", firstHeadingParagraph: 1 });
    const snapshot = fake.model.toSnapshot();
    const headings = snapshot.paragraphs.filter((p) => p.styleBuiltIn === "Heading2").map((p) => p.text);
    // Exactly the template's order: nothing for the worker to move, no section-order warning.
    expect(headings).toEqual([
      "Pen Picture of the child",
      "Background information",
      "Summary of our involvement",
      "What difference have we made for Amy?",
      "Goals and what needs to happen next?",
      "Amy's Safety Plan",
      "Amy's Family Contact Details and Professional Involvements",
    ]);
    // The worker's paragraphs: all there, in order, each still under its own heading.
    const texts = fake.model.texts();
    const positions = worker.map((text) => texts.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(texts.indexOf("Mum is engaging.")).toBe(texts.indexOf("School attendance is up.") + 1);
    expect(texts.indexOf("Amy moved to Bradford in 2022.")).toBe(texts.indexOf("Background information") + 1);
    // The preamble stays first; the engine sees every section in order.
    expect(texts[0]).toBe("Case summary for Amy");
    const structure = recogniseStructure(snapshot, pack, "Amy");
    expect(structure.occurrences.map((o) => o.key)).toEqual(pack.sections.map((s) => s.key));
    expect(result.ok && result.message).toMatch(
      /"Pen Picture of the child" before "Background information".*"Summary of our involvement" after "Background information"/,
    );
  });

  it("goes outside the add-in's own section controls, never into them", async () => {
    const fake = word([""]);
    await insertTemplate(fake.run, pack, "Amy");
    // The worker unticks "cannot be deleted" in the controls' Properties, deletes the Background
    // section (heading and writing paragraph), then asks again.
    for (const control of fake.model.controls()) control.cannotDelete = false;
    const backgroundHeading = fake.model.texts().indexOf("Background information");
    fake.model.deleteParagraph(backgroundHeading);
    fake.model.deleteParagraph(backgroundHeading);
    fake.model.typeText(1, "Amy is seven.");
    const result = await insertTemplate(fake.run, pack, "Amy");
    expect(result).toMatchObject({ ok: true, placement: "template-order", firstHeadingParagraph: 2 });
    const snapshot = fake.model.toSnapshot();
    expect(snapshot.paragraphs.slice(0, 4).map((p) => [p.text, p.contentControlTag])).toEqual([
      ["Pen Picture of the child", sectionTag(pack.id, "pen-picture")],
      ["Amy is seven.", sectionTag(pack.id, "pen-picture")],
      ["Background information", sectionTag(pack.id, "background")],
      ["", sectionTag(pack.id, "background")],
    ]);
    expect(snapshot.paragraphs[4]!.text).toBe("Summary of our involvement");
  });

  it("goes before the next section or to the end when the place is in a table", async () => {
    const fake = word([
      { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
      { text: "Age", cell: { table: 0, row: 0, column: 0 } },
      { text: "7", cell: { table: 0, row: 0, column: 1 } },
      { text: "Summary of our involvement", styleBuiltIn: "Heading2" },
      "We visited monthly.",
    ]);
    const result = await insertTemplate(fake.run, pack, "Amy");
    expect(result.ok).toBe(true);
    const snapshot = fake.model.toSnapshot();
    // Background belongs after the pen picture, whose last paragraph is a table cell: it goes
    // before the Summary heading instead, outside the table.
    expect(snapshot.paragraphs.slice(0, 5).map((p) => [p.text, p.inTable])).toEqual([
      ["Pen Picture of the child", false],
      ["Age", true],
      ["7", true],
      ["Background information", false],
      ["", false],
    ]);
    expect(snapshot.paragraphs.filter((p) => p.inTable)).toHaveLength(2);
  });
});

describe("insertTemplate with the cursor outside the body (a header, a footnote, a text box)", () => {
  it("reads, then inserts in 2 syncs, at the end, saying why", async () => {
    const fake = word(["Some text", "More text"]);
    fake.model.select(null);
    const result = await insertTemplate(fake.run, pack, "Amy");
    expect(fake.lastRunSyncs).toBe(2);
    expect(result).toMatchObject({ ok: true, placement: "end-of-document", firstHeadingParagraph: 2 });
    expect(result.ok && result.message).toMatch(/cursor was not in the document's text/);
    expect(fake.model.texts().slice(0, 3)).toEqual(["Some text", "More text", "Pen Picture of the child"]);
  });
});

describe("insertParagraphs (worked examples)", () => {
  it("adds styled, coloured paragraphs at the end without touching the worker's text, with the Word layer's 2 syncs", async () => {
    const { insertParagraphs } = await import("../../src/word");
    const fake = word(["Worker text"]);
    const result = await insertParagraphs(fake.run, [
      {
        text: "Pen Picture of the child",
        styleBuiltIn: "Heading2",
        outlineLevel: 2,
        bold: false,
        colour: null,
        inTable: false,
        inList: false,
        contentControlTag: null,
      },
      {
        text: "Amy is seven.",
        styleBuiltIn: "Normal",
        outlineLevel: null,
        bold: false,
        colour: "#0000FF",
        inTable: false,
        inList: false,
        contentControlTag: null,
      },
    ]);
    expect(result).toMatchObject({ ok: true, inserted: 2 });
    expect(fake.lastRunSyncs).toBe(2);
    const snapshot = fake.model.toSnapshot();
    expect(snapshot.paragraphs.map((p) => [p.text, p.styleBuiltIn, p.colour])).toEqual([
      ["Worker text", "Normal", null],
      ["Pen Picture of the child", "Heading2", null],
      ["Amy is seven.", "Normal", "#0000FF"],
    ]);
  });
});

describe("the template is planned by the engine and carried out by the Word layer", () => {
  it("from the pane's last read, in 2 syncs in all", async () => {
    const fake = word(["Case summary", "Written by J. Smith"]);
    const snapshot = await readSnapshot(fake.run);
    fake.resetSyncCount();
    const plan = planTemplate(snapshot, pack, "Amy", 1);
    expect(plan.ok).toBe(true);
    const result = await insertTemplatePlan(fake.run, plan as TemplatePlan);
    expect(result).toMatchObject({ ok: true, placement: "after-cursor" });
    expect(fake.syncCount).toBe(2);
  });

  it("changes nothing when the paragraph it was planned beside has changed since", async () => {
    const fake = word(["Case summary", "Written by J. Smith"]);
    const plan = planTemplate(await readSnapshot(fake.run), pack, "Amy", 1) as TemplatePlan;
    fake.model.typeText(1, " and K. Jones");
    const result = await insertTemplatePlan(fake.run, plan);
    expect(result).toMatchObject({ ok: false, reason: "document-changed" });
    expect(fake.model.texts()).toEqual(["Case summary", "Written by J. Smith and K. Jones"]);
  });

  it("plans again from a fresh read when the pane's copy is out of date", async () => {
    const fake = word(["Case summary", "Written by J. Smith"]);
    const stale = await readSnapshot(fake.run);
    fake.model.typeText(1, " and K. Jones");
    const result = await insertTemplate(fake.run, pack, "Amy", { snapshot: stale, cursorParagraph: 1 });
    expect(result).toMatchObject({ ok: true, placement: "after-cursor" });
    expect(fake.model.texts().slice(0, 3)).toEqual([
      "Case summary",
      "Written by J. Smith and K. Jones",
      "Pen Picture of the child",
    ]);
  });
});
