import { parentsAndCarers, widerFamily } from "../../../guidance/vocabulary/people";

/**
 * Word lists for the family-view check (004 §3.1(v): "Capture what the child and the family think
 * about what should happen next"). The rule's defaults: a pack overrides any of them by name.
 * A view is a sentence with one of `phrases`; whose view it is comes from who is named before it
 * ("Maya wants…", "Mum would like…"), or from the person last named when the sentence says "she"
 * or "he".
 */
export const familyViewOptions = {
  /** Words that record someone's view. */
  phrases: [
    "want*",
    "would like",
    "would love",
    "would prefer",
    "prefer*",
    "hope*",
    "wish*",
    "feel*",
    "felt",
    "think*",
    "thought",
    "believe*",
    "agree*",
    "disagree*",
    "said",
    "says",
    "told me",
    "told us",
    "tells me",
    "shared that",
    "asked for",
    "asked to",
    "is keen",
    "are keen",
    "is worried",
    "are worried",
    "is happy",
    "are happy",
    "does not want",
    "doesn't want",
    "views",
    "view is",
    "own words",
    "in her words",
    "in his words",
    "in their words",
  ],
  /** Ways of naming the child other than by name. */
  childWords: ["the child", "the young person", "the baby", "young person", "child"],
  /** Ways of naming the family: parents, carers and the wider family. */
  familyWords: [
    ...parentsAndCarers,
    ...widerFamily,
    "family",
    "the family",
    "both parents",
    "her parents",
    "his parents",
  ],
  /** Pronouns that refer back to the person last named. */
  pronouns: ["she", "he", "they", "her", "his", "their"],
};
