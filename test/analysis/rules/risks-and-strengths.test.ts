import rule from "../../../src/analysis/rules/risks-and-strengths";
import { bradford2025Good } from "../../../src/examples/bradford-2025-good";
import { bradford2025Poor } from "../../../src/examples/bradford-2025-poor";
import { findingsOf, summaryWith } from "../helpers";

const keysOf = (findings: { id: string }[]) => findings.map((f) => f.id.split("/")[2]);

describe("risks-and-strengths", () => {
  it("names each missing topic in its own warning", () => {
    const snapshot = summaryWith({
      involvement: [
        "Referral received from the police after a domestic incident at the home. Mum and Maya were seen at home and at school. Mum has agreed to attend the Freedom Programme.",
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(keysOf(findings)).toEqual(["risks", "strengths", "plan-type"]);
    expect(findings.every((f) => f.severity === "warning")).toBe(true);
    expect(findings[2]!.message).toContain("type of plan");
    expect(findings[2]!.message).toContain("Child in Need plan");
    expect(snapshot.paragraphs[findings[0]!.location!.paragraph]!.text).toBe("Summary of our involvement");
  });

  it("asks only for what is missing", () => {
    const snapshot = summaryWith({
      involvement: [
        "Maya is supported on a Child in Need plan. We are worried that she has seen violence at home and takes on too much care of her brother.",
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(keysOf(findings)).toEqual(["strengths"]);
    expect(findings[0]!.message).toContain("What is working well for Maya");
  });

  it("passes when risks, strengths and the plan are all there", () => {
    const snapshot = summaryWith({
      involvement: [
        "Maya is on a Child Protection plan because of the risk of harm from domestic abuse. Her nan is a safe adult and a protective factor, and Mum is warm and loving.",
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("does not take a denied strength, or a positive drug test, for a strength", () => {
    const snapshot = summaryWith({
      involvement: [
        "Maya is on a Child Protection plan because we are worried about Dad's drug use. Dad is not supportive and tested positive for cannabis in October. There are no protective factors in the wider family that we know of.",
      ],
    });
    const findings = findingsOf(rule, snapshot);
    expect(keysOf(findings)).toEqual(["strengths"]);
    expect(findings[0]!.message).toContain("protective factors and strengths");
  });

  it("counts a strength in a clause after a denied one", () => {
    const snapshot = summaryWith({
      involvement: [
        "Maya is on a Child Protection plan because we are worried about Dad's drug use. Dad is not working with us, but Nan is very supportive and Maya has a warm relationship with her.",
      ],
    });
    expect(findingsOf(rule, snapshot)).toEqual([]);
  });

  it("leaves an empty section to section-empty", () => {
    expect(findingsOf(rule, summaryWith({ involvement: [] }))).toEqual([]);
  });

  it("passes the good demo summary and catches the poor one", () => {
    expect(findingsOf(rule, bradford2025Good)).toEqual([]);
    expect(keysOf(findingsOf(rule, bradford2025Poor))).toEqual(["risks", "strengths"]);
  });
});
