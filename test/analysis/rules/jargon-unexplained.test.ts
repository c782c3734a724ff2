import rule from "../../../src/analysis/rules/jargon-unexplained";
import { findingsOf, paragraph, summaryWith } from "../helpers";

describe("jargon-unexplained", () => {
  it("reports an acronym at its first use, with what it stands for and a fix that writes it out", () => {
    const snapshot = summaryWith({
      involvement: [
        "Maya has been on a CIN plan since June 2026 after a referral from school.",
        "The CIN plan is working: Mum now takes Maya to school every day.",
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.id).toBe("jargon-unexplained/involvement/CIN");
    expect(finding!.severity).toBe("warning");
    expect(finding!.message).toContain('"CIN" stands for Child in Need');
    expect(finding!.message).toContain('"Child in Need (CIN)"');
    const location = finding!.location!;
    expect(snapshot.paragraphs[location.paragraph]!.text).toBe(
      "Maya has been on a CIN plan since June 2026 after a referral from school.",
    );
    expect(snapshot.paragraphs[location.paragraph]!.text.slice(location.start, location.end)).toBe("CIN");
    expect(finding!.fix).toMatchObject({ kind: "replace-text", location, text: "Child in Need (CIN)" });
  });

  it("passes acronyms written out at first use, before or after, or earlier in the summary", () => {
    const snapshot = summaryWith({
      background: ["Maya was subject to a Child Protection Plan (CPP) in 2024 under the Public Law Outline."],
      involvement: [
        "CAMHS (Child and Adolescent Mental Health Services) have offered Maya six sessions.",
        "The PLO letter was sent in September. The CPP ended in March.",
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("lets everyday abbreviations such as GP, A&E and ADHD pass", () => {
    const snapshot = summaryWith({
      "pen-picture": [
        "Maya has ADHD and sees her GP every month. She went to A&E in May after falling off her bike.",
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("reports each acronym once, and finds section numbers in any case", () => {
    const snapshot = summaryWith({
      background: [
        "An s47 enquiry was completed in 2025 and led to an ICPC. The DA was reported by a neighbour.",
      ],
      difference: ["There have been no further S47 enquiries. DA incidents have stopped."],
    });
    const ids = findingsOf(rule, snapshot).map((f) => f.id);
    expect(ids.sort()).toEqual([
      "jargon-unexplained/background/DA",
      "jargon-unexplained/background/ICPC",
      "jargon-unexplained/background/S47",
    ]);
  });

  it("does not take ordinary words in lower or mixed case for acronyms", () => {
    const snapshot = summaryWith({
      "pen-picture": ["Maya gave me a pep talk about her dog, Cin, and her Dad."],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("offers no fix for a plural, but still explains it", () => {
    const snapshot = summaryWith({
      involvement: [paragraph("Maya's PEPs show steady progress.", { inList: true })],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Personal Education Plan");
    expect(findings[0]!.fix).toBeUndefined();
  });

  it("reports an acronym before the first heading against no section", () => {
    const snapshot = summaryWith({}, { preamble: ["CIN case summary for Maya"] });
    const findings = findingsOf(rule, snapshot);
    expect(findings.map((f) => [f.id, f.section])).toEqual([["jargon-unexplained/document/CIN", null]]);
  });
});
