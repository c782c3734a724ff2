import rule from "../../../src/analysis/rules/summary-overdue";
import { defaultPack } from "../../../src/analysis/built-in-packs";
import { findingsOf, paragraph, summaryWith } from "../helpers";

const today = new Date("2026-11-22T12:00:00Z");

describe("summary-overdue", () => {
  it("reports a summary dated more than 3 months ago, with how overdue it is, at the date", () => {
    const snapshot = summaryWith({}, { preamble: ["Child's Case Summary", "Date of summary: 3 June 2026"] });
    const findings = findingsOf(rule, snapshot, { today });
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.id).toBe("summary-overdue/document/overdue");
    expect(finding!.severity).toBe("warning");
    // 3 June to 22 November is 172 days; 92 are allowed.
    expect(finding!.message).toContain("dated 3 June 2026, 172 days ago: 80 days (11 weeks) overdue");
    expect(finding!.message).toContain("at least every 3 months");
    const location = finding!.location!;
    expect(snapshot.paragraphs[location.paragraph]!.text.slice(location.start, location.end)).toBe(
      "3 June 2026",
    );
  });

  it("passes a summary updated within the interval, taking the latest date line", () => {
    const snapshot = summaryWith(
      { contacts: ["Mum: 07700 900123", "Summary updated 2 October 2026 after the core group."] },
      { preamble: ["Date of summary: 3 June 2026"] },
    );
    expect(findingsOf(rule, snapshot, { today })).toEqual([]);
  });

  it.each([
    ["a numeric date", "Updated: 03/06/2026"],
    ["a dotted short date", "Last reviewed 3.6.26"],
    ["a bulleted line", "• Last updated – 3rd June 2026"],
  ])("reads %s", (_label, line) => {
    const findings = findingsOf(rule, summaryWith({}, { preamble: [paragraph(line)] }), { today });
    expect(findings.map((f) => f.id)).toEqual(["summary-overdue/document/overdue"]);
    expect(findings[0]!.message).toContain("3 June 2026");
  });

  it("reports a summary with no date under its own key", () => {
    const findings = findingsOf(rule, summaryWith({}, { preamble: ["Child's Case Summary"] }), { today });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.id).toBe("summary-overdue/document/no-date");
    expect(findings[0]!.message).toContain("has no date");
    expect(findings[0]!.message).toContain("Date of summary: 22 November 2026");
  });

  it("does not take a date in the body for the summary's date unless the line says so", () => {
    const snapshot = summaryWith({
      background: ["Mum updated me on 3 June 2026 that Dad had moved out."],
      goals: ["Date of next review: 5 January 2027."],
    });
    expect(findingsOf(rule, snapshot, { today }).map((f) => f.id)).toEqual([
      "summary-overdue/document/no-date",
    ]);
  });

  it.each([["Date of birth: 04/05/2016"], ["DOB: 4 May 2016"], ["D.O.B. 04.05.16"]])(
    "never takes a date of birth (%s) for the summary's date",
    (line) => {
      const snapshot = summaryWith({}, { preamble: ["Child's Case Summary – Maya Thompson", line] });
      const findings = findingsOf(rule, snapshot, { today });
      expect(findings.map((f) => f.id)).toEqual(["summary-overdue/document/no-date"]);
      expect(findings[0]!.message).toContain("has no date");
    },
  );

  it("reads the summary's date on a line that also gives the date of birth", () => {
    for (const line of [
      "Maya Thompson, DOB 04/05/2016. Date of summary: 2 October 2026",
      "Date of summary: 2 October 2026 (DOB 04/05/2016)",
    ]) {
      const snapshot = summaryWith({}, { preamble: ["Child's Case Summary", line] });
      expect(findingsOf(rule, snapshot, { today })).toEqual([]);
    }
  });

  it("uses the pack's review interval", () => {
    const pack = {
      ...defaultPack,
      reviewInterval: { days: 84, label: "12 weeks", citation: "003 §Case Summary Guidance" },
    };
    const findings = findingsOf(
      rule,
      summaryWith({}, { pack, preamble: ["Date of summary: 20 August 2026"] }),
      {
        pack,
        today,
      },
    );
    // 94 days old: within 3 months, but more than 12 weeks (84 days).
    expect(findings[0]!.message).toContain("10 days overdue");
    expect(findings[0]!.message).toContain("12 weeks");
  });
});
