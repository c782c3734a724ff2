import { analyse } from "../../src/analysis/engine";
import { heading, paragraph } from "../../src/analysis/snapshot";
import { defaultPack } from "../../src/analysis/built-in-packs";
import { sectionAtParagraph } from "../../src/taskpane/coach/places";

describe("the section the cursor is in", () => {
  const analysis = analyse(
    {
      paragraphs: [
        paragraph("Child's Case Summary"),
        heading("Pen Picture of the child"),
        paragraph("Maya loves drawing."),
        heading("Appendix: meeting notes"),
        paragraph("Notes typed after the summary."),
        heading("Background information"),
        paragraph("Maya was referred by her school."),
        heading("Pen Picture of the child"),
        paragraph("A second pen picture, pasted by mistake."),
      ],
    },
    { pack: defaultPack, childName: "Maya", today: new Date(2026, 8, 1) },
  );

  test.each([
    [0, null],
    [1, "pen-picture"],
    [2, "pen-picture"],
    // An unrelated heading ends the section: its text belongs to no section of the template.
    [3, null],
    [4, null],
    [5, "background"],
    [6, "background"],
    // A heading that appears twice: the cursor is in the second one.
    [7, "pen-picture"],
    [8, "pen-picture"],
  ])("paragraph %i is in %s", (paragraphIndex, key) => {
    expect(sectionAtParagraph(analysis, paragraphIndex)).toBe(key);
  });

  test("no cursor, no section", () => {
    expect(sectionAtParagraph(analysis, null)).toBeNull();
  });
});
