import { analyse } from "../../src/analysis/engine";
import { loadPackFromJson } from "../../src/analysis/load-pack";
import { type Pack } from "../../src/guidance";
import { defaultPack } from "../../src/analysis/built-in-packs";
import { heading, paragraph, snapshotOf } from "./helpers";

/**
 * A council's own pack that names checks and nothing else: no word lists, no options. Each check
 * brings its own defaults, so it finds what the built-in pack's finds.
 */
const councilPack = JSON.stringify({
  id: "kirklees-cin",
  name: "Kirklees child in need summary",
  description: "Kirklees Council's child in need case summary.",
  source: { document: "101", title: "Child in need case summaries", issuer: "Kirklees Council" },
  reviewInterval: { days: 92, label: "every 3 months", citation: "101 §1" },
  sections: [
    {
      key: "about",
      heading: "About [Child's Name]",
      notes: [{ text: "Who the child is, in their own words where you can.", citation: "101 §2" }],
      rules: [{ rule: "child-voice", citation: "101 §2" }],
    },
    {
      key: "next",
      heading: "What happens next",
      notes: [
        { text: "The plan, its timescales, and what happens if it does not work.", citation: "101 §3" },
      ],
      rules: [
        { rule: "contingency-missing", citation: "101 §3" },
        { rule: "timescales-missing", citation: "101 §3" },
      ],
    },
  ],
});

function load(): Pack {
  const result = loadPackFromJson(councilPack);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.pack;
}

const today = new Date("2026-11-22T12:00:00Z");

/** The messages one check gives on a passage under the council's heading. */
function councilFindings(ruleId: string, sectionHeading: string, passage: string[]): string[] {
  const pack = load();
  const snapshot = snapshotOf(
    heading("About Maya"),
    paragraph("Maya told me “I like drawing and I want to stay with Mum”."),
    heading(sectionHeading),
    ...passage.map((text) => paragraph(text)),
  );
  return analyse(snapshot, { pack, childName: "Maya", today })
    .findings.filter((f) => f.rule === ruleId)
    .map((f) => f.message);
}

/** The messages the built-in pack's check gives on the same passage under its own heading. */
function builtInFindings(ruleId: string, sectionKey: string, passage: string[]): string[] {
  const paragraphs = defaultPack.sections.flatMap((section) => [
    heading(section.heading.split("[Child's Name]").join("Maya")),
    ...(section.key === sectionKey
      ? passage.map((text) => paragraph(text, { colour: section.colour?.hex ?? null }))
      : [paragraph("Maya told me “I like drawing”.", { colour: section.colour?.hex ?? null })]),
  ]);
  return analyse(snapshotOf(...paragraphs), { childName: "Maya", today })
    .findings.filter((f) => f.rule === ruleId)
    .map((f) => f.message);
}

describe("a bare check in a council's pack behaves as the built-in one", () => {
  it("loads with no options at all", () => {
    expect(loadPackFromJson(councilPack)).toMatchObject({ ok: true });
  });

  const noPlanB = [
    "Maya wants to stay living with Mum. The goal is for Mum to stop drinking and for Maya to be at school every day.",
    "The core group will review the plan on 12 January 2027.",
  ];
  const planB = [
    "Mum will attend the alcohol service weekly until the review on 12 January 2027.",
    "Our plan B is for Maya to stay with her aunt Jo, who has agreed to this.",
  ];
  const conditional = [
    "Mum has agreed to attend the alcohol service weekly from 1 December 2026.",
    "If Mum does not attend by the end of January, we will ask for a legal gateway discussion.",
  ];
  const onlyReview = [
    "Mum will attend the alcohol service weekly from 1 December 2026.",
    "If things don't improve, we will review the plan.",
  ];

  it("asks for a contingency plan where the goals have none", () => {
    const messages = councilFindings("contingency-missing", "What happens next", noPlanB);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("Does this say what will happen if the plan does not work for Maya?");
    expect(messages).toEqual(builtInFindings("contingency-missing", "goals", noPlanB));
  });

  it('counts "plan B" from the check\'s own word list, which the council never wrote', () => {
    expect(councilFindings("contingency-missing", "What happens next", planB)).toEqual([]);
    expect(builtInFindings("contingency-missing", "goals", planB)).toEqual([]);
  });

  it("counts a condition with an action, as the built-in check does", () => {
    expect(councilFindings("contingency-missing", "What happens next", conditional)).toEqual([]);
    expect(councilFindings("contingency-missing", "What happens next", onlyReview)).toEqual(
      builtInFindings("contingency-missing", "goals", onlyReview),
    );
  });

  it("finds goals without timescales as the built-in check does, and passes dated ones", () => {
    const undated = ["Mum will stop drinking. Maya will go to school every day."];
    const messages = councilFindings("timescales-missing", "What happens next", undated);
    expect(messages).toHaveLength(1);
    expect(messages).toEqual(builtInFindings("timescales-missing", "goals", undated));
    expect(councilFindings("timescales-missing", "What happens next", planB)).toEqual([]);
  });

  it("a council's option replaces that one default and keeps the others", () => {
    const pack = JSON.parse(councilPack) as {
      sections: { rules: { rule: string; options?: Record<string, unknown> }[] }[];
    };
    pack.sections[1]!.rules[0]!.options = { phrases: ["standby carer"] };
    const result = loadPackFromJson(JSON.stringify(pack));
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const analyseWith = (lines: string[]) =>
      analyse(snapshotOf(heading("What happens next"), ...lines.map((text) => paragraph(text))), {
        pack: result.pack,
        childName: "Maya",
        today,
      }).findings.filter((f) => f.rule === "contingency-missing");
    // "plan B" is no longer one of the phrases; the council's own is.
    expect(analyseWith(planB)).toHaveLength(1);
    expect(analyseWith(["Aunt Jo is Maya's standby carer until 12 January 2027."])).toEqual([]);
    // The conditions, setbacks and consequences are still the rule's own.
    expect(analyseWith(conditional)).toEqual([]);
  });
});
