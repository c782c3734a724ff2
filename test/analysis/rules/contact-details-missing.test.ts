import rule from "../../../src/analysis/rules/contact-details-missing";
import { findingsOf, heading, paragraph, snapshotOf, summaryWith } from "../helpers";

const contacts = (...lines: string[]) =>
  summaryWith({ contacts: lines.map((line) => paragraph(line, { inTable: true })) });

describe("contact-details-missing", () => {
  it("reports a contacts section with names but no telephone number or email", () => {
    const snapshot = contacts(
      "Mum: Kerry Green, 14 Ashgrove Road",
      "Nan: Susan Green (lives nearby)",
      "Social worker: Tom Walsh, Keighley team",
      "Date of birth: 03/06/2016",
    );
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("error");
    expect(findings[0]!.message).toContain("no telephone number or email address");
    expect(findings[0]!.message).toContain("emergency duty team");
    expect(snapshot.paragraphs[findings[0]!.location!.paragraph]!.text).toBe(
      "Maya Family Contact Details and Professional Involvements",
    );
  });

  it.each([
    ["a landline with a space", "Bradford Children and Families Trust: 01274 436060"],
    ["a mobile", "Mum: Kerry Green, 07700 900123"],
    ["an international mobile", "Dad: +44 7700 900123"],
    ["an international mobile with (0)", "Dad: +44 (0)7700 900123"],
    ["a hyphenated Leeds number", "School office: 0113-123-4567"],
    ["a bracketed area code", "GP surgery (01274) 436060"],
    ["an email address", "Health visitor: j.brown@nhs.example.uk"],
  ])("passes %s", (_label, line) => {
    expect(findingsOf(rule, contacts("Social worker: Tom Walsh", line))).toEqual([]);
  });

  it("does not take a short or over-long number for a telephone number", () => {
    expect(findingsOf(rule, contacts("Case number 012345", "Ref 0123 4567 8901 2345"))).toHaveLength(1);
  });

  it("says nothing about an empty or missing section", () => {
    expect(findingsOf(rule, summaryWith({ contacts: [] }))).toEqual([]);
    expect(
      findingsOf(rule, snapshotOf(heading("Pen Picture of the child"), paragraph("Maya is 9."))),
    ).toEqual([]);
  });
});
