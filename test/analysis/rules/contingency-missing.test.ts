import rule from "../../../src/analysis/rules/contingency-missing";
import { findingsOf, heading, paragraph, snapshotOf, summaryWith } from "../helpers";

describe("contingency-missing", () => {
  it("reports goals that say nothing about what happens if the plan does not work", () => {
    const snapshot = summaryWith({
      goals: [
        "Maya wants to stay living with Mum. The goal is for Mum to stop drinking and for Maya to be at school every day.",
        "The core group will review the plan on 12 January 2027.",
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.message).toContain("if the plan does not work for Maya");
    expect(findings[0]!.message).toContain("contingency plan");
    expect(findings[0]!.location!.paragraph).toBe(
      snapshot.paragraphs.findIndex((p) => p.text.startsWith("Goals")),
    );
  });

  it("passes a contingency written as a condition and a consequence", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        goals: [
          "Mum has agreed to attend the alcohol service weekly. If Mum does not attend by the end of January, we will ask for a legal gateway discussion.",
        ],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("passes 'should … not' with curly apostrophes and escalation", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        goals: ["Should Dad’s drinking continue, the plan will be stepped up to a child protection plan."],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("passes a named contingency plan in a list", () => {
    const snapshot = summaryWith({
      goals: [
        paragraph("Maya to attend school every day.", { inList: true }),
        paragraph("Contingency: Maya will stay with her nan, Mrs Green, while a PLO meeting is arranged.", {
          inList: true,
        }),
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("does not take escalation or PLO, written as what has happened, for a contingency plan", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        goals: [
          "Maya is subject to PLO. Dad's drinking has escalated since the summer and Maya wants him to stop. The core group will review the plan on 12 January 2027.",
        ],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(
      "Does this say what will happen if the plan does not work for Maya?",
    );
  });

  it("passes escalation to PLO written as what will happen if the plan does not work", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        goals: ["If Dad's drinking escalates again, the case will go to a legal planning meeting for PLO."],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("takes a conditional with an action, in the worker's words, for a contingency", () => {
    for (const goals of [
      "If Wayne returns to the house we will hold a strategy discussion the same day and seek legal advice.",
      "Should Maya go missing overnight again, we would convene a strategy meeting.",
      "We will ask Nan to care for Maya if Mum is admitted to hospital.",
    ]) {
      expect(findingsOf(rule, summaryWith({ goals: [goals] }))).toEqual([]);
    }
  });

  it("does not take a hopeful condition for a contingency", () => {
    const findings = findingsOf(
      rule,
      summaryWith({ goals: ["If Maya's attendance improves, we will close the case at the next review."] }),
    );
    expect(findings).toHaveLength(1);
  });

  it("says nothing about an empty or missing section", () => {
    expect(findingsOf(rule, summaryWith({ goals: [] }))).toEqual([]);
    expect(
      findingsOf(rule, snapshotOf(heading("Background information"), paragraph("Known since 2023."))),
    ).toEqual([]);
  });
});
