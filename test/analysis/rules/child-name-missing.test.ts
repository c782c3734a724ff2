import rule from "../../../src/analysis/rules/child-name-missing";
import { getPack } from "../../../src/analysis/built-in-packs";
import { findingsOf, heading, paragraph, snapshotOf, summaryWith } from "../helpers";

/** 003's template: its headings have no [Child's Name], so the name cannot be read from them. */
const lcs12Week = getPack("lcs-12-week")!;
const bodiesNamingMaya = Object.fromEntries(
  lcs12Week.sections.map((s) => [
    s.key,
    [`Maya told me what matters to her about ${s.key.replace(/-/g, " ")}.`],
  ]),
);

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

  describe("in a template whose headings do not carry the child's name", () => {
    it("learns the name from the title line and passes a summary that names Maya throughout", () => {
      for (const title of [
        "Case summary for Maya Thompson",
        "Case Summary – Maya Thompson (updated 3 June 2026)",
      ]) {
        const snapshot = summaryWith(bodiesNamingMaya, { pack: lcs12Week, preamble: [title] });
        expect(findingsOf(rule, snapshot, { pack: lcs12Week, childName: null })).toEqual([]);
      }
    });

    it("stays quiet when no name is known, and never points to headings the template does not have", () => {
      const snapshot = summaryWith(bodiesNamingMaya, { pack: lcs12Week, preamble: ["Case Summary"] });
      expect(findingsOf(rule, snapshot, { pack: lcs12Week, childName: null })).toEqual([]);
    });

    it("reports a summary named only in its title, without mentioning headings", () => {
      const anonymousBodies = Object.fromEntries(
        lcs12Week.sections.map((s) => [s.key, ["She is doing well and her mum is working with us."]]),
      );
      const snapshot = summaryWith(anonymousBodies, {
        pack: lcs12Week,
        preamble: ["Case Summary – Ellie Carter"],
      });
      const findings = findingsOf(rule, snapshot, { pack: lcs12Week, childName: null });
      expect(findings.map((f) => f.id)).toEqual(["child-name-missing/document/body"]);
      expect(findings[0]!.message).toContain(
        "Ellie's name is not in the text of this summary, only in its title",
      );
      expect(findings[0]!.message).not.toContain("heading");
      expect(findings[0]!.message).not.toContain("[Child's Name]");
    });

    it("does not take a word such as Draft or Updated after the title for a name", () => {
      for (const title of ["Case Summary – Draft", "Case Summary – Updated 3/6/26"]) {
        const anonymousBodies = Object.fromEntries(
          lcs12Week.sections.map((s) => [s.key, ["She is doing well."]]),
        );
        const snapshot = summaryWith(anonymousBodies, { pack: lcs12Week, preamble: [title] });
        expect(findingsOf(rule, snapshot, { pack: lcs12Week, childName: null })).toEqual([]);
      }
    });
  });
});
