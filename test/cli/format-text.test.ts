import { z } from "zod";
import { analyse, type AnalysisResult } from "../../src/analysis/engine";
import { defineRule } from "../../src/analysis/rules/define";
import { heading, paragraph } from "../../src/analysis/snapshot";
import type { RuleModule, Severity } from "../../src/analysis/types";
import { formatFile, formatOverall } from "../../src/cli/format-text";
import { type Pack, type RuleConfig } from "../../src/guidance";
import { defaultPack } from "../../src/analysis/built-in-packs";

/**
 * The report is built from a real analysis; two stand-in checks report exactly the messages a
 * test gives them, so the test controls what is found and where.
 */
const sayOptions = z.object({ messages: z.array(z.string()) });
const saySection = defineRule({
  meta: {
    id: "say-section",
    description: "test",
    messages: { say: "{{text}}" },
    defaultSeverity: "warning",
    scope: "section",
    options: sayOptions,
  },
  check: (context) =>
    context.options.messages.forEach((message, i) =>
      context.report({ messageId: "say", data: { text: message }, key: String(i) }),
    ),
});
const sayDocument = defineRule({
  ...saySection,
  meta: { ...saySection.meta, id: "say-document", scope: "document" },
});
const rules = new Map([saySection, sayDocument].map((rule) => [rule.meta.id, rule as RuleModule<unknown>]));

type Said = Partial<Record<Severity, string[]>>;

function say(id: string, said: Said): RuleConfig[] {
  return (Object.entries(said) as [Severity, string[]][]).map(([severity, messages]) => ({
    rule: id,
    severity,
    citation: "004 §3.1(i)",
    options: { messages },
  }));
}

/** Maya's summary with every heading but the safety plan, checked by a pack that says what it is told. */
function resultWith(bySection: Record<string, Said>, wholeDocument: Said = {}): AnalysisResult {
  const pack: Pack = {
    ...defaultPack,
    rules: say("say-document", wholeDocument),
    sections: defaultPack.sections.map((s) => ({ ...s, rules: say("say-section", bySection[s.key] ?? {}) })),
  };
  const paragraphs = pack.sections
    .filter((s) => s.key !== "safety-plan")
    .flatMap((s) => [heading(s.heading.split("[Child's Name]").join("Maya")), paragraph("Maya is nine.")]);
  return analyse({ paragraphs }, { pack, rules, childName: "Maya" });
}

const plain = { colour: false, width: 100 };

describe("the text report", () => {
  const result = resultWith(
    {
      "pen-picture": {
        info: ["Write CAMHS out in full."],
        warning: ["Add what Maya wishes and feels."],
        error: ["Colour the pen picture blue."],
      },
      background: { warning: ["Move Background information after the pen picture."] },
      "safety-plan": { error: [`The heading "Maya's Safety Plan" is missing.`] },
    },
    { warning: ["The summary was last updated five months ago."] },
  );
  const text = formatFile("maya.docx", result, plain);

  it("puts document-wide points first, then sections in the template's order", () => {
    const order = [
      "The summary as a whole",
      "Pen Picture of the child",
      "Background information",
      "Maya's Safety Plan (missing)",
    ];
    const positions = order.map((heading) => text.indexOf(`\n  ${heading}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text.indexOf("five months")).toBeLessThan(text.indexOf("Pen Picture"));
  });

  it("lists required items first within a section, each with a word, a symbol and the guidance", () => {
    const penPicture = text.slice(
      text.indexOf("Pen Picture of the child"),
      text.indexOf("Background information"),
    );
    expect(penPicture.split("\n").filter((l) => l.startsWith("    "))).toEqual([
      "    ✖ Required    Colour the pen picture blue. (004 §3.1(i))",
      "    ▲ Recommended Add what Maya wishes and feels. (004 §3.1(i))",
      "    ℹ Suggestion  Write CAMHS out in full. (004 §3.1(i))",
    ]);
  });

  it("opens with the template, the child and a count of what was found", () => {
    expect(text.split("\n").slice(0, 3)).toEqual([
      "maya.docx",
      "  Template: Bradford Children and Families Trust (2025) · Child: Maya",
      "  Required items met: 0 of 2. Recommended: 0 of 3.",
    ]);
  });

  it("gives sections with nothing to change one line each", () => {
    expect(text).toContain(
      "  ✔ Summary of our involvement: nothing to change\n  ✔ What difference have we made for Maya?: nothing to change\n",
    );
  });

  it("wraps long messages under the message, keeping the citation whole", () => {
    const long = `${"Say why this matters for Maya. ".repeat(6)}Then say what happens next.`;
    const narrow = formatFile("maya.docx", resultWith({ goals: { warning: [long] } }), {
      colour: false,
      width: 70,
    });
    const lines = narrow.split("\n");
    const start = lines.findIndex((l) => l.includes("▲ Recommended"));
    const wrapped = lines.slice(start, lines.indexOf("", start));
    expect(wrapped.length).toBeGreaterThan(2);
    expect(wrapped[1]).toMatch(/^ {18}\S/);
    expect(wrapped.every((l) => l.length <= 70)).toBe(true);
    expect(wrapped[wrapped.length - 1]).toMatch(/ \(004 §3\.1\(i\)\)$/);
  });
});

describe("formatOverall", () => {
  it("does not speak of required changes when no file could be read", () => {
    const reports = ["a.docx", "b.docx", "c.docx"].map((file) => ({ file, error: "is empty (0 bytes)." }));
    expect(formatOverall(reports)).toBe("3 files given: 3 could not be read.\n");
  });
});
