import rule from "../../../src/analysis/rules/evidence-missing";
import { bradford2025Good } from "../../../src/examples/bradford-2025-good";
import { bradford2025Poor } from "../../../src/examples/bradford-2025-poor";
import { findingsOf, summaryWith } from "../helpers";

describe("evidence-missing", () => {
  it("warns at the first sentence that claims change without saying how we know", () => {
    const snapshot = summaryWith({
      difference: [
        "Mum has engaged well with the Freedom Programme. Maya's behaviour at home has improved and she is more settled. Things are better at home.",
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.message).toContain('("improved")');
    expect(findings[0]!.message).toContain("how we know");
    const location = findings[0]!.location!;
    expect(snapshot.paragraphs[location.paragraph]!.text.slice(location.start, location.end)).toBe(
      "Maya's behaviour at home has improved and she is more settled.",
    );
  });

  it("also asks for evidence when things have got worse", () => {
    const findings = findingsOf(
      rule,
      summaryWith({ difference: ["Maya's sleep has got worse since Dad moved back."] }),
    );
    expect(findings).toHaveLength(1);
  });

  it("passes when the change is backed by what was observed or what school reports", () => {
    const snapshot = summaryWith({
      difference: [
        "Maya's attendance has improved from 86 to 97 per cent this term, according to school records. When I visited in October I saw her playing happily with Leo.",
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("says nothing when no change is claimed", () => {
    const snapshot = summaryWith({
      difference: [
        "Mum has attended eight Freedom Programme sessions and Maya sees her learning mentor weekly.",
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("ignores an empty section", () => {
    expect(findingsOf(rule, summaryWith({ difference: [] }))).toEqual([]);
  });

  it("passes the good demo summary and catches the poor one", () => {
    expect(findingsOf(rule, bradford2025Good)).toEqual([]);
    expect(findingsOf(rule, bradford2025Poor).map((f) => f.section)).toEqual(["difference"]);
  });
});
