/**
 * Word lists for the not-individual check (004 §4.2: "individually written for each child in
 * the family"). The rule's defaults: a pack overrides any of them by name.
 */
export const notIndividualOptions = {
  /** Ways of writing about the brothers and sisters together rather than about this child. */
  groupPhrases: [
    "the children",
    "both children",
    "all the children",
    "the boys",
    "the girls",
    "the siblings",
    "both boys",
    "both girls",
    "all three children",
    "the kids",
  ],
  minGroupMentions: 3,
};
