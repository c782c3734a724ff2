import rule from "../../../src/analysis/rules/timescales-missing";
import { findingsOf, heading, paragraph, snapshotOf, summaryWith } from "../helpers";

describe("timescales-missing", () => {
  it("reports goals with neither timescales nor a review, at the heading", () => {
    const snapshot = summaryWith({
      goals: [
        "Maya needs to be attending school every day and to feel settled at home.",
        "Mum needs to engage with the drug and alcohol service and show that she can keep Maya safe.",
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.id).toBe("timescales-missing/goals/dates-and-review");
    expect(findings[0]!.message).toContain("no timescales");
    expect(findings[0]!.message).toContain("reviewed");
    expect(snapshot.paragraphs[findings[0]!.location!.paragraph]!.text).toBe(
      "Goals and what needs to happen next?",
    );
  });

  it("names only the review when the goals have dates", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        goals: ["Mum will complete the Freedom Programme by 31 March 2027 so that Maya feels safe at home."],
      }),
    );
    expect(findings.map((f) => f.id)).toEqual(["timescales-missing/goals/review"]);
    expect(findings[0]!.message).toContain("do not say how the plan will be reviewed");
  });

  it("names only the timescales when the goals say how the plan is reviewed", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        goals: [
          "Progress will be looked at by the core group, and Mum will keep working with the family support worker.",
        ],
      }),
    );
    expect(findings.map((f) => f.id)).toEqual(["timescales-missing/goals/dates"]);
    expect(findings[0]!.message).toContain("no dates or timescales");
  });

  it("passes goals with a timescale in words and a review", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        goals: [
          "Maya's attendance should be above 90% by the end of the school term.",
          "Within six weeks Mum will have started the parenting programme; the core group will review this at the next core group.",
        ],
      }),
    );
    expect(findings).toEqual([]);
  });

  it('does not take "now", "today" or a time of day for a timescale', () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        goals: [
          "Mum needs to stop drinking now and to be up in time to take Maya to school at 8.30am. Maya needs to feel safe at home from today. We will review this.",
        ],
      }),
    );
    expect(findings.map((f) => f.id)).toEqual(["timescales-missing/goals/dates"]);
    expect(findings[0]!.message).toContain("give no dates or timescales");
  });

  it("counts a weekday or a length of time as a timescale", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        goals: [
          "Mum will book the GP appointment by Friday and start counselling in two months; the core group will review this.",
        ],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("passes timescales written as list items", () => {
    const snapshot = summaryWith({
      goals: [
        paragraph("Maya to see the school nurse fortnightly.", { inList: true }),
        paragraph("Child in Need review on 14 January 2027.", { inList: true }),
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("says nothing about an empty or missing goals section", () => {
    expect(findingsOf(rule, summaryWith({ goals: [] }))).toEqual([]);
    expect(
      findingsOf(rule, snapshotOf(heading("Pen Picture of the child"), paragraph("Maya is 9."))),
    ).toEqual([]);
  });
});
