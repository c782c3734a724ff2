import { analyse } from "../../src/analysis/engine";
import { choosePack } from "../../src/analysis/sections";
import type { DocumentSnapshot } from "../../src/analysis/snapshot";
import { builtInPacks, getPack } from "../../src/analysis/built-in-packs";
import * as bradfordLcsGood from "../../src/examples/bradford-lcs-good";
import * as bradfordLcsPoor from "../../src/examples/bradford-lcs-poor";
import * as lcs12WeekGood from "../../src/examples/lcs-12-week-good";
import * as lcs12WeekPoor from "../../src/examples/lcs-12-week-poor";
import * as mosaicStepGood from "../../src/examples/mosaic-step-good";
import * as mosaicStepPoor from "../../src/examples/mosaic-step-poor";

interface SummaryFixture {
  packId: string;
  childName: string;
  today: Date;
  snapshot: DocumentSnapshot;
}

/**
 * Analysed as the add-in first sees a summary: with no child's name given, so the name must come
 * from the summary itself. Three of these templates have no [Child's Name] in their headings.
 */
function analyseFixture(fixture: SummaryFixture) {
  return analyse(fixture.snapshot, { pack: getPack(fixture.packId)!, today: fixture.today });
}

const good: [string, SummaryFixture][] = [
  ["bradford-lcs-good", bradfordLcsGood],
  ["lcs-12-week-good", lcs12WeekGood],
  ["mosaic-step-good", mosaicStepGood],
];
const poor: [string, SummaryFixture][] = [
  ["bradford-lcs-poor", bradfordLcsPoor],
  ["lcs-12-week-poor", lcs12WeekPoor],
  ["mosaic-step-poor", mosaicStepPoor],
];

describe.each([...good, ...poor])("fixture %s", (_name, fixture) => {
  it("is recognised as its own template among all the built-in packs", () => {
    expect(choosePack(fixture.snapshot, builtInPacks).id).toBe(fixture.packId);
  });

  it("is clearly marked as fictional", () => {
    expect(fixture.snapshot.paragraphs[0]!.text).toMatch(/fictional/i);
  });
});

describe.each(good)("good fixture %s", (_name, fixture) => {
  it("has every heading of its template", () => {
    const result = analyseFixture(fixture);
    expect(result.sections.filter((s) => !s.found).map((s) => s.key)).toEqual([]);
  });

  it("passes every check, with nothing for the worker to fix", () => {
    const result = analyseFixture(fixture);
    expect(result.findings.map((f) => `${f.severity} ${f.id}: ${f.message}`)).toEqual([]);
  });

  it("passes every check when the worker gives the child's name too", () => {
    const result = analyse(fixture.snapshot, {
      pack: getPack(fixture.packId)!,
      childName: fixture.childName,
      today: fixture.today,
    });
    expect(result.findings.map((f) => `${f.severity} ${f.id}: ${f.message}`)).toEqual([]);
  });
});

/** What a team manager would expect the coach to point out in each poor summary. */
const expectedInPoor: [string, SummaryFixture, string[]][] = [
  [
    "bradford-lcs-poor",
    bradfordLcsPoor,
    [
      "section-missing/goals/goals",
      "chronology-dump/background",
      "child-voice/pen-picture",
      "required-topic/involvement/legal-status",
      "evidence-missing/difference",
      "contact-details-missing/professionals",
      "placeholder-left/professionals/child-s-name",
      "jargon-unexplained/background/S47",
      "summary-overdue/document/overdue",
    ],
  ],
  [
    "lcs-12-week-poor",
    lcs12WeekPoor,
    [
      "section-missing/contingency/contingency",
      "chronology-dump/background",
      "child-voice/pen-picture",
      "required-topic/pen-picture/child-understanding",
      "required-topic/current-situation/lives-with",
      "required-topic/current-situation/visiting-frequency",
      "required-topic/current-situation/school",
      "required-topic/risks/risks-to-professionals",
      "contact-details-missing/professionals",
      "jargon-unexplained/risks/CSE",
      "summary-overdue/document/overdue",
    ],
  ],
  [
    "mosaic-step-poor",
    mosaicStepPoor,
    [
      "section-duplicate/difference/difference@10",
      "chronology-dump/difference",
      "pen-picture-detail/pen-picture/unique",
      "pen-picture-detail/pen-picture/appearance",
      "required-topic/pen-picture/involvement-reason",
      "required-topic/difference/impact-on-child",
      "required-topic/difference/new-concerns",
      "summary-overdue/document/overdue",
    ],
  ],
];

describe.each(expectedInPoor)("poor fixture %s", (_name, fixture, expectedIds) => {
  it.each(expectedIds)("reports %s", (id) => {
    const ids = analyseFixture(fixture).findings.map((f) => f.id);
    expect(ids).toContain(id);
  });

  it("reports the missing heading as an error", () => {
    const result = analyseFixture(fixture);
    const missing = result.sections.filter((s) => !s.found).map((s) => s.key);
    if (fixture === mosaicStepPoor) {
      expect(missing).toEqual([]);
    } else {
      expect(result.findings.filter((f) => f.rule === "section-missing").map((f) => f.severity)).toEqual([
        "error",
      ]);
    }
  });
});
