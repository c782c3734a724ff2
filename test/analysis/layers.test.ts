import { analyse } from "../../src/analysis/engine";
import { loadPackFromJson, type LoadPackResult } from "../../src/analysis/load-pack";
import { defaultPack } from "../../src/analysis/built-in-packs";
import { summaryWith } from "./helpers";

/** A team's additions to the Trust's template: one prompt, and nothing copied. */
export const teamLayer = {
  id: "bradford-2025-north-team",
  extends: "bradford-2025",
  name: "Bradford 2025 – North team",
  sections: [
    {
      key: "goals",
      prompts: [{ text: "Has [Child's Name]'s family group conference been offered?", citation: "201 §2" }],
    },
  ],
};

function load(layer: unknown, context?: Parameters<typeof loadPackFromJson>[2]): LoadPackResult {
  return loadPackFromJson(JSON.stringify(layer), undefined, context);
}

const today = new Date("2026-11-22T12:00:00Z");

describe("a pack that extends another", () => {
  it("adds one prompt and keeps everything of the pack below", () => {
    const result = load(teamLayer);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const snapshot = summaryWith({ goals: ["Mum will stop drinking."] }, { childName: "Maya" });
    const below = analyse(snapshot, { pack: defaultPack, childName: "Maya", today });
    const laid = analyse(snapshot, { pack: result.pack, childName: "Maya", today });
    // The same findings, each saying which layer it came from.
    expect(laid.findings.map((f) => [f.id, f.message])).toEqual(below.findings.map((f) => [f.id, f.message]));
    expect(new Set(laid.findings.map((f) => f.layer))).toEqual(new Set(["bradford-2025"]));
    // One prompt more, the team's, in the goals section.
    expect(laid.prompts).toHaveLength(below.prompts.length + 1);
    const added = laid.prompts.find((p) => p.layer === "bradford-2025-north-team");
    expect(added).toMatchObject({
      section: "goals",
      text: "Has Maya's family group conference been offered?",
    });
    expect(result.pack.name).toBe("Bradford 2025 – North team");
    expect(result.pack.extends).toBe("bradford-2025");
  });

  it("changes a check's severity and options, turns one off, and says the layer changed it", () => {
    const result = load({
      ...teamLayer,
      sections: [
        {
          key: "goals",
          rules: [{ rule: "contingency-missing", severity: "error", options: { phrases: ["plan b"] } }],
        },
      ],
      rules: [{ rule: "readability", off: true }],
    });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const goals = result.pack.sections.find((s) => s.key === "goals")!;
    const contingency = goals.rules.find((r) => r.rule === "contingency-missing")!;
    expect(contingency).toMatchObject({
      severity: "error",
      citation: "004 §3.1(v)",
      layer: "bradford-2025-north-team",
    });
    expect(result.pack.rules.map((r) => r.rule)).not.toContain("readability");
    const findings = analyse(summaryWith({ goals: ["Mum will stop drinking by 1 March 2027."] }), {
      pack: result.pack,
      childName: "Maya",
      today,
    }).findings;
    expect(findings.find((f) => f.rule === "contingency-missing")).toMatchObject({
      severity: "error",
      layer: "bradford-2025-north-team",
    });
  });

  it("names an unknown parent, with the packs it could extend", () => {
    const result = load({ ...teamLayer, extends: "bradford-2052" });
    expect(result).toEqual({
      ok: false,
      errors: [
        'extends: "bradford-2052" is not a pack this version knows (did you mean "bradford-2025"?); the packs it can extend are general-requirements, bradford-2025, bradford-lcs, lcs-12-week, mosaic-step',
      ],
    });
  });

  it("refuses a loop, naming the layers in it", () => {
    const files: Record<string, unknown> = {
      "a.json": { id: "team-a", extends: "b.json" },
      "b.json": { id: "team-b", extends: "a.json" },
    };
    const parent = (ref: string, chain: readonly string[]): LoadPackResult | undefined =>
      files[ref] ? loadPackFromJson(JSON.stringify(files[ref]), undefined, { parent, chain }) : undefined;
    const result = load(files["a.json"], { parent, chain: [] });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(/^extends: the pack "b\.json" has a problem: extends: .*leads back/),
    ]);
  });

  it("reports every problem of a broken layer in one pass, each naming its field", () => {
    const result = load({
      id: "North Team",
      extends: "bradford-2025",
      sections: [
        { key: "family-time", rules: [{ rule: "contingency-missing" }] },
        {
          key: "goals",
          rules: [
            { rule: "child-voise", citation: "201 §1" },
            { rule: "family-view", off: true, optoins: {} },
          ],
        },
      ],
      rules: [{ rule: "not-a-check", off: true }],
    });
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^id: must be lower-case letters/),
        expect.stringMatching(
          /^sections\[1\]\.rules\[1\]\.optoins: is not a field this version knows; did you mean "options"\?/,
        ),
      ]),
    );
    const fixed = load({
      id: "north-team",
      extends: "bradford-2025",
      sections: [
        { key: "family-time", rules: [{ rule: "contingency-missing" }] },
        { key: "goals", rules: [{ rule: "child-voise", citation: "201 §1" }] },
      ],
      rules: [
        { rule: "section-order", off: true },
        { rule: "section-order", off: true },
      ],
    });
    const more = fixed.ok ? [] : fixed.errors;
    expect(more).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^sections\[1\]\.rules\[0\]\.rule: "child-voise" is not a check this version knows \(did you mean "child-voice"\?\)/,
        ),
        expect.stringMatching(/^sections\[0\]\.heading: is missing; "family-time" is a new section/),
        expect.stringMatching(/^sections\[0\]\.notes: is missing/),
        expect.stringMatching(/^rules\[1\]\.off: "section-order" is not a check of the pack below here/),
      ]),
    );
  });
});

