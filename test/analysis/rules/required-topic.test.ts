import rule from "../../../src/analysis/rules/required-topic";
import { bradford2025Good } from "../../../src/examples/bradford-2025-good";
import * as bradfordLcsGood from "../../../src/examples/bradford-lcs-good";
import * as lcs12WeekGood from "../../../src/examples/lcs-12-week-good";
import * as mosaicStepGood from "../../../src/examples/mosaic-step-good";
import type { Finding } from "../../../src/analysis/types";
import { getPack } from "../../../src/analysis/built-in-packs";
import { findingsOf, heading, paragraph, snapshotOf, summaryWith } from "../helpers";

const ids = (snapshot: ReturnType<typeof summaryWith>) => findingsOf(rule, snapshot).map((f) => f.id);
const listItem = (text: string) => paragraph(text, { inList: true });
const contactIds = (snapshot: ReturnType<typeof summaryWith>) =>
  ids(snapshot).filter((id) => id.startsWith("required-topic/contacts/"));

/** The text a finding points at, as the pane's "Go to" would select it. */
function locatedText(snapshot: ReturnType<typeof summaryWith>, finding: Finding): string | undefined {
  const location = finding.location;
  return location
    ? snapshot.paragraphs[location.paragraph]!.text.slice(location.start, location.end)
    : undefined;
}

/** An involvement section that says why we are involved but not the legal status or family time. */
const involvementWithoutStatus = [
  "Children's Social Care became involved in March 2026 after the police were called to an incident at home. We are worried that Maya has seen her dad hurt her mum.",
];
const involvementWithStatus = [
  "Maya is a child in need under section 17 and there are no court orders. She spends time with her dad every other Saturday at Nan's house, with Nan present.",
];
const contactsInFull = [
  listItem("Mum: Sarah Thompson, 07700 900123"),
  listItem("Nan (Susan Green): 07700 900456"),
  listItem("Social worker: Tom Walsh, 01632 960214"),
  paragraph("Details checked with Mum and Nan on 28 October 2026."),
];

