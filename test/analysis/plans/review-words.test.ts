import { analyse } from "../../../src/analysis/engine";
import { itemWords, readerWords } from "../../../src/analysis/plans";
import { builtInRules } from "../../../src/analysis/rules";
import { paragraph } from "../../../src/analysis/snapshot";
import { labelledParagraphs, workedExamples } from "../../../src/examples";
import { builtInPacks } from "../../../src/analysis/built-in-packs";

const TODAY = new Date("2026-12-02T09:00:00Z");
const words = (rule: string, topic: string | null = null) =>
  itemWords({ rule, topic, colour: "red", interval: "3 months" });

/** Every finding the built-in packs give on their poor examples and on their bare templates. */
function allFindings() {
  return builtInPacks.flatMap((pack) => {
    const examples = workedExamples
      .filter((e) => e.packId === pack.id)
      .map((e) => ({ paragraphs: labelledParagraphs(e), childName: e.childName }));
    const template = {
      paragraphs: pack.sections.flatMap((s) => [
        paragraph(s.heading.replace("[Child's Name]", "Maya's"), {
          styleBuiltIn: "Heading2",
          outlineLevel: 2,
        }),
        paragraph(""),
      ]),
      childName: "Maya",
    };
    return [...examples, template].flatMap(({ paragraphs, childName }) => {
      const analysis = analyse({ paragraphs }, { pack, childName, today: TODAY });
      return [...analysis.findings, ...analysis.dismissedFindings];
    });
  });
}

describe("review comments in words a reader in Word can use", () => {
  it("takes out what the checks say about the pane, keeping the rest of the sentence", () => {
    expect(
      readerWords(
        `"[Child's Name]" is still in the summary. Replace it with Maya's name; choose Fix to do it.`,
      ),
    ).toBe(`"[Child's Name]" is still in the summary. Replace it with Maya's name.`);
    expect(
      readerWords(
        `2 paragraphs under "Pen Picture of Maya" are not in blue. The guidance asks for this section to be recorded in blue; colour it blue, or choose Fix to do it for you.`,
      ),
    ).toBe(
      `2 paragraphs under "Pen Picture of Maya" are not in blue. The guidance asks for this section to be recorded in blue; colour it blue.`,
    );
    expect(
      readerWords(
        `The heading "Contingency Plan" is missing. The guidance asks for it in every summary: add it as a heading (in Word, Case Summary Coach's Insert template adds the missing headings).`,
      ),
    ).toBe(
      `The heading "Contingency Plan" is missing. The guidance asks for it in every summary: add it as a heading.`,
    );
    expect(
      readerWords(
        `The heading "Maya's Safety Plan" has been deleted; what is written in its section is still there. Choose Fix to put the heading back.`,
      ),
    ).toBe(
      `The heading "Maya's Safety Plan" has been deleted; what is written in its section is still there.`,
    );
    // Words about going somewhere are not the pane's Go to.
    const plan = `If Maya feels unsafe at home, Maya will go to Nan's and Nan will ring the social worker (Fixed term: 6 weeks).`;
    expect(readerWords(plan)).toBe(plan);
  });

  it("leaves no word about the pane in any message the built-in packs give, and no message empty", () => {
    const findings = allFindings();
    expect(findings.length).toBeGreaterThan(50);
    for (const finding of findings) {
      const said = readerWords(finding.message);
      expect({ id: finding.id, said: /choose Fix|Case Summary Coach|\bFix\b/i.test(said) }).toEqual({
        id: finding.id,
        said: false,
      });
      expect(said.length).toBeGreaterThan(10);
      expect(said).toMatch(/[.?!)"”]$/);
    }
  });

  it("names what every built-in check asks for, and every topic the built-in packs require", () => {
    for (const id of builtInRules.keys())
      expect({ id, words: words(id) }).not.toEqual({ id, words: "what the guidance asks" });
    const topics = builtInPacks.flatMap((pack) =>
      [...pack.rules, ...pack.sections.flatMap((s) => s.rules)]
        .filter((config) => config.rule === "required-topic")
        .map((config) => String(config.options.topic)),
    );
    expect(topics.length).toBeGreaterThan(5);
    for (const topic of new Set(topics))
      expect({ topic, words: words("required-topic", topic) }).not.toEqual({
        topic,
        words: topic.replace(/-/g, " "),
      });
    expect(words("section-colour")).toBe("written in red");
    expect(words("summary-overdue")).toBe("dated within the last 3 months");
  });
});
