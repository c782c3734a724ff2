import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { analyse } from "../../src/analysis/engine";
import { builtInPacks, defaultPack } from "../../src/analysis/built-in-packs";
import { findJsonSyntaxError, loadPackFromJson } from "../../src/analysis/load-pack";
import { builtInRules } from "../../src/analysis/rules";
import sectionEmpty from "../../src/analysis/rules/section-empty";
import sectionMissing from "../../src/analysis/rules/section-missing";
import sectionTooLong from "../../src/analysis/rules/section-too-long";
import { heading, paragraph } from "../../src/analysis/snapshot";
import type { RuleModule } from "../../src/analysis/types";

const northshireText = readFileSync(join(__dirname, "../fixtures/packs/northshire.json"), "utf8");
type Json = Record<string, unknown>;
const northshire = (): Json => JSON.parse(northshireText) as Json;

/** The structural checks only, so these tests do not depend on the language checks' options. */
const structuralRules = new Map<string, RuleModule<unknown>>(
  [sectionEmpty, sectionMissing, sectionTooLong].map((rule) => [rule.meta.id, rule as RuleModule<unknown>]),
);

/** A small valid pack that uses only the structural checks. */
function minimalPack(): Json {
  return {
    id: "westmoor",
    name: "Westmoor Council (fictional)",
    description: "Two headings.",
    source: { document: "102", title: "Summary standard", issuer: "Westmoor Council" },
    reviewInterval: { days: 92, label: "3 months", citation: "102 §1" },
    sections: [
      {
        key: "about",
        heading: "About [Child's Name]",
        notes: [{ text: "Who the child is.", citation: "102 §2.1" }],
        rules: [
          { rule: "section-empty", citation: "102 §2.1" },
          { rule: "section-too-long", citation: "102 §2.1", options: { maxWords: 200 } },
        ],
      },
      {
        key: "plan",
        heading: "The plan",
        notes: [{ text: "What happens next.", citation: "102 §2.2" }],
        rules: [{ rule: "section-empty", citation: "102 §2.2" }],
      },
    ],
    rules: [{ rule: "section-missing", citation: "102 §2" }],
  };
}

function errorsFor(
  text: string,
  rules: ReadonlyMap<string, RuleModule<unknown>> = structuralRules,
): string[] {
  const result = loadPackFromJson(text, rules);
  if (result.ok) throw new Error("expected the pack to be refused");
  return result.errors;
}

function errorsForPack(edit: (pack: Json) => void): string[] {
  const pack = minimalPack();
  edit(pack);
  return errorsFor(JSON.stringify(pack, null, 2));
}

const sections = (pack: Json) => pack.sections as Json[];

