import rule from "../../../src/analysis/rules/child-name-missing";
import { findingsOf, heading, paragraph, snapshotOf, summaryWith } from "../helpers";

describe("child-name-missing", () => {
  const anonymous = {
    "pen-picture": ["She is a funny, chatty girl who loves drawing and her dog, Biscuit."],
    background: ["The family have been known since 2023."],
    involvement: ["School referred because of her attendance."],
    difference: ["Her attendance is now 94%."],
    goals: ["She wants to stay at home with her mum."],
    "safety-plan": ["If Dad comes to the house drunk, Mum will ring 999."],
    contacts: ["Mum: 07700 900123"],
  };

  it("reports a summary whose text never names the child, though the headings do", () => {
    const snapshot = summaryWith(anonymous);
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.id).toBe("child-name-missing/document/body");
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.message).toContain("Maya's name is not in the text of this summary");
  });

  it("passes when the first name is used in the text, with a curly possessive", () => {
    const snapshot = summaryWith(
      { ...anonymous, difference: ["Maya’s attendance is now 94%."] },
      { childName: "Maya Green" },
    );
    expect(findingsOf(rule, snapshot, { childName: "Maya Green" })).toEqual([]);
  });

  it("says so when no name is known at all", () => {
    const snapshot = snapshotOf(
      heading("Pen Picture of the child"),
      paragraph("She is a funny, chatty girl who loves drawing."),
      heading("Safety Plan"),
      paragraph("If Dad comes to the house drunk, Mum will ring 999."),
    );
    const findings = findingsOf(rule, snapshot, { childName: null });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.id).toBe("child-name-missing/document/unknown");
    expect(findings[0]!.message).toContain("does not say which child it is about");
    expect(findings[0]!.location!.paragraph).toBe(0);
  });

  it("reads the name from the headings when the worker has not given it", () => {
    const snapshot = summaryWith(
      { ...anonymous, goals: ["Leo wants to stay at home."] },
      { childName: "Leo" },
    );
    expect(findingsOf(rule, snapshot, { childName: null })).toEqual([]);
  });
});
