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
    // The claim is quoted as written, enough to recognise, not as one word.
    expect(findings[0]!.message).toContain(
      '("Maya\'s behaviour at home has improved and she is more settled")',
    );
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

  it("does not take a parent's promise to see the GP for evidence of change", () => {
    const snapshot = summaryWith({
      difference: [
        "Maya's behaviour has improved and she seems less anxious. Things are calmer at home. Mum says she will go to the GP about her own low mood.",
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('("Maya\'s behaviour has improved and she seems less anxious")');
  });

  it("still takes what a parent says has happened as evidence", () => {
    const snapshot = summaryWith({
      difference: [
        "Maya's behaviour has improved. Mum says the tantrums have stopped since the routine chart went up.",
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("quotes the words around a short change word in a long sentence, never the word alone", () => {
    const snapshot = summaryWith({
      difference: [
        "Over the last three months, with the family support worker coming to the house on Tuesday and Thursday mornings, Maya has had less time off school and the arguments at home have been far less frequent than before.",
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    const quoted = /\("([^"]+)"\)/.exec(findings[0]!.message)![1]!;
    expect(quoted).toContain("less");
    expect(quoted.split(" ").length).toBeGreaterThan(4);
    expect(quoted).toMatch(/^…/);
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
