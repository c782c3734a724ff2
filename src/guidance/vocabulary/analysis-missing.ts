/**
 * Word lists for the analysis-missing check (004 §4.3: ask "so what?"). Data only: councils can
 * change these in their own pack. The phrases are the language of analysis: why something
 * happened, what it means for the child, how we know.
 */
import { monthNames } from "./calendar";

export const analysisMissingOptions = {
  phrases: [
    // Why it happened.
    "because",
    "due to",
    "as a result",
    "resulted in",
    "led to",
    "leading to",
    "caused",
    "the reason",
    "why",
    "since then",
    "so that",
    "in order to",
    "therefore",
    "consequently",
    // What it means for the child.
    "which means",
    "this means",
    "this meant",
    "has meant",
    "have meant",
    "means that",
    "meant that",
    "means for",
    "meant for",
    "impact*",
    "the effect on",
    "affected",
    "affects",
    "lived experience",
    "her experience",
    "his experience",
    "their experience",
    "so what",
    // Judgement and reflection.
    "this shows",
    "this showed",
    "this suggests",
    "suggests that",
    "shows that",
    "indicates",
    "we think",
    "I think",
    "we believe",
    "I believe",
    "in my view",
    "our view",
    "my assessment",
    "our assessment",
    "I am worried",
    "we are worried",
    "we know this",
    "how we know",
    "however",
    "although",
    "despite",
    "unless",
  ],
  /** Sections shorter than this are too short to judge. */
  minWords: 40,
  /** One analytic phrase is expected for every this many words (and always at least one). */
  wordsPerPhrase: 150,
  /** Month names, to tell a dated event from a sentence of analysis. */
  monthNames,
  /**
   * When at least this share of a section's sentences are dated events, it is a chronology, and
   * only its undated sentences count as analysis.
   */
  chronologyShare: 0.6,
};
