import rule from "../../../src/analysis/rules/required-topic";
import { findingsOf, heading, paragraph, snapshotOf, summaryWith } from "../helpers";

const ids = (snapshot: ReturnType<typeof summaryWith>) => findingsOf(rule, snapshot).map((f) => f.id);

describe("required-topic", () => {
  it("reports each topic the pack places in a section when it is not covered, with the child's name", () => {
    const snapshot = summaryWith({
      difference: ["Maya moved to Nan's in September. She has a new bedroom and says she likes it there."],
      goals: ["Maya to stay with Nan. Dad wants more time with Maya."],
      contacts: ["Mum: 07700 900123", "Social worker: Tom Walsh 01274 436060"],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings.map((f) => f.id).sort()).toEqual([
      "required-topic/contacts/family-network",
      "required-topic/difference/engagement",
      "required-topic/difference/new-issues",
      "required-topic/difference/plan-progress",
      "required-topic/goals/bottom-lines",
      "required-topic/goals/review-dates",
    ]);
    const engagement = findings.find((f) => f.id.endsWith("/engagement"))!;
    expect(engagement.message).toContain("how Maya and the family have engaged");
    expect(engagement.severity).toBe("warning");
    expect(engagement.guidance).toBe("000 §What should be included(iii)");
    // The pack lowers bottom lines to info.
    expect(findings.find((f) => f.id.endsWith("/bottom-lines"))!.severity).toBe("info");
  });

  it("passes sections that cover the topics", () => {
    const snapshot = summaryWith({
      difference: [
        "Mum has attended every session of the parenting programme and Maya has engaged well with her school mentor.",
        "The actions in Maya's Child in Need plan are on track: her attendance target of 90% has been achieved.",
        "A new worry has emerged since the last summary: Maya has been staying up late on her phone, and Mum has agreed a bedtime routine with her.",
      ],
      goals: [
        "Over the next 3 months the focus is Maya's return to Mum's care. The Child in Need review is on 14 January 2027.",
        "Bottom line: Dad must not have unsupervised contact while he is drinking.",
      ],
      contacts: [paragraph("Nan (Susan Green): 07700 900456", { inTable: true })],
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

  it("says nothing about an empty or missing section", () => {
    const snapshot = summaryWith({ difference: [], goals: [], contacts: [] });
    expect(ids(snapshot)).toEqual([]);
    expect(
      findingsOf(rule, snapshotOf(heading("Pen Picture of the child"), paragraph("Maya is 9."))),
    ).toEqual([]);
  });
});
