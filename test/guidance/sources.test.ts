import { builtInPacks } from "../../src/analysis/built-in-packs";
import { describeCitation, GUIDANCE_SOURCES, sourceName } from "../../src/guidance/sources";

describe("guidance sources", () => {
  test("a citation is shown with its document's name rather than its number", () => {
    expect(describeCitation("004 §3.1(vi)")).toBe(
      "Bradford Children and Families Trust guidance (2025), 3.1(vi)",
    );
    expect(describeCitation("000 §What should be included(iv)")).toBe(
      "Case Summaries – Practice Guidance and Procedures (2020), What should be included(iv)",
    );
    expect(describeCitation("001 §2")).toBe("Case Summary practice guidance (MOSAIC), 2");
    expect(describeCitation("002 §1.1")).toBe("Bradford Social Care case summary guidance (LCS), 1.1");
    expect(describeCitation("003 §4")).toBe("Case summary guidance (12-week review), 4");
  });

  test("an organisation's own document number, or anything else, is left as written", () => {
    expect(describeCitation("017 §2.3")).toBe("017 §2.3");
    expect(describeCitation("Local guidance, page 4")).toBe("Local guidance, page 4");
    expect(describeCitation("")).toBe("");
    expect(sourceName("017")).toBeNull();
    expect(sourceName("toString")).toBeNull();
  });

  test("every document the built-in packs cite has a name", () => {
    const cited = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === "string") {
        const match = /^(\d{3}) §/.exec(value);
        if (match) cited.add(match[1]!);
      } else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === "object") Object.values(value).forEach(collect);
    };
    collect(builtInPacks);
    expect(cited.size).toBeGreaterThan(0);
    for (const number of cited) expect(Object.keys(GUIDANCE_SOURCES)).toContain(number);
  });
});
