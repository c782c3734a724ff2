import rule from "../../../src/analysis/rules/child-voice";
import { bradford2025Good } from "../../../src/examples/bradford-2025-good";
import { bradford2025Poor } from "../../../src/examples/bradford-2025-poor";
import { findingsOf, heading, paragraph, snapshotOf, summaryWith } from "../helpers";

const descriptionOnly =
  "Maya is a 9-year-old girl of White British heritage. She lives with her mother and younger brother in a two-bedroom flat and is in Year 5 at Westfield Primary School. She enjoys art and swimming.";

describe("child-voice", () => {
  it("warns when the pen picture describes the child but never gives her wishes, feelings or words", () => {
    const snapshot = summaryWith({ "pen-picture": [descriptionOnly] });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe("warning");
    expect(findings[0]!.message).toContain("Maya's wishes and feelings");
    expect(findings[0]!.message).toContain("own words");
    const location = findings[0]!.location!;
    expect(snapshot.paragraphs[location.paragraph]!.text).toBe("Pen Picture of the child");
  });

  it("passes when the child is quoted in curly quotes", () => {
    const snapshot = summaryWith({
      "pen-picture": [descriptionOnly, "“I like it at Nan’s because it is quiet there.”"],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("passes when the child is quoted in single quotes with apostrophes inside", () => {
    const snapshot = summaryWith({
      "pen-picture": [descriptionOnly, "Her favourite saying is ‘I don’t do mornings’."],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("does not take a scare-quoted word or a possessive for the child's own words", () => {
    const snapshot = summaryWith({
      "pen-picture": [descriptionOnly, "Maya's 'contact' with her father is at her nan's house."],
    });
    expect(findingsOf(rule, snapshot)).toHaveLength(1);
  });

  it("passes when the worker reports what the child wants and how she feels", () => {
    const snapshot = summaryWith({
      "pen-picture": [
        descriptionOnly,
        "Maya would like to see her dad more often and feels safest when Nan is around.",
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("passes a baby's pen picture that describes what the baby shows", () => {
    const snapshot = summaryWith(
      {
        "pen-picture": [
          "Ava is 8 months old and lives with her mum. When I visited she smiled at her mum and reached for her when a stranger came in; she reaches for Mum for comfort.",
        ],
      },
      { childName: "Ava" },
    );
    expect(findingsOf(rule, snapshot, { childName: "Ava" })).toEqual([]);
  });

  it('does not take Mum\'s account of Maya, or words such as "missing" and "missed", for Maya\'s voice', () => {
    const snapshot = summaryWith({
      "pen-picture": [
        descriptionOnly,
        "Mum said Maya is happy at school. Maya has gone missing from home three times and missed school.",
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("What a parent or professional says about Maya is their view");
  });

  it("does not take a teacher's quotation for the child's own words", () => {
    const snapshot = summaryWith({
      "pen-picture": [
        descriptionOnly,
        "Her teacher, Mrs Ahmed, said: “Maya is a kind girl who always helps the younger ones.”",
      ],
    });
    expect(findingsOf(rule, snapshot)).toHaveLength(1);
  });

  it("passes a quotation the child is named as saying, before or after it", () => {
    for (const words of [
      "Maya told me, “I want to stay with Mum but I miss my dad.”",
      "“I like it when Nan picks me up,” Maya said.",
    ]) {
      expect(findingsOf(rule, summaryWith({ "pen-picture": [descriptionOnly, words] }))).toEqual([]);
    }
  });

  it("passes the child's view after someone else's in a contrasting clause", () => {
    const snapshot = summaryWith({
      "pen-picture": [
        descriptionOnly,
        "Mum says the flat is fine, but Maya told me she feels scared at night.",
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it('hears the child through "she" when the child\'s name is not known', () => {
    const snapshot = summaryWith({
      "pen-picture": [
        "She is 9 and lives with her mother. When I asked, she said she wants to see her dad more.",
      ],
    });
    expect(findingsOf(rule, snapshot, { childName: null })).toEqual([]);
  });

  it('does not take "she" for the child when it follows Mum in the sentence before', () => {
    const snapshot = summaryWith({
      "pen-picture": [descriptionOnly, "Mum struggles with low mood. She feels worried about money."],
    });
    expect(findingsOf(rule, snapshot)).toHaveLength(1);
  });

  it("leaves an empty or missing pen picture to the section checks", () => {
    expect(findingsOf(rule, summaryWith({ "pen-picture": [] }))).toEqual([]);
    expect(
      findingsOf(rule, snapshotOf(heading("Background information"), paragraph("Early Help in 2022."))),
    ).toEqual([]);
  });

  it("passes the good demo summary and catches the poor one", () => {
    expect(findingsOf(rule, bradford2025Good)).toEqual([]);
    expect(findingsOf(rule, bradford2025Poor).map((f) => f.rule)).toEqual(["child-voice"]);
  });
});
