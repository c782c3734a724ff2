import { choosePack, matchHeading, normaliseHeading, recogniseStructure } from "../../src/analysis/sections";
import { sectionTag } from "../../src/analysis/tags";
import { builtInPacks, defaultPack, getPack } from "../../src/analysis/built-in-packs";
import { heading, paragraph, snapshotOf } from "./helpers";

describe("normaliseHeading", () => {
  it.each([
    ["(i) Pen Picture of the child", "pen picture of the child"],
    ["2. Background information:", "background information"],
    ["IV) What difference have we made for Maya?", "what difference have we made for maya"],
    ["  Goals  and what needs to happen next?  ", "goals and what needs to happen next"],
    ["Maya’s Safety Plan", "maya's safety plan"],
    ["Section 3: Summary of our involvement", "summary of our involvement"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseHeading(input)).toBe(expected);
  });
});

describe("matchHeading recognises hand-typed headings of the default pack", () => {
  const cases: [string, string][] = [
    ["Pen Picture of the child", "pen-picture"],
    ["PEN PICTURE OF THE CHILD", "pen-picture"],
    ["(i) Pen picture of the child", "pen-picture"],
    ["1. Pen Picture", "pen-picture"],
    ["Pen Picture of Maya", "pen-picture"],
    ["Pen Pictrue of the child", "pen-picture"],
    ["Background information:", "background"],
    ["(ii) Background Informaton", "background"],
    ["Background", "background"],
    ["iii. Summary of our involvement", "involvement"],
    ["Summary of our involvment", "involvement"],
    ["What difference have we made for Maya?", "difference"],
    ["(iv) What difference have we made for Maya Thompson", "difference"],
    ["What difference have we made for the child?", "difference"],
    ["What diffrence have we made for Maya?", "difference"],
    ["Goals and what needs to happen next?", "goals"],
    ["5) Goals and what needs to happen next", "goals"],
    ["Maya Safety Plan", "safety-plan"],
    ["Maya's Safety Plan", "safety-plan"],
    ["Maya’s safety plan:", "safety-plan"],
    ["(vi) [Child's Name] Safety Plan", "safety-plan"],
    ["Safety Plan", "safety-plan"],
    ["Maya Family Contact Details and Professional Involvements", "contacts"],
    ["Family contact details and professional involvements", "contacts"],
    ["(vii) Maya's Family Contact Details & Professional Involvements", "contacts"],
    ["3.1 (iii) Summary of our involvement", "involvement"],
    ["Section 4 - What difference have we made for Maya?", "difference"],
  ];
  it.each(cases)("%s → %s", (text, key) => {
    expect(matchHeading(text, defaultPack, "Maya")?.key).toBe(key);
  });

  it("learns the child's name from a heading when none was given", () => {
    expect(matchHeading("What difference have we made for Leon?", defaultPack, null)).toEqual({
      key: "difference",
      childName: "Leon",
      exact: true,
    });
    expect(matchHeading("Aisha-Rose O'Neill Safety Plan", defaultPack, null)?.childName).toBe(
      "Aisha-Rose O'Neill",
    );
  });

  it("tolerates a typing slip in a heading that names a child it was not told about", () => {
    expect(matchHeading("What diference have we made for Maya?", defaultPack, null)).toMatchObject({
      key: "difference",
      childName: "Maya",
    });
    expect(matchHeading("Maya Safty Plan", defaultPack, null)).toMatchObject({
      key: "safety-plan",
      childName: "Maya",
    });
  });

  it("reads names in scripts without capital letters, and refuses lower-case words as names", () => {
    expect(matchHeading("美玲 Safety Plan", defaultPack, null)?.childName).toBe("美玲");
    expect(matchHeading("Zoë’s Safety Plan", defaultPack, null)?.childName).toBe("Zoë");
    expect(matchHeading("updated safety plan", defaultPack, null)?.childName ?? null).toBeNull();
  });

  it("does not take ordinary sentences for headings", () => {
    expect(matchHeading("Maya lives with her mum and her brother Kai.", defaultPack, "Maya")).toBeNull();
    expect(matchHeading("Safety", defaultPack, "Maya")).toBeNull();
    expect(matchHeading("Goals", getPack("bradford-2025")!, "Maya")?.key).toBe("goals");
  });
});

