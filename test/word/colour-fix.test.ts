import { HOST_PRESETS } from "../../src/fake-word";
import { planSectionColours } from "../../src/analysis/plans";
import { applyFix, applySectionColours as applyColourPlan, readSnapshot } from "../../src/word";
import { pack, word, insertTemplate, applySectionColours } from "./helpers";

const document = [
  { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
  "Amy is seven.",
  { text: "She loves swimming.", colour: "#00FF00" },
  { text: "Background information", styleBuiltIn: "Heading2" },
  "Amy moved to Bradford.",
  { text: "Amy Safety Plan", styleBuiltIn: "Heading2" },
  "Mum will call the duty team.",
  { text: "Step one", list: 1 },
  { text: "Cell in the plan", cell: { table: 0, row: 0, column: 0 } },
];

describe("applySectionColours", () => {
  it("changes nothing when the paragraphs it was planned for have changed since", async () => {
    const fake = word(document);
    const plan = planSectionColours(await readSnapshot(fake.run), pack, "Amy");
    fake.model.typeText(1, " More.");
    const result = await applyColourPlan(fake.run, plan);
    expect(result).toMatchObject({ ok: false, reason: "document-changed" });
    expect(fake.model.toSnapshot().paragraphs[1]!.colour).toBeNull();
  });

  it("colours the pen picture blue and the safety plan red, and nothing else: the Word layer in 2 syncs", async () => {
    const fake = word(document);
    const result = await applySectionColours(fake.run, pack, "Amy");
    expect(result.ok).toBe(true);
    // A read for the plan (the pane has one already), then the Word layer's check and write.
    expect(fake.syncsPerRun).toEqual([1, 2]);
    const colours = fake.model.toSnapshot().paragraphs.map((p) => p.colour);
    // Headings keep their style's theme colour, as Word reports it.
    const theme = "#2F5496";
    expect(colours).toEqual([
      theme,
      "#0000FF",
      "#0000FF",
      theme,
      null,
      theme,
      "#FF0000",
      "#FF0000",
      "#FF0000",
    ]);
    expect(fake.model.texts()).toEqual(document.map((p) => (typeof p === "string" ? p : p.text)));
    expect(result.ok && result.message).toMatch(/2 paragraphs blue and 3 paragraphs red/);
  });

  it("reads once and writes nothing when the colours are already right", async () => {
    const fake = word(document);
    await applySectionColours(fake.run, pack, "Amy");
    fake.resetSyncCount();
    const again = await applySectionColours(fake.run, pack, "Amy");
    expect(again.ok && again.message).toMatch(/already in the right colours/);
    expect(fake.syncCount).toBe(1);
  });

  it("keeps a blue the worker chose from Word's palette, and changes only the text that is not blue", async () => {
    const fake = word([
      { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
      { text: "Amy is seven.", colour: "#0070C0" },
      "She loves swimming.",
    ]);
    const result = await applySectionColours(fake.run, pack, "Amy");
    expect(result.ok && result.message).toMatch(/1 paragraph blue/);
    expect(fake.model.toSnapshot().paragraphs.map((p) => p.colour)).toEqual([
      "#2F5496",
      "#0070C0",
      "#0000FF",
    ]);
  });

  it("colours the empty writing paragraphs of the template, so typing comes out coloured", async () => {
    const fake = word([""]);
    await insertTemplate(fake.run, pack, "Amy");
    fake.model.colourParagraph(1, null); // the worker reset the colour
    await applySectionColours(fake.run, pack, "Amy");
    fake.model.typeText(1, "Amy is seven.");
    expect(fake.model.toSnapshot().paragraphs[1]!.colour).toBe("#0000FF");
  });

  it("works on a WordApi 1.3 host", async () => {
    const fake = word(document, { requirementSets: HOST_PRESETS.office2021 });
    expect((await applySectionColours(fake.run, pack, "Amy")).ok).toBe(true);
    expect(fake.model.toSnapshot().paragraphs[1]!.colour).toBe("#0000FF");
  });
});

describe("applyFix", () => {
  it("applies a set-colour fix when the paragraphs still read as they did", async () => {
    const fake = word(document);
    const basis = fake.model.toSnapshot();
    const result = await applyFix(
      fake.run,
      { kind: "set-colour", colour: "#0000ff", paragraphs: [1, 2] },
      basis,
    );
    expect(result.ok).toBe(true);
    expect(fake.syncCount).toBe(2);
    expect(
      fake.model
        .toSnapshot()
        .paragraphs.slice(1, 3)
        .map((p) => p.colour),
    ).toEqual(["#0000FF", "#0000FF"]);
  });

  it("changes nothing and says to check again when the worker has changed the paragraph since", async () => {
    const fake = word(document);
    const basis = fake.model.toSnapshot();
    fake.model.typeText(1, " She has a brother.");
    const result = await applyFix(
      fake.run,
      { kind: "set-colour", colour: "#0000FF", paragraphs: [1, 2] },
      basis,
    );
    expect(result).toMatchObject({ ok: false, reason: "document-changed" });
    expect(result.ok ? "" : result.message).toMatch(/Check again/);
    expect(
      fake.model
        .toSnapshot()
        .paragraphs.slice(1, 3)
        .map((p) => p.colour),
    ).toEqual([null, "#00FF00"]);
  });

  it("changes nothing when a paragraph was inserted above, shifting the indices", async () => {
    const fake = word(document);
    const basis = fake.model.toSnapshot();
    fake.model.insertParagraphAfter(0, "New first line");
    const result = await applyFix(
      fake.run,
      { kind: "set-colour", colour: "#0000FF", paragraphs: [1] },
      basis,
    );
    expect(result).toMatchObject({ ok: false, reason: "document-changed" });
    expect(fake.model.toSnapshot().paragraphs[1]!.colour).toBeNull();
  });

  it("replaces the right one of repeated words", async () => {
    const fake = word(["the cat and the dog and the bird"]);
    const basis = fake.model.toSnapshot();
    const result = await applyFix(
      fake.run,
      { kind: "replace-text", location: { paragraph: 0, start: 24, end: 27 }, text: "a" },
      basis,
    );
    expect(result.ok).toBe(true);
    expect(fake.model.texts()).toEqual(["the cat and the dog and a bird"]);
  });

  it.each([
    ["Amy's social worker is from CIN.", 28, 31, "Child in Need (CIN)", "Wrote out 'Child in Need (CIN)'."],
    ["[Child's Name] is seven.", 0, 14, "Maya", "Put Maya's name in place of [Child's Name]."],
    ["The cat sat.", 4, 7, "dog", "Changed 'cat' to 'dog'."],
  ])("says what the replacement in %p changed", async (text, start, end, replacement, message) => {
    const fake = word([text]);
    const result = await applyFix(
      fake.run,
      { kind: "replace-text", location: { paragraph: 0, start, end }, text: replacement },
      fake.model.toSnapshot(),
    );
    expect(result).toEqual({ ok: true, message });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(fake.model.texts()).toEqual([text.slice(0, start) + replacement + text.slice(end)]);
  });

  it("names the colour it applied", async () => {
    const fake = word(document);
    const result = await applyFix(
      fake.run,
      { kind: "set-colour", colour: "#0000ff", paragraphs: [1, 2] },
      fake.model.toSnapshot(),
    );
    expect(result).toEqual({ ok: true, message: "Coloured 2 paragraphs blue." });
    expect(fake.syncCount).toBe(2);
  });

  it("refuses a replacement when the text has changed", async () => {
    const fake = word(["the cat sat"]);
    const basis = fake.model.toSnapshot();
    fake.model.deleteCharacters(0, 4, 8);
    const result = await applyFix(
      fake.run,
      { kind: "replace-text", location: { paragraph: 0, start: 4, end: 7 }, text: "dog" },
      basis,
    );
    expect(result).toMatchObject({ ok: false, reason: "document-changed" });
    expect(fake.model.texts()).toEqual(["the sat"]);
  });
});

describe("applyFix on a document that has moved on", () => {
  it("refuses when a paragraph above was removed, even if the paragraph now in the fix's place reads the same", async () => {
    const fake = word([
      { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
      "Amy is seven.",
      "",
      { text: "Background information", styleBuiltIn: "Heading2" },
      "",
    ]);
    const basis = fake.model.toSnapshot();
    // The worker deletes two paragraphs above: the empty paragraph of Background is now at index 2.
    fake.model.deleteParagraph(1);
    fake.model.deleteParagraph(0);
    const before = fake.model.runs();
    const result = await applyFix(
      fake.run,
      { kind: "set-colour", colour: "#0000FF", paragraphs: [2] },
      basis,
    );
    expect(result).toMatchObject({ ok: false, reason: "document-changed" });
    expect(fake.model.runs()).toEqual(before);
  });

  it("still applies when the worker only typed below the fix's paragraphs", async () => {
    const fake = word([
      { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
      "Amy is seven.",
      "Later text",
    ]);
    const basis = fake.model.toSnapshot();
    fake.model.typeText(2, " and more");
    const result = await applyFix(
      fake.run,
      { kind: "set-colour", colour: "#0000FF", paragraphs: [1] },
      basis,
    );
    expect(result.ok).toBe(true);
    expect(fake.model.toSnapshot().paragraphs[1]!.colour).toBe("#0000FF");
  });
});
