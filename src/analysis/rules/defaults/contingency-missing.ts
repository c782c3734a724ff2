/**
 * Word lists for the contingency-missing check (004 §3.1(v): "Be clear about any contingency plans
 * should the proposed plan not support the change"). Data only: councils can change these in their
 * own pack.
 */
export const contingencyMissingOptions = {
  /**
   * Words and phrases that on their own show a contingency plan is there. Words for what a
   * contingency leads to ("escalate", "PLO", "legal planning meeting") are not among them: "Dad's
   * drinking has escalated" or "Maya is subject to PLO" describe the case, not a plan B. They are
   * consequences below, which count after a condition and a setback.
   */
  phrases: [
    "contingenc*",
    "plan B",
    "back-up plan",
    "backup plan",
    "fallback",
    "fall-back",
    "if the plan does not work",
    "if the plan doesn't work",
    "if the plan is not working",
    "if this does not work",
    "if this doesn't work",
    "if things do not improve",
    "if things don't improve",
    "if there is no change",
    "if there is no improvement",
    "if change is not",
    "alternative carer*",
    "back-up carer*",
  ],
  /**
   * A sentence with a condition, a setback and a consequence also shows a contingency: "If Mum
   * does not attend the programme, we will…", "Should Dad's drinking continue, the core group will…".
   */
  conditions: ["if", "should", "unless", "in the event", "where"],
  setbacks: [
    "not",
    "no",
    "never",
    "doesn't",
    "don't",
    "didn't",
    "isn't",
    "aren't",
    "won't",
    "can't",
    "cannot",
    "fail*",
    "unable",
    "refus*",
    "declin*",
    "continue*",
    "deteriorat*",
    "worsen*",
    "break down",
    "breaks down",
    "relapse*",
    "again",
    "another",
    "any further",
    "further",
    "incident*",
    "breach*",
    "harm*",
    "unsafe",
    "returns to live",
    "moves back",
    "comes back",
  ],
  consequences: [
    "we will",
    "we would",
    "will be",
    "would be",
    "will consider",
    "will need to",
    "will have to",
    "will move",
    "will go",
    "will request",
    "will seek",
    "will ask",
    "the local authority will",
    "the Trust will",
    "the plan will",
    "then",
    "escalat*",
    "step up",
    "stepped up",
    "PLO",
    "public law outline",
    "pre-proceedings",
    "care proceedings",
    "legal planning meeting",
    "legal gateway",
    "legal advice",
    "initial child protection conference",
  ],
};
