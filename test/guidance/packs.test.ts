import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { builtInRules } from "../../src/analysis/rules";
import { normaliseHeading } from "../../src/analysis/sections";
import {
  builtInPacks,
  CHILD_NAME_PLACEHOLDER,
  defaultPack,
  getPack,
  packSchema,
  type Pack,
} from "../../src/guidance";
import { bradford2025 } from "../../src/guidance/packs/bradford-2025";
import { bradfordLcs } from "../../src/guidance/packs/bradford-lcs";
import { lcs12Week } from "../../src/guidance/packs/lcs-12-week";
import { mosaicStep } from "../../src/guidance/packs/mosaic-step";

/** Every note, rule and prompt of a pack with the field it sits in, for messages that name it. */
function citedItems(pack: Pack): { where: string; citation: string; text?: string }[] {
  const items: { where: string; citation: string; text?: string }[] = [
    { where: "reviewInterval", citation: pack.reviewInterval.citation },
  ];
  pack.rules.forEach((r, i) => items.push({ where: `rules[${i}] (${r.rule})`, citation: r.citation }));
  pack.prompts.forEach((p, i) => items.push({ where: `prompts[${i}]`, citation: p.citation, text: p.text }));
  pack.sections.forEach((section, s) => {
    const at = `sections[${s}] (${section.key})`;
    section.notes.forEach((n, i) =>
      items.push({ where: `${at}.notes[${i}]`, citation: n.citation, text: n.text }),
    );
    section.rules.forEach((r, i) =>
      items.push({ where: `${at}.rules[${i}] (${r.rule})`, citation: r.citation }),
    );
    section.prompts.forEach((p, i) =>
      items.push({ where: `${at}.prompts[${i}]`, citation: p.citation, text: p.text }),
    );
    if (section.colour) items.push({ where: `${at}.colour`, citation: section.colour.citation });
  });
  return items;
}

/**
 * The paragraphs each guidance document has, as citations name them. Documents 002 and 004 number
 * their paragraphs; 000, 001 and 003 are cited by heading, with the bullet or paragraph position
 * under it in roman numerals where one is meant.
 */
const roman = "(?:\\((?:i|ii|iii|iv|v|vi|vii)\\))?";
const ANCHORS: Record<string, RegExp> = {
  "000": new RegExp(`^(?:The Purpose of Case Summaries|What should be included|Frequency)${roman}$`),
  "001": new RegExp(`^(?:Case Summary Guidance|Pen picture|What has happened in the last 3 months)${roman}$`),
  "002": /^1\.(?:[1-9]|1[01])(?:\((?:i|ii|iii|iv|v|vi)\))?$/,
  "003": new RegExp(
    `^(?:Case Summary Guidance|Brief history|Pen Picture|Current plan and reason for it|Current Situation|Risk Factors|Progress against the plan|Contingency Plan|Key professionals involved)${roman}$`,
  ),
  "004": /^(?:1\.[12]|2\.[12]|3\.1(?:\((?:i|ii|iii|iv|v|vi|vii)\))?|4\.[1-7])$/,
};

