/**
 * Thresholds for the readability check (004 §1.2: "easy to read"; §4.5: "If the child reads this
 * as an adult, will they understand it?"). The rule's defaults: a pack overrides any of them by name.
 */
export const readabilityOptions = {
  /**
   * A sentence longer than this loses its reader. Plain-English guides aim for 15–20 words, but
   * practitioners' summaries carry many 40-word sentences a manager reads without trouble; only
   * the one that runs on and on is worth a word.
   */
  maxSentenceWords: 60,
  /** Only the longest such sentence is pointed out: one weakness, one finding. */
  maxSentenceFindings: 1,
  /**
   * Flesch reading ease below this is very hard to read. Plain English is 60–70; case recording,
   * with its agencies and plans, scores in the 30s when it is perfectly clear.
   */
  minReadingEase: 15,
  /** A section shorter than this is too short to judge by reading ease. */
  minWordsForReadingEase: 80,
};