describe("recogniseStructure", () => {
  it("splits a hand-typed summary into sections with their paragraphs", () => {
    const snapshot = snapshotOf(
      paragraph("Case summary for Maya Thompson"),
      paragraph("Date of summary: 3 November 2026"),
      heading("Pen Picture of the child"),
      paragraph("Maya is nine.", { colour: "#0000FF" }),
      paragraph("She loves swimming.", { colour: "#0000FF" }),
      paragraph("Background information", { bold: true }),
      paragraph("Maya was first known to us in 2022."),
      heading("Risks", 3),
      paragraph("A sub-heading stays inside the section."),
      heading("Appendix", 2),
      paragraph("Not part of any section."),
    );
    const structure = recogniseStructure(snapshot, defaultPack, null);
    expect(structure.preamble).toEqual([0, 1]);
    expect(structure.occurrences.map((o) => [o.key, o.headingParagraph, o.body, o.recognisedBy])).toEqual([
      ["pen-picture", 2, [3, 4], "heading-style"],
      ["background", 5, [6, 7, 8], "bold"],
    ]);
  });

  it("recognises sections the add-in inserted by their tags, even after the heading is reworded", () => {
    const tag = sectionTag("bradford-2025", "safety-plan");
    const snapshot = snapshotOf(
      heading("Keeping Maya safe", 2, { contentControlTag: tag }),
      paragraph("If Mum has been drinking, she will call Gran.", {
        contentControlTag: tag,
        colour: "#FF0000",
      }),
    );
    const structure = recogniseStructure(snapshot, defaultPack, "Maya");
    expect(structure.occurrences).toEqual([
      expect.objectContaining({
        key: "safety-plan",
        headingParagraph: 0,
        body: [1],
        recognisedBy: "content-control",
      }),
    ]);
  });

  it("keeps a repeated heading as a second occurrence", () => {
    const snapshot = snapshotOf(
      heading("Background information"),
      paragraph("Old."),
      heading("Background"),
      paragraph("New."),
    );
    expect(recogniseStructure(snapshot, defaultPack).occurrences.map((o) => o.key)).toEqual([
      "background",
      "background",
    ]);
  });

  it("reads the child's name from the headings", () => {
    const snapshot = snapshotOf(
      heading("What difference have we made for Jayden?"),
      heading("Jayden Safety Plan"),
    );
    expect(recogniseStructure(snapshot, defaultPack).childName).toBe("Jayden");
  });

  it("reads a summary laid out as a table, but not a table's header cell as a second section", () => {
    const snapshot = snapshotOf(
      paragraph("Background information", { inTable: true, bold: true }),
      paragraph("Maya's family first had help from Early Help in 2022.", { inTable: true }),
      paragraph("Family Contact Details and Professional Involvements", { inTable: true, bold: true }),
      paragraph("Contact details", { inTable: true, bold: true }),
      paragraph("Mum: 07700 900123", { inTable: true }),
    );
    const occurrences = recogniseStructure(snapshot, defaultPack, "Maya").occurrences;
    expect(occurrences.map((o) => [o.key, o.headingParagraph])).toEqual([
      ["background", 0],
      ["contacts", 2],
    ]);
    expect(occurrences[1]!.body).toEqual([3, 4]);
  });

  it("does not take a sentence that mentions a heading for the heading", () => {
    const snapshot = snapshotOf(
      paragraph(
        "The background information is recorded in the assessment of May 2026, which sets out why we became involved.",
      ),
      paragraph("Safety plan agreed."),
    );
    expect(recogniseStructure(snapshot, defaultPack).occurrences).toEqual([]);
  });

  it("tolerates a typing slip in a heading typed as a plain line, as in a .txt file", () => {
    const snapshot = snapshotOf(paragraph("Backgorund information"), paragraph("Maya was born in Leeds."));
    expect(recogniseStructure(snapshot, defaultPack).occurrences.map((o) => o.key)).toEqual(["background"]);
  });

  it("does not take a word such as 'Updated' or 'Family' before 'Safety Plan' for the child's name", () => {
    for (const text of [
      "Updated Safety Plan",
      "Family Safety Plan",
      "Current Safety Plan",
      "Childs profile",
    ]) {
      const structure = recogniseStructure(snapshotOf(heading(text)), defaultPack);
      expect(structure.childName).toBeNull();
    }
    expect(
      recogniseStructure(snapshotOf(heading("Updated Safety Plan")), defaultPack).occurrences[0]?.key,
    ).toBe("safety-plan");
  });
});

describe("choosePack", () => {
  it("chooses the default pack when the headings fit it", () => {
    const snapshot = snapshotOf(heading("Pen Picture of the child"), heading("Summary of our involvement"));
    expect(choosePack(snapshot, builtInPacks).id).toBe("bradford-2025");
  });

  it("chooses the pack named in the add-in's tags", () => {
    const other = builtInPacks[builtInPacks.length - 1]!;
    const snapshot = snapshotOf(
      heading("Anything", 2, { contentControlTag: sectionTag(other.id, other.sections[0]!.key) }),
    );
    expect(choosePack(snapshot, builtInPacks).id).toBe(other.id);
  });

  it("falls back to the default pack for a document with no headings", () => {
    expect(choosePack(snapshotOf(paragraph("Just some notes.")), builtInPacks).id).toBe(defaultPack.id);
  });
});

describe("choosePack with few headings", () => {
  it("keeps a short draft whose headings fit several templates on the default", () => {
    // Every template has a pen picture and a background; none has a clear claim to these two.
    const snapshot = snapshotOf(heading("Pen picture"), heading("Background information"));
    expect(choosePack(snapshot, builtInPacks).id).toBe("bradford-2025");
  });

  it("chooses the MOSAIC Step when its own headings are used", () => {
    const snapshot = snapshotOf(
      heading("Pen picture of the child and reason for our involvement"),
      heading("What has happened in the last 3 months?"),
    );
    expect(choosePack(snapshot, builtInPacks).id).toBe("mosaic-step");
  });
});
