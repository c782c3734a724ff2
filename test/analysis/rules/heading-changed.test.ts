import headingChanged from "../../../src/analysis/rules/heading-changed";
import { sectionTag } from "../../../src/analysis/tags";
import { defaultPack } from "../../../src/analysis/built-in-packs";
import { findingsOf, heading, paragraph, snapshotOf } from "../helpers";

/** A section as the template inserts it: its heading and text inside a control tagged with the section. */
function insertedSection(key: string, headingText: string, ...body: string[]) {
  const tag = sectionTag(defaultPack.id, key);
  return [
    // A deleted heading leaves its paragraph, empty, in the heading style.
    heading(headingText, 2, { contentControlTag: tag }),
    ...body.map((text) => paragraph(text, { contentControlTag: tag })),
  ];
}

describe("heading-changed", () => {
  it("asks when an inserted heading has been typed over, without a fix that would lose the words", () => {
    const snapshot = snapshotOf(
      ...insertedSection("pen-picture", "Pen Picture of the child", "Maya is seven and loves drawing."),
      ...insertedSection("background", "Mum and Maya moved to Westmoor in 2023.", ""),
    );
    const [finding, ...rest] = findingsOf(headingChanged, snapshot);
    expect(rest).toEqual([]);
    expect(finding!.message).toBe(
      'Was this heading changed on purpose? It now reads "Mum and Maya moved to Westmoor in 2023.", where the template\'s heading is "Background information". If not, move what you wrote onto the line below it and put the heading back.',
    );
    expect(finding!.severity).toBe("warning");
    // No Fix over the worker's words: it would replace them.
    expect(finding!.fix).toBeUndefined();
    expect(finding!.location).toEqual({ paragraph: 2, start: 0, end: 39 });
  });

  it("says so when an inserted heading has been deleted, keeping the words under it", () => {
    const snapshot = snapshotOf(...insertedSection("background", "", "Maya moved to Westmoor in 2023."));
    const [finding] = findingsOf(headingChanged, snapshot);
    expect(finding!.message).toBe(
      'The heading "Background information" has been deleted; what is written in its section is still there. Choose Fix to put the heading back.',
    );
    expect(finding!.fix).toMatchObject({
      kind: "replace-text",
      location: { paragraph: 0, start: 0, end: 0 },
      text: "Background information",
    });
  });

  it("stays quiet for headings as inserted, a typing slip the engine still reads as the heading, and the child's name", () => {
    const snapshot = snapshotOf(
      ...insertedSection("pen-picture", "Pen Picture of the child", "Maya is seven."),
      ...insertedSection("background", "Background informaton", "Maya moved to Westmoor in 2023."),
      ...insertedSection("safety-plan", "Maya's Safety Plan", "If Maya feels unsafe she will ring her nan."),
    );
    expect(findingsOf(headingChanged, snapshot)).toEqual([]);
  });

  it("never judges headings the worker typed themselves (no content control)", () => {
    const snapshot = snapshotOf(heading("Background information"), paragraph("Maya moved in 2023."));
    expect(findingsOf(headingChanged, snapshot)).toEqual([]);
  });
});
