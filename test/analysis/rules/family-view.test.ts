import rule from "../../../src/analysis/rules/family-view";
import { findingsOf, heading, paragraph, snapshotOf, summaryWith } from "../helpers";

describe("family-view", () => {
  it("reports goals with no view from Maya or the family", () => {
    const snapshot = summaryWith({
      goals: [
        "Maya to attend school every day. Mum to complete the Freedom Programme by March 2027.",
        "The core group will review progress on 12 January 2027.",
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.id).toBe("family-view/goals/child-and-family");
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.message).toContain("what Maya or the family think should happen next");
  });

  it("names the child's view as missing when only Mum's is recorded", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        goals: [
          "Mum would like the social work involvement to end by the summer and says she is ready to do the work.",
        ],
      }),
    );
    expect(findings.map((f) => f.id)).toEqual(["family-view/goals/child"]);
    expect(findings[0]!.message).toContain("not what Maya thinks");
  });

  it("names the family's view as missing when only Maya's is recorded", () => {
    const findings = findingsOf(
      rule,
      summaryWith({ goals: ["Maya wants to go back to living with her nan full time."] }),
    );
    expect(findings.map((f) => f.id)).toEqual(["family-view/goals/family"]);
    expect(findings[0]!.message).toContain("not what the parents, carers or family think");
  });

  it("passes when both views are there, including a view given with 'she' and curly apostrophes", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        goals: [
          "Dad told me he wants Maya to spend weekends with him again.",
          "I spoke to Maya on her own at school. She said she hopes she can see Dad “but only at Nan’s”.",
        ],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("does not take 'Maya's family' for Maya's own view", () => {
    const findings = findingsOf(
      rule,
      summaryWith({ goals: ["Maya's family agree that the plan is working."] }),
    );
    expect(findings.map((f) => f.id)).toEqual(["family-view/goals/child"]);
  });

  it("recognises the child by first name when the full name is known", () => {
    const snapshot = summaryWith(
      {
        goals: [
          "Leo wants to stay with his foster carers, and his foster carers would like him to stay long term.",
        ],
      },
      { childName: "Leo Hartley" },
    );
    expect(findingsOf(rule, snapshot, { childName: "Leo Hartley" })).toEqual([]);
  });

  it("says nothing about an empty or missing section", () => {
    expect(findingsOf(rule, summaryWith({ goals: [] }))).toEqual([]);
    expect(
      findingsOf(rule, snapshotOf(heading("Pen Picture of the child"), paragraph("Maya wants a dog."))),
    ).toEqual([]);
  });
});