/** A council's own template over document 000's general requirements: its headings, 000's checks by topic. */
const councilOverBase = {
  id: "kirklees",
  extends: "general-requirements",
  name: "Kirklees case summary",
  description: "Kirklees' three headings.",
  source: { document: "101", title: "Case summary guidance", issuer: "Kirklees Children's Services" },
  sections: [
    {
      key: "progress",
      heading: "Progress",
      notes: [{ text: "What has changed, and why?", citation: "101 §1" }],
      rules: [
        { rule: "section-empty", citation: "101 §1" },
        { takes: "plan-progress" },
        { takes: "engagement", severity: "info" },
        { rule: "section-too-long", citation: "101 §1", options: { maxWords: 400 } },
      ],
    },
    {
      key: "next",
      heading: "Next steps",
      notes: [{ text: "What happens next, and by when?", citation: "101 §2" }],
      rules: [{ takes: "review-dates" }, { takes: "contingency" }],
    },
  ],
  rules: [{ rule: "section-missing", citation: "101 §1" }],
};

describe("a pack that takes document 000's general requirements by topic", () => {
  it("places each topic's checks where the section names it, with 000's citation and word lists", () => {
    const result = load(councilOverBase);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const [progress, next] = result.pack.sections;
    expect(progress!.rules.map((r) => [r.rule, r.options.topic ?? null, r.severity ?? null])).toEqual([
      ["section-empty", null, null],
      ["required-topic", "plan-progress", null],
      ["required-topic", "engagement", "info"],
      ["section-too-long", null, null],
    ]);
    expect(progress!.rules[1]).toMatchObject({
      citation: "000 §What should be included(i)",
      layer: "general-requirements",
    });
    expect(next!.rules.map((r) => r.rule)).toEqual(["required-topic", "contingency-missing"]);
    expect(result.pack.extends).toBe("general-requirements");
    expect(result.pack.reviewInterval.citation).toBe("000 §Frequency(i)");

    const findings = analyse(
      summaryWith({ progress: ["Maya is doing well."], next: ["We will see."] }, { pack: result.pack }),
      { pack: result.pack, childName: "Maya", today },
    ).findings;
    expect(findings.find((f) => f.id === "required-topic/progress/plan-progress")).toMatchObject({
      guidance: "000 §What should be included(i)",
      layer: "general-requirements",
    });
  });

  it("lets a team's layer over a built-in pack take a topic into a section of its own", () => {
    const result = load({
      ...teamLayer,
      sections: [
        {
          key: "family-group-conference",
          heading: "Family group conference",
          notes: [{ text: "Has one been offered?", citation: "201 §2" }],
          rules: [{ takes: "family-network" }],
        },
      ],
    });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const added = result.pack.sections.at(-1)!;
    expect(added.rules).toEqual([
      expect.objectContaining({ rule: "required-topic", layer: "general-requirements" }),
    ]);
  });

  it("names an unknown topic, a topic taken twice, and fields a taken topic cannot have", () => {
    const result = load({
      ...councilOverBase,
      sections: [
        {
          ...councilOverBase.sections[0],
          rules: [
            { takes: "plan-progres" },
            { takes: "engagement", citation: "101 §1" },
            {},
            { takes: "review-dates" },
            { takes: "review-dates" },
          ],
        },
      ],
    });
    expect(result.ok ? [] : result.errors).toEqual([
      'sections[0].rules[1].citation: cannot be given with "takes": the topic\'s checks come as the pack below gives them, and only their "severity" can be changed here',
      'sections[0].rules[2].rule: is missing; name the check ("rule"), or the topic of the pack below whose checks go here ("takes")',
    ]);
    const second = load({
      ...councilOverBase,
      sections: [
        {
          ...councilOverBase.sections[0],
          rules: [{ takes: "plan-progres" }, { takes: "review-dates" }, { takes: "review-dates" }],
        },
      ],
    });
    expect(second.ok ? [] : second.errors).toEqual([
      expect.stringMatching(
        /^sections\[0\]\.rules\[0\]\.takes: "plan-progres" is not a topic of the pack below here \(did you mean "plan-progress"\?\); its topics are plan-progress, /,
      ),
      'sections[0].rules[2].takes: the section already has the check "required-topic" that "review-dates" brings, so it would be checked twice; take the topic or list the check, not both',
    ]);
  });
});
