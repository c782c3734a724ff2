import { HOST_PRESETS } from "../../src/fake-word";
import { readSnapshot, readSnapshotAndCursor, sectionOfParagraph } from "../../src/word";
import { recogniseStructure } from "../../src/analysis/sections";
import { pack, word } from "./helpers";

describe("readSnapshot", () => {
  const mixedDocument = [
    { text: "Case summary for Amy", styleBuiltIn: "Title" },
    {
      text: "Pen Picture of the child",
      styleBuiltIn: "Heading2",
      contentControlTag: "case-summary:bradford-2025:pen-picture",
    },
    {
      text: "Amy is 7 and loves swimming.",
      colour: "#0000FF",
      contentControlTag: "case-summary:bradford-2025:pen-picture",
    },
    { runs: [{ text: "Half blue ", colour: "#0000FF" }, { text: "half not" }] },
    { text: "Bold line", bold: true },
    { text: "A list item", list: 3 },
    { text: "Cell text", cell: { table: 0, row: 0, column: 1 } },
    "",
  ];

  it("reads exactly what the document holds, in one sync", async () => {
    const fake = word(mixedDocument);
    const snapshot = await readSnapshot(fake.run);
    expect(snapshot).toEqual(fake.model.toSnapshot());
    expect(snapshot.paragraphs[2]).toMatchObject({
      colour: "#0000FF",
      contentControlTag: "case-summary:bradford-2025:pen-picture",
    });
    expect(snapshot.paragraphs[3]!.colour).toBe("mixed");
    expect(snapshot.paragraphs[6]!.inTable).toBe(true);
    expect(fake.syncCount).toBe(1);
  });

  it.each([50, 500, 5000])("uses one sync for %i paragraphs", async (size) => {
    const fake = word(Array.from({ length: size }, (_, i) => `Paragraph ${i}`));
    const snapshot = await readSnapshot(fake.run);
    expect(snapshot.paragraphs).toHaveLength(size);
    expect(fake.syncCount).toBe(1);
  });

  it("works on a WordApi 1.3 host (Office LTSC 2021)", async () => {
    const fake = word(mixedDocument, { requirementSets: HOST_PRESETS.office2021 });
    expect(await readSnapshot(fake.run)).toEqual(fake.model.toSnapshot());
  });

  it("says plainly when Word refuses, without changing anything", async () => {
    const fake = word(["A"], { requirementSets: { WordApi: "1.1" } });
    await expect(readSnapshot(fake.run)).rejects.toThrow(
      /couldn't|could not let Case Summary Coach read the document/,
    );
    expect(fake.model.texts()).toEqual(["A"]);
  });
});

describe("readSnapshotAndCursor", () => {
  it("gives the cursor's paragraph and section in the same single sync", async () => {
    const fake = word([
      "Title",
      { text: "Background information", styleBuiltIn: "Heading2" },
      "Amy moved to Bradford in 2022.",
      "She lives with her mum.",
    ]);
    fake.model.select(3, 4);
    const { snapshot, cursorParagraph } = await readSnapshotAndCursor(fake.run);
    expect(cursorParagraph).toBe(3);
    expect(fake.syncCount).toBe(1);
    expect(sectionOfParagraph(recogniseStructure(snapshot, pack), cursorParagraph)).toBe("background");
  });

  it("finds the cursor in an empty paragraph, a heading and a table cell", async () => {
    const fake = word([
      "",
      { text: "H", styleBuiltIn: "Heading2" },
      { text: "cell", cell: { table: 0, row: 0, column: 0 } },
    ]);
    for (const index of [0, 1, 2]) {
      fake.model.select(index, 0);
      expect((await readSnapshotAndCursor(fake.run)).cursorParagraph).toBe(index);
    }
  });

  it("reads the document in the same single sync when the cursor is outside the body", async () => {
    const fake = word(["A", "B"]);
    fake.model.select(null);
    const result = await readSnapshotAndCursor(fake.run);
    expect(result.cursorParagraph).toBeNull();
    expect(result.snapshot.paragraphs.map((p) => p.text)).toEqual(["A", "B"]);
    expect(fake.syncCount).toBe(1);
  });
});