describe("built-in template packs", () => {
  it("ships the four templates of the guidance, the default first", () => {
    expect(builtInPacks.map((p) => p.id)).toEqual([
      "bradford-2025",
      "bradford-lcs",
      "lcs-12-week",
      "mosaic-step",
    ]);
    expect(defaultPack.id).toBe("bradford-2025");
    expect(getPack("lcs-12-week")?.name).toMatch(/12-week/);
    expect(getPack("no-such-pack")).toBeUndefined();
  });

  it.each([bradford2025, bradfordLcs, lcs12Week, mosaicStep].map((input) => [input.id, input] as const))(
    "%s parses against the pack schema",
    (_id, input) => {
      const result = packSchema.safeParse(input);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    },
  );

  it("gives each template the sections and order its guidance lists", () => {
    const keys = (id: string) => getPack(id)!.sections.map((s) => s.key);
    expect(keys("bradford-lcs")).toEqual([
      "pen-picture",
      "background",
      "involvement",
      "difference",
      "goals",
      "professionals",
    ]);
    expect(keys("lcs-12-week")).toEqual([
      "background",
      "pen-picture",
      "current-plan",
      "current-situation",
      "risks",
      "difference",
      "contingency",
      "professionals",
    ]);
    expect(keys("mosaic-step")).toEqual(["pen-picture", "difference"]);
  });

  it("writes each heading as its guidance does", () => {
    const headings = (id: string) => getPack(id)!.sections.map((s) => s.heading);
    expect(headings("bradford-lcs")).toEqual([
      "Child's profile",
      "Background information",
      "Purpose of our involvement",
      "Progress made / case update",
      "Case goal and what needs to happen next?",
      "Involvements",
    ]);
    expect(headings("lcs-12-week")).toContain("Risk Factors/Analysis/Impact on the child/Safety Plan");
    expect(headings("mosaic-step")).toEqual([
      "Pen picture of the child and reason for our involvement",
      "What has happened in the last 3 months?",
    ]);
  });

  it("sets each template's review interval: 3 months, and 12 weeks for the 12-week review", () => {
    expect(getPack("bradford-lcs")!.reviewInterval.days).toBe(92);
    expect(getPack("lcs-12-week")!.reviewInterval).toMatchObject({ days: 84, label: "12 weeks" });
    expect(getPack("mosaic-step")!.reviewInterval.days).toBe(92);
  });

  it("colours sections only where the guidance does (document 004's blue and red)", () => {
    const coloured = builtInPacks.flatMap((p) =>
      p.sections.filter((s) => s.colour).map((s) => `${p.id}/${s.key}`),
    );
    expect(coloured).toEqual(["bradford-2025/pen-picture", "bradford-2025/safety-plan"]);
  });

  it("notes in the mosaic-step description that its source document is cut off", () => {
    expect(getPack("mosaic-step")!.description).toMatch(/cut off/);
  });

  describe.each(builtInPacks.map((pack) => [pack.id, pack] as const))("%s", (_id, pack) => {
    it("has unique section keys", () => {
      const keys = pack.sections.map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
    });

    it("has no heading or alias shared by two sections", () => {
      const owners = new Map<string, string>();
      const clashes: string[] = [];
      for (const section of pack.sections) {
        for (const text of [section.heading, ...section.aliases]) {
          const normalised = normaliseHeading(text);
          const owner = owners.get(normalised);
          if (owner && owner !== section.key) clashes.push(`"${text}" in ${section.key} and ${owner}`);
          owners.set(normalised, section.key);
        }
      }
      expect(clashes).toEqual([]);
    });

    it("gives every section at least one guidance note and one reflective prompt", () => {
      for (const section of pack.sections) {
        expect({ key: section.key, notes: section.notes.length > 0 }).toEqual({
          key: section.key,
          notes: true,
        });
        expect({ key: section.key, prompts: section.prompts.length > 0 }).toEqual({
          key: section.key,
          prompts: true,
        });
      }
    });

    it("cites an existing guidance document and paragraph for every note, rule and prompt", () => {
      const bad = citedItems(pack).filter(({ citation }) => {
        const match = /^(\d{3}) §(.+)$/.exec(citation);
        const anchors = match ? ANCHORS[match[1]!] : undefined;
        return !match || !anchors || !anchors.test(match[2]!);
      });
      expect(bad.map((b) => `${b.where}: ${b.citation}`)).toEqual([]);
    });

    it("writes the child's name placeholder exactly, so it can be filled in", () => {
      const texts = [
        ...pack.sections.flatMap((s) => [s.heading, ...s.aliases, ...s.prompts.map((p) => p.text)]),
        ...pack.prompts.map((p) => p.text),
      ];
      const malformed = texts.filter((t) => /\[child/i.test(t) && !t.includes(CHILD_NAME_PLACEHOLDER));
      expect(malformed).toEqual([]);
      expect(texts.some((t) => t.includes(CHILD_NAME_PLACEHOLDER))).toBe(true);
    });

    it("applies document 000's requirements for every summary", () => {
      const cited = new Set(
        [...pack.rules, ...pack.sections.flatMap((s) => s.rules)]
          .filter(
            (r) =>
              r.rule === "required-topic" ||
              r.rule === "contingency-missing" ||
              r.rule === "timescales-missing",
          )
          .map((r) => r.citation),
      );
      for (const bullet of ["i", "iii", "iv", "v", "vi"]) {
        expect(cited).toContain(`000 §What should be included(${bullet})`);
      }
    });

    it("checks for missing headings, overdue summaries and unexplained jargon", () => {
      expect(pack.rules.map((r) => r.rule)).toEqual(
        expect.arrayContaining([
          "section-missing",
          "section-order",
          "summary-overdue",
          "jargon-unexplained",
          "placeholder-left",
        ]),
      );
    });

    it("names only checks this version has, with options each check accepts", () => {
      const problems: string[] = [];
      const configs = [
        ...pack.rules.map((r, i) => [`rules[${i}]`, r] as const),
        ...pack.sections.flatMap((s, si) =>
          s.rules.map((r, i) => [`sections[${si}].rules[${i}]`, r] as const),
        ),
      ];
      for (const [where, config] of configs) {
        const rule = builtInRules.get(config.rule);
        if (!rule) {
          problems.push(`${where}: no check "${config.rule}"`);
          continue;
        }
        const parsed = rule.meta.options.safeParse(config.options);
        if (!parsed.success) problems.push(`${where} (${config.rule}): ${parsed.error.message}`);
      }
      expect(problems).toEqual([]);
    });
  });

  describe("lcs-12-week", () => {
    const pack = getPack("lcs-12-week")!;
    const section = (key: string) => pack.sections.find((s) => s.key === key)!;

    it("asks each of the seven Current Situation questions as its own check", () => {
      const topics = section("current-situation")
        .rules.filter((r) => r.rule === "required-topic")
        .map((r) => [r.citation, (r.options as { topic: string }).topic]);
      expect(topics).toEqual([
        ["003 §Current Situation(i)", "parental-responsibility"],
        ["003 §Current Situation(ii)", "lives-with"],
        ["003 §Current Situation(iii)", "placement"],
        ["003 §Current Situation(iv)", "visiting-frequency"],
        ["003 §Current Situation(v)", "court-orders"],
        ["003 §Current Situation(vi)", "contact-arrangements"],
        ["003 §Current Situation(vii)", "school"],
      ]);
    });

    it("asks about risks to professionals, with the guidance's own example", () => {
      const risks = section("risks");
      expect(risks.notes.map((n) => n.text).join(" ")).toContain("do not visit alone");
      const topic = risks.rules.find(
        (r) => (r.options as { topic?: string }).topic === "risks-to-professionals",
      );
      expect(topic?.options).toMatchObject({ message: expect.stringContaining("do not visit alone") });
    });

    it("keeps the pen picture check to what 003 asks for: the child and their likes and dislikes", () => {
      const config = section("pen-picture").rules.find((r) => r.rule === "pen-picture-detail")!;
      const keys = (config.options as { topics: { key: string }[] }).topics.map((t) => t.key);
      expect(keys).toEqual(["unique"]);
    });
  });
});

/**
 * The notes are the guidance's own words. Where the guidance documents are beside the repository
 * (as in development), check each note against its document, ignoring line breaks and quote styles.
 */
const guidanceDirectory = join(__dirname, "../../../shared/guidance");
const describeWithGuidance = existsSync(guidanceDirectory) ? describe : describe.skip;

describeWithGuidance("guidance notes are quoted word for word", () => {
  const flatten = (text: string) =>
    text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").toLowerCase();
  const documents = new Map<string, string>();
  for (const file of readdirSync(guidanceDirectory)) {
    const number = /^(\d{3})_/.exec(file)?.[1];
    if (number) documents.set(number, flatten(readFileSync(join(guidanceDirectory, file), "utf8")));
  }

  it.each(builtInPacks.map((pack) => [pack.id, pack] as const))("%s", (_id, pack) => {
    const notQuoted = pack.sections.flatMap((section) =>
      section.notes
        .filter((note) => !documents.get(note.citation.slice(0, 3))?.includes(flatten(note.text)))
        .map((note) => `${section.key}: ${note.text.slice(0, 60)}…`),
    );
    expect(notQuoted).toEqual([]);
  });
});
