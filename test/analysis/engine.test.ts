import { analyse, createAnalyser } from "../../src/analysis/engine";
import type { RuleModule } from "../../src/analysis/types";
import { defaultPack } from "../../src/analysis/built-in-packs";
import { heading, paragraph, snapshotOf, summaryWith } from "./helpers";
import { z } from "zod";

const today = new Date("2026-11-22T12:00:00Z");

/** A pen picture of one sentence in black (the pack asks for blue), and an empty Background. */
const penPictureInBlack = () =>
  snapshotOf(
    heading("Pen Picture of the child"),
    paragraph("Maya is nine.", { colour: "#000000" }),
    heading("Background information"),
    paragraph(""),
  );

describe("analyse", () => {
  it("summarises each section's state for the pane", () => {
    const snapshot = penPictureInBlack();
    const result = analyse(snapshot, { pack: defaultPack, childName: "Maya", today });
    const byKey = Object.fromEntries(result.sections.map((s) => [s.key, s]));
    expect(byKey["pen-picture"]).toMatchObject({
      found: true,
      state: "needs-attention",
      headingText: "Pen Picture of the child",
    });
    expect(byKey["pen-picture"]!.counts.error).toBeGreaterThanOrEqual(1);
    expect(byKey["background"]).toMatchObject({ found: true, state: "needs-attention" });
    expect(byKey["difference"]).toMatchObject({
      found: false,
      state: "missing",
      heading: "What difference have we made for Maya?",
      location: null,
    });
  });

  it("lists errors before warnings and keeps ids stable when text is added above", () => {
    const before = analyse(summaryWith({ goals: [""] }), { pack: defaultPack, childName: "Maya", today });
    const severities = before.findings.map((f) => f.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ["error", "warning", "info"].indexOf(a) - ["error", "warning", "info"].indexOf(b),
      ),
    );
    const empty = before.findings.find((f) => f.rule === "section-empty");
    expect(empty?.id).toBe("section-empty/goals");

    const moved = summaryWith(
      { goals: [""] },
      { preamble: ["Case summary for Maya", "Updated 1 November 2026"] },
    );
    const after = analyse(moved, { pack: defaultPack, childName: "Maya", today });
    const emptyAfter = after.findings.find((f) => f.rule === "section-empty");
    expect(emptyAfter?.id).toBe(empty?.id);
    expect(emptyAfter?.location?.paragraph).toBe(empty!.location!.paragraph + 2);
  });

  it("moves dismissed findings aside and restores them when the dismissal is withdrawn", () => {
    const snapshot = summaryWith({ goals: [""] });
    const all = analyse(snapshot, { pack: defaultPack, childName: "Maya", today });
    const dismissed = analyse(snapshot, {
      pack: defaultPack,
      childName: "Maya",
      today,
      dismissed: ["section-empty/goals"],
    });
    expect(dismissed.findings.some((f) => f.id === "section-empty/goals")).toBe(false);
    expect(dismissed.dismissedFindings.map((f) => f.id)).toEqual(["section-empty/goals"]);
    expect(dismissed.findings.length).toBe(all.findings.length - 1);
  });

  it("fills the child's name into the prompts, or says 'the child' when it is unknown", () => {
    const named = analyse(summaryWith({}), { pack: defaultPack, childName: "Maya", today });
    expect(named.prompts.filter((p) => p.section === "difference").map((p) => p.text)).toEqual(
      expect.arrayContaining([
        "Why has change happened?",
        "So what does this mean for Maya?",
        "How do we know?",
      ]),
    );
    expect(named.prompts.find((p) => p.section === null)?.text).toBe(
      "If Maya reads this as an adult, will they understand it?",
    );
    const unnamed = analyse(snapshotOf(paragraph("Notes")), { pack: defaultPack, today });
    expect(unnamed.childName).toBeNull();
    expect(unnamed.prompts.some((p) => p.text === "So what does this mean for the child?")).toBe(true);
  });

  it("reads the child's name from the headings when the worker has not given it", () => {
    const result = analyse(summaryWith({}, { childName: "Leon" }), { pack: defaultPack, today });
    expect(result.childName).toBe("Leon");
  });
});

describe("createAnalyser", () => {
  it("re-checks only the sections whose text changed", () => {
    const calls: string[] = [];
    const counting: RuleModule<Record<string, never>> = {
      meta: {
        id: "section-empty",
        description: "counts",
        messages: {},
        defaultSeverity: "info",
        scope: "section",
        options: z.object({}),
      },
      check({ section }) {
        calls.push(section!.key);
      },
    };
    const rules = new Map([["section-empty", counting as RuleModule<unknown>]]);
    const pack = {
      ...defaultPack,
      rules: [],
      sections: defaultPack.sections.map((s) => ({
        ...s,
        rules: s.rules.filter((r) => r.rule === "section-empty"),
      })),
    };
    const analyser = createAnalyser();
    const first = summaryWith({});
    analyser.analyse(first, { pack, rules, today, childName: "Maya" });
    expect(calls).toHaveLength(7);

    calls.length = 0;
    const edited = structuredClone(first);
    const goalsBody = edited.paragraphs.findIndex((p) => p.text.startsWith("Goals")) + 1;
    edited.paragraphs[goalsBody]!.text = "Maya wants to stay at her school.";
    analyser.analyse(edited, { pack, rules, today, childName: "Maya" });
    expect(calls).toEqual(["goals"]);
  });

  it("re-checks a section whose checks read beyond it when the rest of the document changes", () => {
    // The goals ask what the child thinks, unless the summary says the child is a baby.
    const analyser = createAnalyser();
    const options = { pack: defaultPack, today, childName: "Amara" };
    const before = summaryWith(
      { goals: ["Chloe wants to move back to the flat by Christmas."] },
      { childName: "Amara" },
    );
    const asked = analyser.analyse(before, options).findings.map((f) => f.id);
    expect(asked).toContain("family-view/goals/child");
    const baby = structuredClone(before);
    baby.paragraphs.unshift({
      ...baby.paragraphs[1]!,
      text: "Case summary – Amara Francis, DOB 12/04/2026",
      styleBuiltIn: "Title",
      colour: null,
    });
    const after = analyser.analyse(baby, options).findings.map((f) => f.id);
    expect(after).not.toContain("family-view/goals/child");
  });
});

