import rule from "../../../src/analysis/rules/chronology-dump";
import { bradford2025Good } from "../../../src/examples/bradford-2025-good";
import { bradford2025Poor } from "../../../src/examples/bradford-2025-poor";
import { findingsOf, paragraph, summaryWith } from "../helpers";

const item = (text: string) => paragraph(text, { inList: true });

/** A chronology pasted into one paragraph, with a "due to" and a "However" among its entries. */
const YEAR_BY_YEAR =
  "In 2016 Maya was born and the family were living with Nan in Keighley. In 2017 the police attended a domestic incident due to Dad's drinking. In 2018 the family moved to a flat in Bradford and Maya started nursery. In 2019 an Early Help plan was opened after school raised concerns about Maya's attendance. However, in 2020 the plan was closed when Mum stopped engaging. In 2022 Dad left the family home and moved to Leeds. In 2024 school referred again after Maya disclosed that Mum's new partner shouts at her.";

describe("chronology-dump", () => {
  it("warns when the background is a list of dated events, pointing at the first dated line", () => {
    const snapshot = summaryWith({
      background: [
        item("14/03/2026 – Police notification following a domestic incident at the family home."),
        item("20/03/2026 – Child and Family Assessment started."),
        item("2 April 2026 – Child in Need meeting held and plan agreed."),
        item("15 July 2026 – Further police notification; father attended the property."),
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.message).toContain("Each of its 4 entries records only what happened and when");
    expect(findings[0]!.message).toContain("Maya's lived experience");
    const location = findings[0]!.location!;
    expect(snapshot.paragraphs[location.paragraph]!.text.slice(location.start, location.end)).toBe(
      "14/03/2026 – Police notification following a domestic incident at the family home.",
    );
  });

  it("counts the sentences of a prose paragraph that reads like a chronology", () => {
    const snapshot = summaryWith({
      background: [
        "In May 2022 the school referred the family to Early Help. In September 2022 Early Help closed. In March 2026 the police attended a domestic incident. On 2 April 2026 a Child in Need plan was agreed.",
      ],
    });
    expect(findingsOf(rule, snapshot)).toHaveLength(1);
  });

  it('judges a year-by-year chronology in one paragraph sentence by sentence, despite one "due to" and one "however"', () => {
    const snapshot = summaryWith({ background: [YEAR_BY_YEAR] });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("Each of its 7 entries records only what happened and when");
    const location = findings[0]!.location!;
    expect(snapshot.paragraphs[location.paragraph]!.text.slice(location.start, location.end)).toBe(
      "In 2016 Maya was born and the family were living with Nan in Keighley.",
    );
  });

  it("passes an analytical background that mentions years: it is no chronology", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        background: [
          "There was short Early Help involvement in 2023, when Mum and Dad separated and Maya's behaviour at school became difficult; it closed after six months with things settled.",
          "Looking back, the separation in 2023 left Maya feeling she had lost her dad, and I think that is part of why the attention of older boys has been so attractive to her.",
          "By 2025 Mum's drinking had become the main worry, which meant Maya was often caring for Leo on her own.",
        ],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("passes a dated background that says what the events meant", () => {
    const snapshot = summaryWith({
      background: [
        item(
          "2022: Early Help supported Mum with Maya's attendance, which improved because Mum had help with mornings.",
        ),
        item(
          "March 2026: police attended a domestic incident; this meant Maya had lived with arguments for years.",
        ),
        item(
          "April 2026: Child in Need plan agreed, so that Maya and Leo have support at school and at home.",
        ),
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("passes an analytical overview with a couple of dates", () => {
    const snapshot = summaryWith({
      background: [
        "Maya's family had Early Help in 2022 when school was worried about her attendance. The support helped Mum with routines, but it ended before the domestic abuse at home was understood. This meant Maya lived with frightening arguments for another year.",
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("ignores a background too short to be a chronology, and an empty one", () => {
    expect(
      findingsOf(
        rule,
        summaryWith({
          background: [item("12/05/2022 – Referral from school."), item("03/09/2022 – Early Help closed.")],
        }),
      ),
    ).toEqual([]);
    expect(findingsOf(rule, summaryWith({ background: [] }))).toEqual([]);
  });

  it("passes the good demo summary and catches the poor one's pasted chronology", () => {
    expect(findingsOf(rule, bradford2025Good)).toEqual([]);
    expect(findingsOf(rule, bradford2025Poor).map((f) => f.section)).toEqual(["background"]);
  });
});
