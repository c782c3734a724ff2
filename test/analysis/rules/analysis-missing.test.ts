import rule from "../../../src/analysis/rules/analysis-missing";
import { bradford2025Good } from "../../../src/examples/bradford-2025-good";
import { bradford2025Poor } from "../../../src/examples/bradford-2025-poor";
import { findingsOf, summaryWith } from "../helpers";

const descriptive =
  "Maya's attendance is 97 per cent this term. Mum has completed eight Freedom Programme sessions. Dad has moved out and is living in Leeds. Maya has started an after-school art club on Wednesdays and Leo has started at nursery. The family went to Scarborough with Nan in the summer holidays.";

describe("analysis-missing", () => {
  it("asks 'so what?' of a section that only describes events", () => {
    const snapshot = summaryWith({ difference: [descriptive] });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.section).toBe("difference");
    expect(findings[0]!.message).toContain("So what does this mean for Maya?");
    expect(findings[0]!.message).toContain("Why has this happened?");
    expect(snapshot.paragraphs[findings[0]!.location!.paragraph]!.text).toBe(
      "What difference have we made for Maya?",
    );
  });

  it("applies to every section the pack lists it under", () => {
    const findings = findingsOf(
      rule,
      summaryWith({ background: [descriptive], involvement: [descriptive], difference: [descriptive] }),
    );
    expect(findings.map((f) => f.section)).toEqual(["background", "involvement", "difference"]);
  });

  it("passes when the section says why things changed and what it means for the child", () => {
    const snapshot = summaryWith({
      difference: [
        `${descriptive} We think Maya is happier because the arguments at home have stopped, which means she is sleeping better and has more time to be a child.`,
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("expects more analysis from a long section than from a short one", () => {
    const long = [
      ...Array.from({ length: 6 }, () => descriptive),
      `${descriptive} This is because Mum asked for help.`,
    ];
    const findings = findingsOf(rule, summaryWith({ difference: long }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("mostly description");
  });

  it("does not judge a section too short to analyse, or an empty one", () => {
    expect(
      findingsOf(rule, summaryWith({ difference: ["Mum has completed the Freedom Programme."] })),
    ).toEqual([]);
    expect(findingsOf(rule, summaryWith({ difference: [] }))).toEqual([]);
  });

  it("passes the good demo summary and catches the poor one", () => {
    expect(findingsOf(rule, bradford2025Good)).toEqual([]);
    expect(findingsOf(rule, bradford2025Poor).map((f) => f.section)).toEqual([
      "background",
      "involvement",
      "difference",
    ]);
  });
});
