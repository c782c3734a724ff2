import rule from "../../../src/analysis/rules/analysis-missing";
import { bradford2025Good } from "../../../src/examples/bradford-2025-good";
import { bradford2025Poor } from "../../../src/examples/bradford-2025-poor";
import { findingsOf, summaryWith } from "../helpers";

const descriptive =
  "Maya's attendance is 97 per cent this term. Mum has completed eight Freedom Programme sessions. Dad has moved out and is living in Leeds. Maya has started an after-school art club on Wednesdays and Leo has started at nursery. The family went to Scarborough with Nan in the summer holidays.";

/** A chronology pasted into one paragraph, with a "due to" and a "However" among its entries. */
const YEAR_BY_YEAR =
  "In 2016 Maya was born and the family were living with Nan in Keighley. In 2017 the police attended a domestic incident due to Dad's drinking. In 2018 the family moved to a flat in Bradford and Maya started nursery. In 2019 an Early Help plan was opened after school raised concerns about Maya's attendance. However, in 2020 the plan was closed when Mum stopped engaging. In 2022 Dad left the family home and moved to Leeds. In 2024 school referred again after Maya disclosed that Mum's new partner shouts at her.";

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

  it("takes analysis in the worker's own words, not only set phrases", () => {
    // "down to", "I see that as evidence": no phrase list needed to read these as analysis.
    const own = [
      `${descriptive} The difference is down to Mum re-engaging quickly and honestly, and I see that as evidence the plan is working.`,
    ];
    expect(findingsOf(rule, summaryWith({ difference: own }))).toEqual([]);
    const judgement = [`${descriptive} I think Maya is calmer since Dad moved out.`];
    expect(findingsOf(rule, summaryWith({ difference: judgement }))).toEqual([]);
  });

  it("asks its question once for a long descriptive section, as a question", () => {
    const findings = findingsOf(
      rule,
      summaryWith({ difference: Array.from({ length: 6 }, () => descriptive) }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Does it say why, and what it means for Maya?");
  });

  it('does not take a "due to" or "however" inside a dated chronology for analysis', () => {
    const findings = findingsOf(rule, summaryWith({ background: [YEAR_BY_YEAR] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.section).toBe("background");
    expect(findings[0]!.message).toContain("reads as a run of dated events");
    expect(findings[0]!.message).toContain("So what does this mean for Maya?");
  });

  it("passes the same history when it ends with what it has meant for the child", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        background: [
          `${YEAR_BY_YEAR} Taken together, this means Maya has lived with shouting and drinking for most of her life, and she has learned to keep quiet about it because help has come and gone.`,
        ],
      }),
    );
    expect(findings).toEqual([]);
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
