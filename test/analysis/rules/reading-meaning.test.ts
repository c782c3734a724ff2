import childVoice from "../../../src/analysis/rules/child-voice";
import evidenceMissing from "../../../src/analysis/rules/evidence-missing";
import familyView from "../../../src/analysis/rules/family-view";
import jargon from "../../../src/analysis/rules/jargon-unexplained";
import penPicture from "../../../src/analysis/rules/pen-picture-detail";
import { findingsOf, summaryWith } from "../helpers";

/** Passages as practitioners write them, each of which a phrase list missed or misread. */
describe("checks that read what the worker means", () => {
  it("child-voice: 'unable to express her wishes' is not her wishes; how the worker understood her is", () => {
    const unable = findingsOf(
      childVoice,
      summaryWith(
        {
          "pen-picture": [
            "Ellie is 9. Ellie is unable to express her wishes and feelings due to her disability.",
          ],
        },
        { childName: "Ellie" },
      ),
      { childName: "Ellie" },
    );
    expect(unable).toHaveLength(1);
    expect(unable[0]!.message).toContain(
      "Does the pen picture say how you have understood Ellie's wishes and feelings?",
    );
    const understood = findingsOf(
      childVoice,
      summaryWith(
        {
          "pen-picture": [
            "Tomasz is 6 and non-verbal. He uses his PECS book to choose his snack, and his teaching assistant, who knows him best, says he hums when he is content.",
          ],
        },
        { childName: "Tomasz" },
      ),
      { childName: "Tomasz" },
    );
    expect(understood).toEqual([]);
  });

  it("child-voice: the advice fits the child's age", () => {
    const teenager = findingsOf(
      childVoice,
      summaryWith(
        { "pen-picture": ["Kai is 15 and lives with Mum. He plays football."] },
        { childName: "Kai" },
      ),
      { childName: "Kai" },
    );
    expect(teenager[0]!.message).toContain("in Kai's own words");
    expect(teenager[0]!.message).not.toContain("baby");
    const baby = findingsOf(
      childVoice,
      summaryWith({ "pen-picture": ["Amara is 7 months old and lives with Mum."] }, { childName: "Amara" }),
      { childName: "Amara" },
    );
    expect(baby[0]!.message).toContain("For a baby or a child who does not use words");
  });

  it("child-voice: 'a happy little boy' is the worker's description, not the child's feelings", () => {
    const findings = findingsOf(
      childVoice,
      summaryWith(
        {
          "pen-picture": ["Harvey is 22 months old. He is a happy little boy and is meeting his milestones."],
        },
        { childName: "Harvey" },
      ),
      { childName: "Harvey" },
    );
    expect(findings).toHaveLength(1);
  });

  it("pen-picture-detail: hopes in the worker's words, and a baby's pen picture full of observations", () => {
    const kai = findingsOf(
      penPicture,
      summaryWith(
        {
          "pen-picture": [
            "Kai is 15 and lives with Mum; his best friend is Tyler. He loves fixing bikes at Oakwood College. Kai wants a motor vehicle apprenticeship next September.",
          ],
        },
        { childName: "Kai" },
      ),
      { childName: "Kai" },
    ).map((f) => f.id);
    expect(kai).not.toContain("pen-picture-detail/pen-picture/hopes");
    const amara = findingsOf(
      penPicture,
      summaryWith(
        {
          "pen-picture": [
            "Amara is 7 months old and lives with Mum at Nan's; Nan is very important to her.",
            "She is smiley and reaches for keys. She laughs when her brother blows raspberries and cries at raised voices.",
          ],
        },
        { childName: "Amara" },
      ),
      { childName: "Amara" },
    ).map((f) => f.id);
    expect(amara).not.toContain("pen-picture-detail/pen-picture/unique");
    expect(amara).not.toContain("pen-picture-detail/pen-picture/observations");
  });

  it("evidence-missing: a parent's word that things are better is not evidence; school's is", () => {
    const say = findingsOf(
      evidenceMissing,
      summaryWith({
        difference: ["Things are going much better at home and Mum says she is coping better."],
      }),
    );
    expect(say).toHaveLength(1);
    const school = findingsOf(
      evidenceMissing,
      summaryWith({
        difference: ["Things are going much better: school say Maya's attendance is 97% this term."],
      }),
    );
    expect(school).toEqual([]);
  });

  it("family-view: the family named by their names, and a baby not asked", () => {
    const named = findingsOf(
      familyView,
      summaryWith({
        goals: ['Maya wants to stay at Nan\'s. Chloe wants Maya home "as a family" by Christmas.'],
      }),
    );
    expect(named).toEqual([]);
    const baby = findingsOf(
      familyView,
      summaryWith(
        { goals: ["Chloe wants to move back to the flat."] },
        { childName: "Amara", preamble: ["Amara is a 7-month-old baby."] },
      ),
      { childName: "Amara" },
    );
    expect(baby).toEqual([]);
  });

  it("jargon-unexplained: the meaning depends on the summary, and two meanings are asked about", () => {
    const disabled = findingsOf(
      jargon,
      summaryWith(
        {
          "pen-picture": [
            "Ellie has CP and uses a wheelchair. Her PA takes her swimming as part of her care package.",
          ],
        },
        { childName: "Ellie" },
      ),
      { childName: "Ellie" },
    );
    const byKey = new Map(disabled.map((f) => [f.id.split("/")[2], f.message]));
    expect(byKey.get("CP")).toContain('"CP" stands for cerebral palsy');
    expect(byKey.get("PA")).toContain('"PA" stands for personal assistant');
    const both = findingsOf(
      jargon,
      summaryWith(
        {
          involvement: [
            "Ellie has CP and uses a wheelchair.",
            "Ellie is on a CP plan after the initial conference.",
          ],
        },
        { childName: "Ellie" },
      ),
      { childName: "Ellie" },
    );
    const cp = both.find((f) => f.id.endsWith("/CP"))!;
    expect(cp.message).toContain('Which does "CP" mean here: Child Protection or cerebral palsy?');
    expect(cp.fix).toBeUndefined();
    const teams = findingsOf(
      jargon,
      summaryWith({
        involvement: ["The OT and SALT have assessed him; the SENCO will chase the EHCP. He has LD."],
      }),
    ).map((f) => f.id.split("/")[2]);
    expect(teams).toEqual(expect.arrayContaining(["OT", "SALT", "SENCO", "EHCP", "LD"]));
  });
});
