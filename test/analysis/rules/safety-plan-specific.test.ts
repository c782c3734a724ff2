import rule from "../../../src/analysis/rules/safety-plan-specific";
import { findingsOf, heading, paragraph, snapshotOf, summaryWith } from "../helpers";

const RED = "#FF0000";
const item = (text: string) => paragraph(text, { inList: true, colour: RED });

describe("safety-plan-specific", () => {
  it("reports a safety plan that is a list of people, pointing at the first name", () => {
    const snapshot = summaryWith({
      "safety-plan": [
        item("Mum – Kerry Green"),
        item("Nan – Susan Green, 07700 900456"),
        item("School – Mrs Ahmed, designated safeguarding lead"),
        item("Social worker – Tom Walsh"),
      ],
    });
    const findings = findingsOf(rule, snapshot);
    const list = findings.find((f) => f.id === "safety-plan-specific/safety-plan/list-of-people");
    expect(list).toBeDefined();
    // Whether a plan is specific is a judgement: a recommendation, never Required.
    expect(list!.severity).toBe("warning");
    expect(list!.message).toContain("Is Maya's safety plan more than a list of people?");
    expect(snapshot.paragraphs[list!.location!.paragraph]!.text).toBe("Mum – Kerry Green");
    // A list of names is one finding, not also "who does what"; the date and the sharing are
    // other things missing, each named once.
    expect(findings.map((f) => f.id.split("/")[2]).sort()).toEqual([
      "date-agreed",
      "list-of-people",
      "shared",
    ]);
  });

  it("reports a plan in prose that never says who does what when Maya is at risk", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        "safety-plan": [
          "Maya's safety is the priority for everyone. The family have a good network and professionals are involved. Agreed on 3 October 2026 and shared with Mum and Maya; uploaded to forms on 4 October 2026.",
        ],
      }),
    );
    expect(findings.map((f) => f.id)).toEqual(["safety-plan-specific/safety-plan/who-does-what"]);
    expect(findings[0]!.message).toContain("who does what when Maya is at risk of harm");
  });

  it("passes a specific plan with the date agreed, how it was shared and when it was uploaded", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        "safety-plan": [
          "If Dad comes to the house after drinking, Mum will not let him in and will ring 999.",
          "If Maya feels frightened at home, she will text Nan, who will collect her and ring the social worker or the Emergency Duty Team out of hours.",
          "School will check in with Maya every Monday morning and tell the social worker the same day if she says anything worrying.",
          "This plan was agreed at the core group on 14/10/2026. I went through it with Maya at school using words and pictures, and Mum and Nan have a copy. Uploaded to forms on 15/10/2026.",
        ],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("names only the missing record when the plan itself is specific", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        "safety-plan": [
          "When Maya goes to Dad’s, Nan will supervise the whole visit and will bring Maya home if Dad has been drinking.",
          "Agreed with Mum on 2 November 2026; I went through it with Maya and Mum, and Mum has a copy on the fridge.",
        ],
      }),
    );
    expect(findings).toEqual([]);
    // "Agreed with Mum" says when it was agreed, not how Maya and the family came to know it.
    const agreedOnly = findingsOf(
      rule,
      summaryWith({
        "safety-plan": [
          "When Maya goes to Dad’s, Nan will supervise the whole visit and will bring Maya home if Dad has been drinking.",
          "Agreed with Mum on 2 November 2026.",
        ],
      }),
    );
    expect(agreedOnly.map((f) => f.id)).toEqual(["safety-plan-specific/safety-plan/shared"]);
    const unshared = findingsOf(
      rule,
      summaryWith({
        "safety-plan": [
          "When Maya goes to Dad’s, Nan will supervise the whole visit and will bring Maya home if Dad has been drinking.",
          "Plan dated 2 November 2026; uploaded to forms the same day.",
        ],
      }),
    );
    expect(unshared.map((f) => f.id)).toEqual(["safety-plan-specific/safety-plan/shared"]);
    expect(unshared[0]!.message).toContain("how it was shared with Maya and the family");
  });

  it("does not take a weekday for the date the plan was agreed", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        "safety-plan": [
          "If Maya is not collected from school, school will ring Nan and then the social worker. We went through this with Maya on Monday and she has a copy. Uploaded to forms.",
        ],
      }),
    );
    expect(findings.map((f) => f.id)).toEqual(["safety-plan-specific/safety-plan/date-agreed"]);
  });

  it("does not take a time of day in the plan for the date it was agreed", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        "safety-plan": [
          "If Dad arrives after 10pm or has been drinking, Mum will not let him in and will ring 999. If Maya feels unsafe she will text Nan, who will collect her by 10.30 pm. We went through this with Mum and Maya and both have a copy. Uploaded to forms.",
        ],
      }),
    );
    expect(findings.map((f) => f.id)).toEqual(["safety-plan-specific/safety-plan/date-agreed"]);
    expect(findings[0]!.message).toContain("The safety plan gives no date");
  });

  it("still takes a calendar date given with a time as the date agreed", () => {
    const findings = findingsOf(
      rule,
      summaryWith({
        "safety-plan": [
          "If Dad arrives after 10pm or has been drinking, Mum will not let him in and will ring 999. Agreed at 4pm on 3 October 2026 at the core group, and we went through it with Mum and Maya; both have a copy. Uploaded to forms.",
        ],
      }),
    );
    expect(findings).toEqual([]);
  });

  it("says nothing about an empty or missing section", () => {
    expect(findingsOf(rule, summaryWith({ "safety-plan": [] }))).toEqual([]);
    expect(
      findingsOf(rule, snapshotOf(heading("Pen Picture of the child"), paragraph("Maya is 9."))),
    ).toEqual([]);
  });
});
