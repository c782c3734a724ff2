import rule from "../../../src/analysis/rules/heading-names-other-child";
import { findingsOf, summaryWith } from "../helpers";

describe("heading-names-other-child", () => {
  it("asks when the headings name another child than the one the summary is for", () => {
    const findings = findingsOf(rule, summaryWith({}, { childName: "Elle" }), { childName: "Ellie" });
    // Every heading that carries the child's name: the difference made, the safety plan, the contacts.
    expect(findings.map((f) => f.section).sort()).toEqual(["contacts", "difference", "safety-plan"]);
    expect(findings[0]!.message).toBe(
      'Is this heading about the right child? It names Elle, but this summary is for Ellie. If Ellie is right, choose "Change the template or the child\'s name" and enter Ellie to change the headings.',
    );
    expect(findings[0]!.severity).toBe("warning");
  });

  it("is quiet when the headings name the child, by first name or in full", () => {
    expect(findingsOf(rule, summaryWith({}, { childName: "Maya" }), { childName: "Maya" })).toEqual([]);
    expect(findingsOf(rule, summaryWith({}, { childName: "Maya" }), { childName: "Maya Patel" })).toEqual([]);
  });

  it("is quiet when no name is known, and for headings still carrying [Child's Name]", () => {
    expect(findingsOf(rule, summaryWith({}, { childName: "[Child's Name]" }), { childName: "Maya" })).toEqual(
      [],
    );
  });
});
