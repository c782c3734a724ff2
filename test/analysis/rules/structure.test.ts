import sectionColour from "../../../src/analysis/rules/section-colour";
import sectionDuplicate from "../../../src/analysis/rules/section-duplicate";
import sectionEmpty from "../../../src/analysis/rules/section-empty";
import sectionMissing from "../../../src/analysis/rules/section-missing";
import sectionOrder from "../../../src/analysis/rules/section-order";
import sectionTooLong from "../../../src/analysis/rules/section-too-long";
import { findingsOf, heading, paragraph, snapshotOf, summaryWith } from "../helpers";

describe("section-missing", () => {
  it("names each heading the summary lacks, with the child's name filled in", () => {
    const snapshot = snapshotOf(
      heading("Pen Picture of the child"),
      paragraph("Maya is nine and lives with her mum.", { colour: "#0000FF" }),
      heading("Background information"),
      paragraph("Maya's family first asked for help in 2023."),
    );
    const findings = findingsOf(sectionMissing, snapshot);
    expect(findings.map((f) => f.section)).toEqual([
      "involvement",
      "difference",
      "goals",
      "safety-plan",
      "contacts",
    ]);
    expect(findings[1]).toMatchObject({
      severity: "error",
      guidance: "004 §3.1",
      message: expect.stringContaining('"What difference have we made for Maya?" is missing'),
      location: null,
    });
  });

  it("is quiet when every heading is there", () => {
    expect(findingsOf(sectionMissing, summaryWith({}))).toEqual([]);
  });
});

describe("section-empty", () => {
  it("flags a heading with only blank lines under it and points at the heading", () => {
    const snapshot = summaryWith({ goals: ["", "   "] });
    const findings = findingsOf(sectionEmpty, snapshot);
    expect(findings).toHaveLength(1);
    const headingIndex = snapshot.paragraphs.findIndex(
      (p) => p.text === "Goals and what needs to happen next?",
    );
    expect(findings[0]).toMatchObject({
      section: "goals",
      severity: "error",
      location: { paragraph: headingIndex, start: 0 },
    });
    expect(findings[0]!.message).toContain("Nothing is written under");
  });

  it("is quiet for a section with text, and for a missing section (section-missing covers it)", () => {
    expect(findingsOf(sectionEmpty, summaryWith({}))).toEqual([]);
    expect(
      findingsOf(sectionEmpty, snapshotOf(heading("Background information"), paragraph("Text."))),
    ).toEqual([]);
  });
});

describe("section-order", () => {
  it("flags a heading that comes before one the guidance puts ahead of it", () => {
    const snapshot = snapshotOf(
      heading("Pen Picture of the child"),
      heading("Maya Safety Plan"),
      heading("Background information"),
    );
    const findings = findingsOf(sectionOrder, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      section: "background",
      severity: "warning",
      location: { paragraph: 2 },
    });
    expect(findings[0]!.message).toContain('"Background information" comes after "Maya Safety Plan"');
  });

  it("is quiet when the order is the guidance's, even with headings missing", () => {
    expect(findingsOf(sectionOrder, summaryWith({}))).toEqual([]);
    expect(findingsOf(sectionOrder, snapshotOf(heading("Pen Picture"), heading("Maya Safety Plan")))).toEqual(
      [],
    );
  });
});

describe("section-duplicate", () => {
  it("flags the second copy of a heading", () => {
    const snapshot = snapshotOf(
      heading("Background information"),
      paragraph("Summary written in March."),
      heading("Background information"),
      paragraph("New information added in June."),
    );
    const findings = findingsOf(sectionDuplicate, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ section: "background", location: { paragraph: 2 } });
    expect(findings[0]!.message).toContain("appears more than once");
  });

  it("is quiet for one copy of each", () => {
    expect(findingsOf(sectionDuplicate, summaryWith({}))).toEqual([]);
  });
});

describe("section-colour", () => {
  it("asks for the pen picture in blue and offers to colour the paragraphs that are not", () => {
    const snapshot = summaryWith({
      "pen-picture": [
        paragraph("Maya is a chatty nine-year-old who loves swimming.", { colour: "#0000FF" }),
        paragraph("She lives with her mum, Sarah, and her brother Kai.", { colour: null }),
        paragraph("Her best friend is Ruby.", { colour: "mixed" }),
      ],
    });
    const findings = findingsOf(sectionColour, snapshot);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ section: "pen-picture", severity: "error", guidance: "004 §3.1(i)" });
    expect(finding!.message).toContain("2 paragraphs");
    expect(finding!.message).toContain("blue");
    expect(finding!.fix).toMatchObject({ kind: "set-colour", colour: "#0000FF", paragraphs: [2, 3] });
    expect(finding!.location?.paragraph).toBe(2);
  });

  it("asks for the safety plan in red", () => {
    const snapshot = summaryWith({
      "safety-plan": [paragraph("If Mum has been drinking she will ring Gran.")],
    });
    const [finding] = findingsOf(sectionColour, snapshot);
    expect(finding).toMatchObject({ section: "safety-plan", fix: { colour: "#FF0000" } });
    expect(finding!.message).toContain("red");
  });

  it("says nothing when the source cannot carry colours (a .md or .txt file)", () => {
    const snapshot = {
      ...summaryWith({ "pen-picture": [paragraph("Maya loves swimming.")] }),
      coloursKnown: false,
    };
    expect(findingsOf(sectionColour, snapshot)).toEqual([]);
  });

  it("is quiet when the coloured sections are in their colours and ignores sections with no colour", () => {
    const snapshot = summaryWith({
      "pen-picture": [paragraph("Maya loves swimming.", { colour: "#0000ff" })],
      background: [paragraph("Black text is right here.", { colour: "#000000" })],
    });
    expect(findingsOf(sectionColour, snapshot)).toEqual([]);
  });
});

describe("section-too-long", () => {
  const sentence = "Maya went to the park with her mum and they fed the ducks together on Saturday. ";

  it("flags a section over its word budget, saying how long it is", () => {
    const snapshot = summaryWith({ background: [sentence.repeat(40)] });
    const findings = findingsOf(sectionTooLong, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ section: "background", severity: "warning", guidance: "004 §4.1" });
    expect(findings[0]!.message).toMatch(/is 640 words; aim for 500 or fewer/);
  });

  it("leaves a full but ordinary section alone: the budget is for pasted reports", () => {
    expect(findingsOf(sectionTooLong, summaryWith({ background: [sentence.repeat(25)] }))).toEqual([]);
  });

  it("is quiet for a brief section", () => {
    expect(findingsOf(sectionTooLong, summaryWith({ background: [sentence.repeat(5)] }))).toEqual([]);
  });
});