describe("analyse with no options", () => {
  it("chooses among the built-in templates from the headings", () => {
    const result = analyse(snapshotOf(heading("Pen picture of the child and reason for our involvement")));
    expect(result.pack.id).toBe("mosaic-step");
  });
});

describe("an organisation's pack that reuses a built-in id", () => {
  it("is checked against its own rules, not findings remembered for the built-in pack", () => {
    const analyser = createAnalyser();
    const snapshot = summaryWith({ goals: [""] });
    const builtIn = analyser.analyse(snapshot, { pack: defaultPack, childName: "Maya", today });
    expect(builtIn.findings.some((f) => f.id === "section-empty/goals")).toBe(true);
    const ownPack = {
      ...defaultPack,
      sections: defaultPack.sections.map((s) => ({ ...s, rules: [] })),
      rules: [],
    };
    const own = analyser.analyse(snapshot, { pack: ownPack, childName: "Maya", today });
    expect(own.findings).toEqual([]);
  });
});

describe("the child's name from the title line", () => {
  it("is used in prompts and messages when the template's headings carry no name", () => {
    const snapshot = snapshotOf(
      paragraph("Case Summary – Ellie Carter"),
      heading("Pen picture of the child and reason for our involvement"),
      paragraph("Ellie is six."),
      heading("What has happened in the last 3 months?"),
      paragraph("Ellie moved school."),
    );
    const result = analyse(snapshot, { today });
    expect(result.pack.id).toBe("mosaic-step");
    expect(result.childName).toBe("Ellie Carter");
  });
});

describe("a fix carries what it expects of the document", () => {
  it("the paragraph count, a fingerprint of every paragraph up to its own, and its own text", () => {
    const snapshot = snapshotOf(
      heading("Pen Picture of the child"),
      paragraph("Amy is seven."),
      paragraph("[Child's Name] loves swimming."),
    );
    const result = analyse(snapshot, { pack: defaultPack, childName: "Amy" });
    const fix = result.findings.find((f) => f.fix?.kind === "replace-text")?.fix;
    expect(fix?.expects).toMatchObject({ paragraphCount: 3, texts: expect.any(Object) });
    const target = fix!.kind === "replace-text" ? fix!.location.paragraph : -1;
    expect(fix!.expects!.texts[target]).toBe(snapshot.paragraphs[target]!.text);
    expect(fix!.expects!.upTo).toBe(target);
  });
});

describe("each finding and prompt carries its source", () => {
  const snapshot = penPictureInBlack();
  const result = analyse(snapshot, { pack: defaultPack, childName: "Maya", today });

  it("a check's card can say where it comes from and what the guidance says there, without the pack", () => {
    const colour = result.findings.find((f) => f.rule === "section-colour" && f.section === "pen-picture")!;
    expect(colour.source.citation).toBe("004 §3.1(i)");
    expect(colour.source.label).toBe("Bradford Children and Families Trust guidance (2025), 3.1(i)");
    expect(colour.source.notes.map((n) => n.text)).toContain("This should be recorded in blue.");
    // Only the notes that cite the same paragraph: the pen picture's 004 §4.6 note is not among them.
    expect(colour.source.notes.every((n) => n.citation === "004 §3.1(i)")).toBe(true);
  });

  it("a prompt carries its citation in both forms", () => {
    const prompt = result.prompts.find((p) => p.section === "pen-picture")!;
    expect(prompt.source.citation).toBe(prompt.guidance);
    expect(prompt.source.label).toMatch(/^Bradford Children and Families Trust guidance \(2025\), /);
  });

  it("a section's guidance is grouped under the paragraphs it cites, in the pack's order", () => {
    const pen = result.sections.find((s) => s.key === "pen-picture")!;
    expect(pen.guidance.map((g) => g.citation)).toEqual(["004 §3.1(i)", "004 §4.6"]);
    expect(pen.guidance[0]!.notes).toContain("This should be recorded in blue.");
  });

  it("an organisation's own citation with no longer form is shown as written", () => {
    const own = {
      ...defaultPack,
      id: "own",
      rules: [
        ...defaultPack.rules.filter((r) => r.rule !== "summary-overdue"),
        { rule: "summary-overdue", citation: "Local guidance, page 4", options: {} },
      ],
    };
    const overdue = analyse(snapshot, { pack: own, childName: "Maya", today }).findings.find(
      (f) => f.rule === "summary-overdue",
    );
    expect(overdue?.source).toMatchObject({
      citation: "Local guidance, page 4",
      label: "Local guidance, page 4",
    });
  });
});