describe("required-topic", () => {
  it("reports each topic the pack places in a section when it is not covered, with the child's name", () => {
    const snapshot = summaryWith({
      involvement: involvementWithoutStatus,
      difference: ["Maya moved to Nan's in September. She has a new bedroom and says she likes it there."],
      goals: ["Maya to stay with Nan. Dad wants more time with Maya."],
      contacts: ["Mum: 07700 900123", "Social worker: Tom Walsh 01274 436060"],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings.map((f) => f.id).sort()).toEqual([
      "required-topic/contacts/details-checked",
      "required-topic/contacts/family-network",
      "required-topic/difference/engagement",
      "required-topic/difference/new-issues",
      "required-topic/difference/plan-progress",
      "required-topic/goals/bottom-lines",
      "required-topic/goals/review-dates",
      "required-topic/involvement/family-time",
      "required-topic/involvement/legal-status",
    ]);
    const engagement = findings.find((f) => f.id.endsWith("/engagement"))!;
    expect(engagement.message).toContain("how Maya and the family have engaged");
    expect(engagement.severity).toBe("warning");
    expect(engagement.guidance).toBe("000 §What should be included(iii)");
    expect(locatedText(snapshot, engagement)).toBe("What difference have we made for Maya?");
    // The pack lowers bottom lines to info.
    expect(findings.find((f) => f.id.endsWith("/bottom-lines"))!.severity).toBe("info");
  });

  it("passes sections that cover the topics", () => {
    const snapshot = summaryWith({
      involvement: involvementWithStatus,
      difference: [
        "Mum has attended every session of the parenting programme and Maya has engaged well with her school mentor.",
        "The actions in Maya's Child in Need plan are on track: her attendance target of 90% has been achieved.",
        "A new worry has emerged since the last summary: Maya has been staying up late on her phone, and Mum has agreed a bedtime routine with her.",
      ],
      goals: [
        "Over the next 3 months the focus is Maya's return to Mum's care. The Child in Need review is on 14 January 2027.",
        "Bottom line: Dad must not have unsupervised contact while he is drinking.",
      ],
      contacts: contactsInFull,
    });
    expect(ids(snapshot)).toEqual([]);
  });

  it("asks for what is new, strengths and worries alike, where document 000 requires it", () => {
    const snapshot = summaryWith({
      difference: ["Maya moved to Nan's in September. She has a new bedroom and says she likes it there."],
    });
    const newIssues = findingsOf(rule, snapshot).find((f) => f.id === "required-topic/difference/new-issues");
    expect(newIssues).toMatchObject({ severity: "warning", guidance: "000 §What should be included(ii)" });
    expect(newIssues!.message).toContain("new strengths as well as new worries");
  });

  describe("legal status and family time under our involvement (004 §3.1(iii))", () => {
    it("asks for both when the section gives neither, in 004's words", () => {
      const snapshot = summaryWith({ involvement: involvementWithoutStatus });
      const findings = findingsOf(rule, snapshot);
      const legalStatus = findings.find((f) => f.id === "required-topic/involvement/legal-status")!;
      const familyTime = findings.find((f) => f.id === "required-topic/involvement/family-time")!;
      expect(legalStatus).toMatchObject({ severity: "warning", guidance: "004 §3.1(iii)" });
      expect(legalStatus.message).toContain("Record Maya's legal status");
      expect(familyTime).toMatchObject({ severity: "warning", guidance: "004 §3.1(iii)" });
      expect(familyTime.message).toContain("Maya's family time");
      expect(locatedText(snapshot, familyTime)).toBe("Summary of our involvement");
    });

    it("accepts a legal status and family time written in the worker's own way, curly apostrophes included", () => {
      const snapshot = summaryWith({
        involvement: [
          "Maya is on a child protection plan under the category of emotional harm.",
          "Maya’s time with her dad is at the family centre once a fortnight, supervised by a contact worker.",
        ],
      });
      expect(ids(snapshot).filter((id) => id.startsWith("required-topic/involvement/"))).toEqual([]);
    });

    it("asks the LCS template for contact arrangements, in 002's words", () => {
      const pack = getPack("bradford-lcs")!;
      const snapshot = summaryWith({ involvement: involvementWithoutStatus }, { pack });
      const findings = findingsOf(rule, snapshot, { pack });
      const contact = findings.find((f) => f.id === "required-topic/involvement/contact-arrangements")!;
      expect(contact).toMatchObject({ severity: "warning", guidance: "002 §1.7(iii)" });
      expect(contact.message).toContain("Maya's contact with family");
      expect(findings.map((f) => f.id)).toContain("required-topic/involvement/legal-status");
    });
  });

  describe("family and professionals' details (004 §3.1(vii))", () => {
    it("asks for the parents' or carers' details when only professionals are listed", () => {
      const snapshot = summaryWith({
        contacts: [
          listItem("Social worker: Tom Walsh, 01632 960214"),
          listItem("Westfield Primary School: Mrs Farah Ahmed, 01632 960388"),
          listItem("Nan (Susan Green): 07700 900456"),
          paragraph("Details checked on 28 October 2026."),
        ],
      });
      expect(contactIds(snapshot)).toEqual(["required-topic/contacts/parents-carers"]);
      const findings = findingsOf(rule, snapshot).filter((f) => f.id.startsWith("required-topic/contacts/"));
      expect(findings[0]).toMatchObject({ severity: "warning", guidance: "004 §3.1(vii)" });
      expect(findings[0]!.message).toContain("contact details for Maya's parents or carers");
    });

    it("asks for the key professionals when only the family is listed", () => {
      const snapshot = summaryWith({
        contacts: [
          listItem("Mum: Sarah Thompson, 07700 900123"),
          listItem("Dad: Daniel Price, 07700 900872"),
          listItem("Nan: Jean Thompson, 07700 900415"),
          paragraph("All numbers confirmed with Mum on 28 October 2026."),
        ],
      });
      expect(contactIds(snapshot)).toEqual(["required-topic/contacts/key-professionals"]);
      const findings = findingsOf(rule, snapshot).filter((f) => f.id.startsWith("required-topic/contacts/"));
      expect(findings[0]!.message).toContain("key professionals working with Maya");
    });

    it("suggests, as information, saying when the details were last checked", () => {
      const snapshot = summaryWith({ contacts: contactsInFull.slice(0, 3) });
      expect(contactIds(snapshot)).toEqual(["required-topic/contacts/details-checked"]);
      const findings = findingsOf(rule, snapshot).filter((f) => f.id.startsWith("required-topic/contacts/"));
      expect(findings[0]).toMatchObject({ severity: "info", guidance: "004 §3.1(vii)" });
      expect(findings[0]!.message).toContain("when Maya's contact details were last checked");
    });
  });

  it("asks a MOSAIC Step for new strengths as well as new concerns", () => {
    const pack = getPack("mosaic-step")!;
    const snapshot = summaryWith(
      {
        difference: [
          "Mum has attended the parenting course each week and Jayden's actions in his plan are on track. He has moved to a new bedroom, which has helped him sleep.",
        ],
      },
      { pack, childName: "Jayden" },
    );
    const findings = findingsOf(rule, snapshot, { pack, childName: "Jayden" });
    const newIssues = findings.find((f) => f.id === "required-topic/difference/new-issues")!;
    expect(newIssues).toMatchObject({ severity: "warning", guidance: "000 §What should be included(ii)" });
    expect(newIssues.message).toContain("Jayden: new strengths as well as new worries");
    expect(findings.find((f) => f.id === "required-topic/difference/new-concerns")!.message).toContain(
      "dilemmas or grey areas",
    );
  });

  it("finds nothing to ask in the good worked example for each template", () => {
    const today = new Date("2026-11-22T12:00:00Z");
    expect(findingsOf(rule, bradford2025Good, { childName: "Maya", today })).toEqual([]);
    for (const example of [bradfordLcsGood, lcs12WeekGood, mosaicStepGood]) {
      const options = { pack: getPack(example.packId)!, childName: example.childName, today: example.today };
      expect(findingsOf(rule, example.snapshot, options).map((f) => f.id)).toEqual([]);
    }
  });

  it("says nothing about an empty or missing section", () => {
    const snapshot = summaryWith({ involvement: [], difference: [], goals: [], contacts: [] });
    expect(ids(snapshot)).toEqual([]);
    expect(
      findingsOf(rule, snapshotOf(heading("Pen Picture of the child"), paragraph("Maya is 9."))),
    ).toEqual([]);
  });

  it("takes a new worry, or a new strength, as what is new: whether both are there is the prompt's question", () => {
    const worriesOnly = summaryWith({
      difference: ["A new worry since the last summary is that Maya has been missing school on Mondays."],
    });
    expect(ids(worriesOnly)).not.toContain("required-topic/difference/new-issues");
    const strengthOnly = summaryWith({
      difference: ["A new strength is her friendship with Ruby, which is going well."],
    });
    expect(ids(strengthOnly)).not.toContain("required-topic/difference/new-issues");
  });

  it("asks for the care package and personal budget only where the summary mentions a disability", () => {
    const noDisability = summaryWith({ involvement: ["Maya is supported by a Child in Need plan."] });
    expect(ids(noDisability)).not.toContain("required-topic/involvement/care-package");
    const disabled = summaryWith({
      "pen-picture": ["Maya is autistic and uses a wheelchair."],
      involvement: ["Maya is supported by a Child in Need plan."],
    });
    const finding = findingsOf(rule, disabled).find(
      (f) => f.id === "required-topic/involvement/care-package",
    );
    expect(finding).toMatchObject({ guidance: "004 §3.1(iii)", severity: "warning" });
    expect(finding!.message).toContain("care package and the personal budget");
    const setOut = summaryWith({
      "pen-picture": ["Maya is autistic and uses a wheelchair."],
      involvement: [
        "Her care package is two short breaks a month, funded by a personal budget of £180 a week.",
      ],
    });
    expect(ids(setOut)).not.toContain("required-topic/involvement/care-package");
  });
});
