import rule from "../../../src/analysis/rules/placeholder-left";
import { bradford2025Good } from "../../../src/examples/bradford-2025-good";
import { bradford2025Poor } from "../../../src/examples/bradford-2025-poor";
import { findingsOf, heading, paragraph, snapshotOf, summaryWith } from "../helpers";

const textAt = (
  snapshot: { paragraphs: { text: string }[] },
  location: { paragraph: number; start: number; end: number } | null,
) => (location ? snapshot.paragraphs[location.paragraph]!.text.slice(location.start, location.end) : null);

describe("placeholder-left", () => {
  it("finds [Child's Name] left in the pen picture and offers to fill in the child's name", () => {
    const snapshot = summaryWith({
      "pen-picture": ["[Child's Name] is 9 and lives with her mum and her brother Leo in Bradford."],
    });
    const [finding, ...rest] = findingsOf(rule, snapshot);
    expect(rest).toHaveLength(0);
    expect(finding!.severity).toBe("error");
    expect(finding!.section).toBe("pen-picture");
    expect(finding!.message).toContain("[Child's Name]");
    expect(finding!.message).toContain("Maya");
    expect(textAt(snapshot, finding!.location)).toBe("[Child's Name]");
    expect(finding!.fix).toMatchObject({ kind: "replace-text", location: finding!.location, text: "Maya" });
  });

  it("finds the placeholder whatever the case or apostrophe, and before a possessive", () => {
    const snapshot = summaryWith({
      "pen-picture": ["[child’s name]'s favourite subject is art.", "[CHILD NAME] goes swimming with Nan."],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings.map((f) => textAt(snapshot, f.location))).toEqual(["[child’s name]", "[CHILD NAME]"]);
    expect(findings.every((f) => f.fix?.kind === "replace-text")).toBe(true);
  });

  it("asks for the name but offers no fix when the child's name is not known", () => {
    const snapshot = snapshotOf(
      heading("Pen Picture of the child"),
      paragraph("[Child's Name] lives with her grandparents and goes to Oakfield Primary School."),
    );
    const findings = findingsOf(rule, snapshot, { childName: null });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Replace it with the child's name");
    expect(findings[0]!.fix).toBeUndefined();
  });

  it("finds other placeholders and bracketed instructions, without a fix", () => {
    const snapshot = summaryWith(
      {
        goals: ["The plan will be reviewed at the Child in Need review on [insert date of review]."],
        contacts: ["Mum: Sarah Thompson, date of birth [DOB], 07700 900123"],
      },
      { preamble: ["Date of summary: xx/xx/xxxx"] },
    );
    const findings = findingsOf(rule, snapshot);
    const byText = new Map(findings.map((f) => [textAt(snapshot, f.location), f]));
    expect([...byText.keys()].sort()).toEqual(["[DOB]", "[insert date of review]", "xx/xx/xxxx"]);
    expect(byText.get("xx/xx/xxxx")!.section).toBeNull();
    expect(byText.get("[insert date of review]")!.message).toContain("template instruction");
    expect(byText.get("[DOB]")!.section).toBe("contacts");
    expect(findings.every((f) => f.fix === undefined)).toBe(true);
  });

  it("keeps the words of a bracketed note out of the finding's id", () => {
    const snapshot = summaryWith({
      goals: ["Contact with Dad to be reviewed [add date of Darren Hall's release from HMP Leeds]."],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("template instruction");
    expect(findings[0]!.id).toMatch(/^placeholder-left\/goals\/instruction-[0-9a-z]+$/);
    expect(findings[0]!.id.toLowerCase()).not.toMatch(/darren|hall|release|leeds/);
  });

  it("finds a sentence of the template's guidance notes left in the section", () => {
    const snapshot = summaryWith({
      "pen-picture": [
        "Maya is 9 and lives with her mum. This should be recorded in blue.",
        "For older children and teenagers, include their hopes for the future and their aspirations.",
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings.map((f) => textAt(snapshot, f.location))).toEqual([
      "This should be recorded in blue.",
      "For older children and teenagers, include their hopes for the future and their aspirations.",
    ]);
    expect(findings[0]!.message).toContain("guidance note");
    expect(findings[0]!.severity).toBe("error");
  });

  it("finds a guidance sentence after a label, in any case", () => {
    const snapshot = summaryWith({ "safety-plan": ["Note: THIS SHOULD BE RECORDED IN RED"] });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.section).toBe("safety-plan");
  });

  it("does not flag short phrases the guidance happens to use, or the worker's own answer to a note", () => {
    const snapshot = summaryWith({
      difference: [
        "Note any key events.",
        "How do we know? Maya's teacher says she is more settled and her attendance is 97 per cent this term.",
      ],
      goals: ["What are our goals for Maya? That she feels safe at home and goes to school every day."],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("gives each occurrence its own stable id", () => {
    const one = summaryWith({ "pen-picture": ["[Child's Name] lives with her mum."] });
    const two = summaryWith({
      "pen-picture": ["[Child's Name] lives with her mum.", "[Child's Name] loves art."],
    });
    const firstIds = findingsOf(rule, one).map((f) => f.id);
    const secondIds = findingsOf(rule, two).map((f) => f.id);
    expect(secondIds).toHaveLength(2);
    expect(new Set(secondIds).size).toBe(2);
    expect(secondIds[0]).toBe(firstIds[0]);
  });

  it("passes the good demo summary and catches the poor one's leftovers", () => {
    expect(findingsOf(rule, bradford2025Good)).toEqual([]);
    const poor = findingsOf(rule, bradford2025Poor);
    expect(poor.map((f) => textAt(bradford2025Poor, f.location))).toEqual(
      expect.arrayContaining([
        "[Child's Name]",
        "xx/xx/xxxx",
        "This should be recorded in blue.",
        "[insert review date]",
      ]),
    );
  });

  it("finds the blanks of a printed template, with their hint, and not an ellipsis", () => {
    const snapshot = summaryWith({
      "pen-picture": [
        "Harvey lives with ______ (name of child) and Mum.",
        "Date agreed: ..........",
        "Mum said... nothing more.",
      ],
    });
    const findings = findingsOf(rule, snapshot).filter((f) => f.id.includes("/blank"));
    expect(findings.map((f) => f.severity)).toEqual(["error", "error"]);
    expect(findings[0]!.message).toContain('"______ (name of child)"');
    const location = findings[0]!.location!;
    expect(snapshot.paragraphs[location.paragraph]!.text.slice(location.start, location.end)).toBe(
      "______ (name of child)",
    );
  });
});
