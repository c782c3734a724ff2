/**
 * Thresholds for the readability check (004 §1.2: "easy to read"; §4.5: "If the child reads this
 * as an adult, will they understand it?"). Data only: councils can change these in their own pack.
 */
export const readabilityOptions = {
  /** A sentence longer than this is hard to follow; plain-English guides aim for 15–20 words. */
  maxSentenceWords: 40,
  /** At most this many long sentences are pointed out, so the pane is not flooded. */
  maxSentenceFindings: 5,
  /** Flesch reading ease below this is very hard to read (university level); plain English is 60–70. */
  minReadingEase: 30,
  /** A section shorter than this is too short to judge by reading ease. */
  minWordsForReadingEase: 80,
};
