import rule from "../../../src/analysis/rules/readability";
import { findingsOf, summaryWith } from "../helpers";

/** 67 words: a sentence that runs on past where a reader can hold it. */
const LONG_SENTENCE =
  "Following the strategy discussion that was held with the police and health colleagues after the school raised concerns about the bruising that had been noticed on Maya's arm during a PE lesson, it was agreed that a joint visit would be completed and that Mum would be spoken to alone before Maya came home, with Nan asked to collect Leo from nursery while the visit took place.";

/** 48 words: long, but practitioners write many like it and managers read them without trouble. */
const LONG_BUT_CLEAR =
  "Following the strategy discussion with the police and health colleagues after the school raised concerns about the bruising on Maya's arm during a PE lesson, it was agreed that a joint visit would be completed and that Mum would be spoken to alone before Maya came home that afternoon.";

describe("readability", () => {
  it("points at a very long sentence, saying how long it is", () => {
    const snapshot = summaryWith({
      involvement: [`Maya is 9. ${LONG_SENTENCE} Maya was seen the same day.`],
    });
    const findings = findingsOf(rule, snapshot);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.severity).toBe("info");
    expect(finding!.section).toBe("involvement");
    expect(finding!.message).toMatch(/This sentence is 6\d words long/);
    expect(finding!.message).toContain("including Maya as an adult");
    const location = finding!.location!;
    expect(snapshot.paragraphs[location.paragraph]!.text.slice(location.start, location.end)).toBe(
      LONG_SENTENCE,
    );
  });

  it("keeps the worker's words out of the finding's id, which stays the same when text around the sentence changes", () => {
    const first = findingsOf(rule, summaryWith({ involvement: [`Maya is 9. ${LONG_SENTENCE}`] }));
    const edited = findingsOf(
      rule,
      summaryWith({
        involvement: [`Maya is 9 and lives with Mum. ${LONG_SENTENCE} Maya was seen the same day.`],
      }),
    );
    expect(first).toHaveLength(1);
    const id = first[0]!.id;
    expect(id).toMatch(/^readability\/involvement\/sentence-[0-9a-z]{1,8}$/);
    for (const word of ["following", "strategy", "police", "bruising", "maya"])
      expect(id).not.toContain(word);
    expect(edited.map((f) => f.id)).toEqual([id]);
    // Another long sentence gets an id of its own.
    const other = findingsOf(rule, summaryWith({ involvement: [LONG_SENTENCE.replace("Mum", "Dad")] }));
    expect(other[0]!.id).not.toBe(id);
  });

  it("reports a section that is very hard to read", () => {
    const dense =
      "Professional consideration regarding the appropriateness of continued intervention necessitated comprehensive multi-agency consultation, particularly concerning parental capacity, environmental deterioration, educational disengagement and the cumulative psychological consequences of intergenerational victimisation.";
    const snapshot = summaryWith({
      background: [dense, dense.replace("Professional", "Subsequent professional"), dense],
    });
    const findings = findingsOf(rule, snapshot);
    const ease = findings.find((f) => f.id === "readability/background/reading-ease");
    expect(ease).toBeDefined();
    expect(ease!.message).toContain('"Background information" is very hard to read');
    expect(ease!.message).toContain("will they understand it?");
  });

  it("passes plain writing in short sentences", () => {
    const snapshot = summaryWith({
      "pen-picture": [
        "Maya is 9 and lives with her mum and her little brother, Jayden. She loves drawing, her dog Biscuit and going to Nan's on Saturdays. She told me school is 'alright' but she misses her friend Zara, who moved away. Maya wants Dad to stop drinking so she can see him again.",
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("points out one long sentence however many there are: one weakness, one finding", () => {
    const snapshot = summaryWith({ background: Array.from({ length: 8 }, () => LONG_SENTENCE) });
    const longOnes = findingsOf(rule, snapshot).filter((f) => f.message.startsWith("This sentence"));
    expect(longOnes).toHaveLength(1);
  });

  it("leaves a long but clear sentence alone", () => {
    expect(findingsOf(rule, summaryWith({ involvement: [`Maya is 9. ${LONG_BUT_CLEAR}`] }))).toEqual([]);
  });
});
