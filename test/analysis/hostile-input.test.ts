import { analyse } from "../../src/analysis/engine";
import { normaliseHeading } from "../../src/analysis/sections";
import { defaultPack } from "../../src/analysis/built-in-packs";
import { heading, paragraph, snapshotOf } from "./helpers";

/**
 * Text arrives from anyone. Each of these once took minutes (a quadratic pattern or library call
 * on a long run); they must now finish and give sensible findings. No time is asserted: the bench
 * (`npm run bench`) shows the growth with inputs 10× apart.
 */
const HOSTILE: [string, string][] = [
  ["200,000 spaces", `${" ".repeat(200_000)}x`],
  ["200,000 full stops", `${".".repeat(200_000)}x`],
  ["200,000 dashes", `${"-".repeat(200_000)}x`],
  ["100,000 unclosed quotes", "“".repeat(100_000)],
  ["200,000 letters (no @)", "a".repeat(200_000)],
  ["spaced slashes", " / ".repeat(60_000)],
  [
    "quoted prose, 5,000 quotations",
    Array.from({ length: 5_000 }, (_, i) => `Maya said “I like school ${i}”.`).join(" "),
  ],
];

describe("hostile paragraphs finish and are read sensibly", () => {
  it.each(HOSTILE)("%s in the pen picture", (_name, text) => {
    const result = analyse(snapshotOf(heading("Pen Picture of the child"), paragraph(text)), {
      pack: defaultPack,
      childName: "Maya",
    });
    const pen = result.sections.find((s) => s.key === "pen-picture");
    expect(pen?.found).toBe(true);
    // A paragraph with words in it is not called empty; one of punctuation alone may be.
    const empty = result.findings.some((f) => f.rule === "section-empty" && f.section === "pen-picture");
    if (/\p{L}{2}/u.test(text.slice(0, 1000))) expect(empty).toBe(false);
  });

  it("a heading padded with a long run of spaces, dots or hashes is still the heading", () => {
    for (const padding of [" ".repeat(100_000), ".".repeat(100_000), " #".repeat(50_000)]) {
      expect(normaliseHeading(`Background information${padding}`)).toBe("background information");
    }
  });
});
