import { analyse } from "../../src/analysis/engine";
import { loadPackFromJson } from "../../src/analysis/load-pack";
import { builtInRules } from "../../src/analysis/rules";
import { formatMessage, messageText, placeholdersOf } from "../../src/analysis/rules/messages";
import { defaultPack } from "../../src/analysis/built-in-packs";
import { summaryWith } from "./helpers";

/** Each check declares its messages by id (ESLint's meta.messages); a pack may word one its own way. */

const today = new Date("2026-11-22T12:00:00Z");

/** A team's layer over the Trust's template that words the contingency check its own way. */
const ownWords = {
  id: "north-team",
  extends: "bradford-2025",
  sections: [
    {
      key: "goals",
      rules: [
        {
          rule: "contingency-missing",
          messages: { noContingency: "What is Plan B for {{child}}? Write it down, with a date." },
        },
      ],
    },
  ],
};

describe("the checks' messages", () => {
  it("are declared by every check, by id, in words", () => {
    for (const rule of builtInRules.values()) {
      const entries = Object.entries(rule.meta.messages);
      expect({ id: rule.meta.id, count: entries.length > 0 }).toEqual({ id: rule.meta.id, count: true });
      for (const [id, text] of entries) {
        expect(id).toMatch(/^[a-z][A-Za-z]*$/);
        expect(text.trim()).not.toBe("");
      }
    }
  });

  it("fill in their {{placeholders}}, and leave one with no value as written", () => {
    expect(formatMessage("Is {{ child }} safe, {{child}}?", { child: "Maya" })).toBe("Is Maya safe, Maya?");
    expect(formatMessage("{{child}} and {{other}}", { child: "Kai $&" })).toBe("Kai $& and {{other}}");
    // A value is not read again for placeholders: a heading typed as "{{child}}" stays as typed.
    expect(formatMessage("Under {{heading}}", { heading: "{{child}}", child: "Maya" })).toBe(
      "Under {{child}}",
    );
    expect(placeholdersOf("{{a}} {{b}} {{a}}")).toEqual(["a", "b"]);
  });

  it("refuse a message id the check does not declare", () => {
    const rule = builtInRules.get("section-empty")!;
    expect(() => messageText(rule, {}, { messageId: "nope" })).toThrow(/"section-empty" .*"nope"/);
  });
});

describe("a pack that words a check's message its own way", () => {
  it("is used for that check's findings, with the check's placeholders filled in", () => {
    const result = loadPackFromJson(JSON.stringify(ownWords));
    if (!result.ok) throw new Error(result.errors.join("\n"));
    const snapshot = summaryWith(
      { goals: ["Mum will stop drinking by 1 March 2027."] },
      { childName: "Maya" },
    );
    const laid = analyse(snapshot, { pack: result.pack, childName: "Maya", today });
    const below = analyse(snapshot, { pack: defaultPack, childName: "Maya", today });
    expect(laid.findings.find((f) => f.rule === "contingency-missing")?.message).toBe(
      "What is Plan B for Maya? Write it down, with a date.",
    );
    // Every other message is the check's own.
    const others = (findings: typeof laid.findings) =>
      findings.filter((f) => f.rule !== "contingency-missing").map((f) => f.message);
    expect(others(laid.findings)).toEqual(others(below.findings));
  });

  it("names the check and the message id it does not have, and a placeholder the check does not fill", () => {
    const result = loadPackFromJson(
      JSON.stringify({
        ...ownWords,
        sections: [
          {
            key: "goals",
            rules: [
              {
                rule: "contingency-missing",
                messages: { noContingncy: "What is Plan B?", noContingency: "What is Plan B for {{name}}?" },
              },
            ],
          },
        ],
      }),
    );
    expect(result.ok ? [] : result.errors).toEqual([
      'sections[0].rules[0].messages.noContingncy: "contingency-missing" has no message "noContingncy" (did you mean "noContingency"?); its messages are noContingency',
      'sections[0].rules[0].messages.noContingency: {{name}} is not filled in by "contingency-missing" in this message; it fills in {{child}}',
    ]);
  });

  it("is checked in a whole pack too, and a message must not be empty", () => {
    const pack = JSON.parse(JSON.stringify(defaultPack)) as {
      sections: { rules: { rule: string; messages?: Record<string, string> }[] }[];
    };
    pack.sections[0]!.rules[0]!.messages = { empty: "", full: "Nothing here." };
    const result = loadPackFromJson(JSON.stringify({ ...pack, id: "own" }));
    expect(result.ok ? [] : result.errors).toEqual([
      "sections[0].rules[0].messages.empty: must not be empty",
      'sections[0].rules[0].messages.full: "section-empty" has no message "full"; its messages are empty',
    ]);
  });
});
