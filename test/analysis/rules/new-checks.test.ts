import contactUnnamed from "../../../src/analysis/rules/contact-unnamed";
import notCurrent from "../../../src/analysis/rules/not-current";
import notIndividual from "../../../src/analysis/rules/not-individual";
import sectionColour from "../../../src/analysis/rules/section-colour";
import sectionUnknown from "../../../src/analysis/rules/section-unknown";
import { findingsOf, heading, paragraph, snapshotOf, summaryWith } from "../helpers";

const TODAY = new Date("2026-11-22T12:00:00Z");

describe("not-current", () => {
  it("asks whether 'the last 3 months' is current when it reports events from long before", () => {
    const snapshot = summaryWith(
      {
        difference: [
          "In January 2026 Mum stopped taking her medication and became unwell; Maya stayed with Nan.",
          "On 9 February 2026 Mum was admitted to hospital for three weeks.",
          "Mum came home on 2 March 2026 and has been well since.",
        ],
      },
      { preamble: ["Date of summary: 3 July 2026"] },
    );
    const findings = findingsOf(notCurrent, snapshot, { today: TODAY });
    const events = findings.find((f) => f.section === "difference");
    expect(events).toBeDefined();
    expect(events!.severity).toBe("warning");
    expect(events!.message).toContain("Is this section about the last 3 months?");
    expect(events!.message).toContain("January 2026");
  });

  it("passes the last three months told as the last three months, with earlier history only as a span", () => {
    const snapshot = summaryWith(
      {
        difference: [
          "Since January 2024 Maya has lived with Nan.",
          "On 2 October 2026 the core group agreed the plan; on 4 November 2026 Maya moved school.",
        ],
      },
      { preamble: ["Date of summary: 14 November 2026"] },
    );
    expect(
      findingsOf(notCurrent, snapshot, { today: TODAY }).filter((f) => f.section === "difference"),
    ).toEqual([]);
  });

  it("asks whether a safety plan agreed a year ago, or before a later incident, still stands", () => {
    const old = summaryWith(
      {
        "safety-plan": [
          "If Mum becomes unwell, Nan will collect Maya. Agreed with Mum and Maya on 12 October 2025.",
        ],
      },
      { preamble: ["Date of summary: 14 November 2026"] },
    );
    const stale = findingsOf(notCurrent, old, { today: TODAY }).find((f) => f.section === "safety-plan");
    expect(stale!.message).toContain("more than 3 months before this summary");

    const overtaken = summaryWith(
      {
        difference: ["On 30 October 2026 police were called after an incident at home."],
        "safety-plan": [
          "If Mum becomes unwell, Nan will collect Maya. Agreed with Mum and Maya on 2 October 2026.",
        ],
      },
      { preamble: ["Date of summary: 14 November 2026"] },
    );
    const later = findingsOf(notCurrent, overtaken, { today: TODAY }).find(
      (f) => f.section === "safety-plan",
    );
    expect(later!.message).toContain("before what happened on 30 October 2026");
  });
});

describe("not-individual", () => {
  const group = [
    "The children live with Mum and Dad. The children are close to their aunt.",
    "The children have said they do not like the shouting. The children attend Greenfield Primary.",
  ];

  it("asks whether a summary about 'the children' was written for this child", () => {
    // A brother's summary copied over: Ismail named once, "the children" everywhere else.
    const copied = summaryWith(
      {
        "pen-picture": ["Ismail is 7.", ...group],
        background: ["The children have been known since 2024."],
        involvement: ["The children are on a Child in Need plan."],
        difference: ["The children are happier at school."],
        goals: ["The children to attend school every day."],
        "safety-plan": ["If Dad shouts, Mum will take the children to Shirin's."],
        contacts: ["Mum – 07700 900321"],
      },
      { childName: "Ismail" },
    );
    const findings = findingsOf(notIndividual, copied, { childName: "Ismail" });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Is this summary written for Ismail?");
    expect(findings[0]!.message).toMatch(/"The children" 9 times and names Ismail once/);
  });

  it("passes a summary written for this child that mentions the brothers and sisters", () => {
    const own = [
      ...group.slice(0, 1),
      "Ismail told me he wants the shouting to stop. Ismail is quieter than his brother and Ismail worries about Mum.",
      "Ismail loves cricket. For Ismail, the arguments mean he hides in his room.",
    ];
    expect(
      findingsOf(notIndividual, summaryWith({ "pen-picture": own }, { childName: "Ismail" }), {
        childName: "Ismail",
      }),
    ).toEqual([]);
  });
});

describe("contact-unnamed", () => {
  it("asks whose a bare number is, and leaves named ones and table rows alone", () => {
    const snapshot = summaryWith({
      contacts: [
        "Mum – 07700 900321",
        "Tel: 07700 900458",
        paragraph("07700 900111", { inTable: true }),
        "Nan (Susan Green), mobile 07700 900456",
      ],
    });
    const findings = findingsOf(contactUnnamed, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Whose number is 07700 900458?");
    const location = findings[0]!.location!;
    expect(snapshot.paragraphs[location.paragraph]!.text.slice(location.start, location.end)).toBe(
      "07700 900458",
    );
  });
});

describe("section-unknown", () => {
  it("keeps a heading the template lacks as a section of its own, so the safety plan ends before it", () => {
    const snapshot = snapshotOf(
      paragraph("1. Pen picture"),
      paragraph("Kai is 15."),
      paragraph("5. Kai's safety plan"),
      paragraph("If Wayne comes to the house, Mum will ring 999."),
      paragraph("6. Manager's oversight"),
      paragraph("I have read this summary and agree the plan."),
      paragraph("7. Family contact details & professionals"),
      paragraph("Mum – 07700 900321"),
    );
    const findings = findingsOf(sectionUnknown, snapshot, { childName: "Kai" });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "info" });
    expect(findings[0]!.message).toContain(`"6. Manager's oversight" is not one of the template's headings`);
  });

  it("never offers to colour the text under a heading the template lacks", () => {
    const snapshot = {
      paragraphs: [
        paragraph("5. Kai's safety plan"),
        paragraph("If Wayne comes to the house, Mum will ring 999."),
        paragraph("6. Manager's oversight"),
        paragraph("I have read this summary and agree the plan."),
        paragraph("7. Family contact details & professionals"),
        paragraph("Mum", { inTable: true }),
        paragraph("07700 900321", { inTable: true }),
      ],
    };
    const [colour] = findingsOf(sectionColour, snapshot, { childName: "Kai" });
    expect(colour!.fix).toMatchObject({ kind: "set-colour", colour: "#FF0000", paragraphs: [1] });
  });

  it("does not take a numbered list inside a section for a heading", () => {
    const snapshot = snapshotOf(
      heading("Pen Picture of the child"),
      paragraph("4. Goals / next steps"),
      paragraph("1. Kai to attend college"),
      paragraph("2. Mum to attend the programme"),
      paragraph("5. Kai's safety plan"),
      paragraph("If Wayne comes to the house, Mum will ring 999."),
    );
    expect(findingsOf(sectionUnknown, snapshot, { childName: "Kai" })).toEqual([]);
  });
});