describe("loadPackFromJson", () => {
  it("loads a valid pack and fills in defaults", () => {
    const result = loadPackFromJson(JSON.stringify(minimalPack()), structuralRules);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.sections[1]!.aliases).toEqual([]);
    expect(result.pack.sections[1]!.required).toBe(true);
    expect(result.pack.prompts).toEqual([]);
  });

  it("accepts a byte-order mark and a $schema field, as editors write them", () => {
    const text = `\uFEFF${JSON.stringify({ $schema: "./pack.schema.json", ...minimalPack() })}`;
    expect(loadPackFromJson(text, structuralRules).ok).toBe(true);
  });

  it("loads the fictional Northshire council's own pack, which then checks a summary", () => {
    const result = loadPackFromJson(northshireText);
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(result.pack).toMatchObject({ id: "northshire-2026", reviewInterval: { days: 56 } });

    const snapshot = {
      paragraphs: [
        heading("All about Rosie"),
        paragraph('Rosie is eight and loves swimming. She told me, "I like living with Gran."', {
          colour: "#7030A0",
        }),
        heading("What we are worried about and what is going well"),
        paragraph("We are worried that Mum's drinking means Rosie sometimes misses school."),
        heading("Who to contact"),
        paragraph("Gran (Margaret Hale): 07700 900123"),
      ],
    };
    const analysis = analyse(snapshot, { pack: result.pack, today: new Date("2026-11-02T12:00:00Z") });
    expect(analysis.childName).toBe("Rosie");
    expect(analysis.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        "section-missing/next-steps/next-steps",
        "required-topic/worries-and-strengths/going-well",
      ]),
    );
    const going = analysis.findings.find((f) => f.id === "required-topic/worries-and-strengths/going-well");
    expect(going?.message).toContain("Rosie");
    expect(going?.guidance).toBe("101 §3.2");
    expect(analysis.findings.some((f) => f.rule === "section-colour")).toBe(false);
    expect(analysis.prompts.map((p) => p.text)).toContain(
      "What would Rosie want a new worker to know about them?",
    );
  });

  describe("refuses a malformed pack with a message naming the field", () => {
    it("text that is not JSON, with the line and column", () => {
      const errors = errorsFor('{\n  "id": "westmoor",\n  "name": "Westmoor"\n  "description": "x"\n}');
      expect(errors).toEqual([
        expect.stringMatching(/^The file is not valid JSON: line 4, column 3: .*comma missing/),
      ]);
    });

    it("JSON written with single quotes", () => {
      expect(errorsFor("{'id': 'westmoor'}")[0]).toMatch(/line 1, column 2: .*single quote/);
    });

    it("a trailing comma", () => {
      expect(errorsFor('{"id": "westmoor", "sections": [1, 2,]}')[0]).toMatch(
        /line 1, column 38: there is a comma before this \]/,
      );
    });

    it("an empty file", () => {
      expect(errorsFor("")).toEqual([expect.stringMatching(/^The file is empty/)]);
      expect(errorsFor("  \n\t ")).toEqual([expect.stringMatching(/^The file is empty/)]);
    });

    it("a list instead of a pack", () => {
      expect(errorsFor("[]")).toEqual(["The file must hold one JSON object (the pack), not a list."]);
    });

    it("missing sections", () => {
      expect(errorsForPack((p) => delete p.sections)).toEqual(["sections: is missing"]);
      expect(errorsForPack((p) => (p.sections = []))).toEqual(["sections: must list at least one item"]);
    });

    it("a section without a heading or notes", () => {
      const errors = errorsForPack((p) => {
        delete sections(p)[1]!.heading;
        sections(p)[0]!.notes = [];
      });
      expect(errors).toEqual([
        "sections[0].notes: must list at least one item",
        "sections[1].heading: is missing",
      ]);
    });

    it("a citation that does not name a document and paragraph", () => {
      const errors = errorsForPack((p) => ((sections(p)[0]!.notes as Json[])[0]!.citation = "section 2"));
      expect(errors).toEqual([
        'sections[0].notes[0].citation: must name a guidance document and paragraph, like "004 §3.1(vi)" (it is "section 2")',
      ]);
    });

    it("a colour that is not #RRGGBB", () => {
      const errors = errorsForPack(
        (p) => (sections(p)[0]!.colour = { hex: "blue", name: "blue", citation: "102 §2.1" }),
      );
      expect(errors).toEqual([
        expect.stringMatching(
          /^sections\[0\]\.colour\.hex: must be a colour written as "#RRGGBB".*\(it is "blue"\)$/,
        ),
      ]);
    });

    it("two sections with the same key", () => {
      const errors = errorsForPack((p) => (sections(p)[1]!.key = "about"));
      expect(errors).toEqual([
        'sections[1].key: "about" is used by two sections; each section needs its own key',
      ]);
    });

    it("two sections with the same heading", () => {
      const errors = errorsForPack((p) => (sections(p)[1]!.aliases = ["about [Child's Name]:"]));
      expect(errors).toEqual([
        expect.stringMatching(/^sections\[1\]\.aliases\[0\]: .*also a heading or alias of sections\[0\]/),
      ]);
    });

    it("a review interval that is not a whole number of days above 0", () => {
      expect(errorsForPack((p) => ((p.reviewInterval as Json).days = 0))).toEqual([
        "reviewInterval.days: must be a whole number above 0",
      ]);
      expect(errorsForPack((p) => ((p.reviewInterval as Json).days = "92"))).toEqual([
        'reviewInterval.days: must be a number, not the text "92"',
      ]);
    });

    it("a severity that is not one of the three", () => {
      const errors = errorsForPack((p) => ((sections(p)[1]!.rules as Json[])[0]!.severity = "fatal"));
      expect(errors).toEqual([
        'sections[1].rules[0].severity: must be one of "error", "warning" or "info", not the text "fatal"',
      ]);
    });

    it("a misspelt field, which would otherwise be silently ignored", () => {
      const errors = errorsForPack((p) => (sections(p)[0]!.promts = []));
      expect(errors).toEqual([
        'sections[0].promts: is not a field this version knows; did you mean "prompts"?',
      ]);
    });

    it("a check this version does not know, suggesting the nearest", () => {
      const errors = errorsForPack((p) =>
        (sections(p)[0]!.rules as Json[]).push({ rule: "section-emtpy", citation: "102 §2.1" }),
      );
      expect(errors).toEqual([
        'sections[0].rules[2].rule: "section-emtpy" is not a check this version knows (did you mean "section-empty"?); known checks are section-empty, section-missing, section-too-long',
      ]);
    });

    it("an unknown check against the full set of built-in checks", () => {
      const pack = northshire();
      ((sections(pack)[0]!.rules as Json[])[2] as Json).rule = "child-voise";
      const errors = errorsFor(JSON.stringify(pack), builtInRules);
      expect(errors[0]).toMatch(
        /^sections\[0\]\.rules\[2\]\.rule: "child-voise" is not a check this version knows .*known checks are /,
      );
    });

    it("a check's options of the wrong shape, validated against the check's own schema", () => {
      const errors = errorsForPack(
        (p) => (((sections(p)[0]!.rules as Json[])[1] as Json).options = { maxWords: "lots" }),
      );
      expect(errors).toEqual([
        'sections[0].rules[1].options.maxWords: must be a number, not the text "lots"',
      ]);
    });

    it("a document-wide check listed under a section", () => {
      const errors = errorsForPack((p) =>
        (sections(p)[1]!.rules as Json[]).push({ rule: "section-missing", citation: "102 §2" }),
      );
      expect(errors).toEqual([
        expect.stringMatching(
          /^sections\[1\]\.rules\[1\]\.rule: "section-missing" checks the whole summary, so it belongs in the pack's own "rules" list/,
        ),
      ]);
    });

    it('a phrase of "*" or "", which would make a topic always covered or never', () => {
      const pack = minimalPack();
      (sections(pack)[0]!.rules as Json[]).push({
        rule: "required-topic",
        citation: "102 §2.1",
        options: {
          topic: "school",
          phrases: ["school*", "*", "", "  "],
          message: "Say where {child} goes to school.",
        },
      });
      const errors = errorsFor(JSON.stringify(pack), builtInRules);
      expect(errors).toEqual([
        expect.stringMatching(
          /^sections\[0\]\.rules\[2\]\.options\.phrases\[1\]: "\*" has no letter or digit, so it would match any text/,
        ),
        expect.stringMatching(/^sections\[0\]\.rules\[2\]\.options\.phrases\[2\]: is empty/),
        expect.stringMatching(/^sections\[0\]\.rules\[2\]\.options\.phrases\[3\]: is empty/),
      ]);
    });

    it('a phrase of "*" nested in a check\'s topics', () => {
      const pack = minimalPack();
      (sections(pack)[0]!.rules as Json[]).push({
        rule: "risks-and-strengths",
        citation: "102 §2.1",
        options: {
          topics: [{ key: "risks", label: "the risks", question: "What are the risks?", phrases: ["*"] }],
        },
      });
      expect(errorsFor(JSON.stringify(pack), builtInRules)).toEqual([
        expect.stringMatching(
          /^sections\[0\]\.rules\[2\]\.options\.topics\[0\]\.phrases\[0\]: "\*" has no letter or digit/,
        ),
      ]);
    });

    it("a colour check on a section the pack gives no colour", () => {
      const pack = minimalPack();
      (sections(pack)[1]!.rules as Json[]).push({ rule: "section-colour", citation: "102 §2.2" });
      expect(errorsFor(JSON.stringify(pack), builtInRules)).toEqual([
        'sections[1].rules[1].rule: "section-colour" checks the section\'s colour, but sections[1] ("plan") has no "colour"; give the section a colour (hex, name and citation) or remove the check',
      ]);
      // With a colour, the same check is accepted.
      sections(pack)[1]!.colour = { hex: "#FF0000", name: "red", citation: "102 §2.2" };
      expect(loadPackFromJson(JSON.stringify(pack), builtInRules).ok).toBe(true);
    });

    it("several problems at once, all reported", () => {
      const errors = errorsForPack((p) => {
        delete p.name;
        p.id = "Westmoor Council";
        (p.source as Json).document = "4";
      });
      expect(errors).toEqual([
        'id: must be lower-case letters, digits and hyphens (it is "Westmoor Council")',
        "name: is missing",
        'source.document: must be a three-digit document number, like "004" (it is "4")',
      ]);
    });
  });

  it("never throws, whatever text it is given", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ ...minimalPack(), sections: v })),
        ),
        (text) => {
          const result = loadPackFromJson(text, structuralRules);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("locates JSON mistakes exactly as JSON.parse judges them", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((s) => s.slice(0, -1)),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(findJsonSyntaxError(text) === null).toBe(valid);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("loadPackFromJson refuses what it does not know, all in one pass", () => {
  const base = () =>
    JSON.parse(JSON.stringify(defaultPack)) as Record<string, unknown> & {
      sections: { rules: { rule: string; options?: Record<string, unknown> }[] }[];
    };
  const errorsOf = (pack: unknown) => {
    const result = loadPackFromJson(JSON.stringify(pack).replace('"__PROTO__"', '"__proto__"'));
    return result.ok ? [] : result.errors;
  };

  it("names a misspelt option of a check, rather than dropping it and letting the check misfire", () => {
    const pack = base();
    const section = pack.sections.find((s) => s.rules.some((r) => r.rule === "contingency-missing"))!;
    const config = section.rules.find((r) => r.rule === "contingency-missing")!;
    config.options = { ...config.options, phrasez: ["plan B"] };
    expect(errorsOf(pack).join("\n")).toMatch(/options\.phrasez: is not a field this version knows/);
  });

  it("refuses keys every object has (__proto__, constructor, toString) as unknown fields", () => {
    for (const key of ["__PROTO__", "constructor", "toString"]) {
      const pack = { ...base(), [key]: { polluted: true } };
      expect(errorsOf(pack).join("\n")).toMatch(/is not a field this version knows/);
    }
  });

  it("reports a schema error and a check's error together, so one try shows both", () => {
    const pack = base();
    pack.reviewInterval = { days: -1 };
    pack.sections[0]!.rules.push({ rule: "no-such-check" });
    const errors = errorsOf(pack).join("\n");
    expect(errors).toMatch(/reviewInterval/);
    expect(errors).toMatch(/"no-such-check" is not a check this version knows/);
  });
});

describe("the built-in packs, saved as JSON, load as an organisation's pack", () => {
  it.each(builtInPacks.map((p) => [p.id, p] as const))("%s", (_id, pack) => {
    // A council starts from a copy of a built-in pack: the copy must load unchanged.
    const result = loadPackFromJson(JSON.stringify(pack));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('a phrase of a symbol ("£", "&") matches itself, so it is allowed; "*" alone is not', () => {
    const pack = JSON.parse(JSON.stringify(defaultPack)) as typeof defaultPack;
    const config = pack.sections.flatMap((s) => s.rules).find((r) => r.rule === "contingency-missing")!;
    config.options = { phrases: ["contingenc*", "£", "&", "*"] };
    const result = loadPackFromJson(JSON.stringify(pack));
    const errors = result.ok ? [] : result.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/"\*" has no letter or digit, so it would match any text/);
  });
});
