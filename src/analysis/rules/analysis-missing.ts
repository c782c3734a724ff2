import { z } from "zod";
import { findAllPhrases } from "../language";
import { mentionsCalendarDate } from "../reading/dates";
import { defineRule } from "./define";

/**
 * 004 §4.3 (and 002 §1.10, 001): a summary is a chance to reflect on why change is or is not
 * happening; asking "so what?" gets the plan right. A section long enough to describe events but
 * without the language of analysis (because, which means, the impact on…) only describes them.
 */

const optionsSchema = z.object({
  phrases: z.array(z.string()).default([]),
  minWords: z.number().int().positive().default(40),
  wordsPerPhrase: z.number().int().positive().default(150),
  /** Month names, to tell a dated event ("In March 2022 …") from a sentence of analysis. */
  monthNames: z.array(z.string()).default([]),
  /**
   * A section whose sentences are mostly dated events (at least this share, and three of them) is
   * a chronology; a "due to" or "however" inside one of its entries explains that event, not what
   * the history means, so only its undated sentences count as analysis.
   */
  chronologyShare: z.number().min(0).max(1).default(0.6),
});

const MIN_DATED_SENTENCES = 3;

/**
 * Which sentences are dated events, when enough are for the section to be a chronology; null
 * otherwise. Stops as soon as too many undated sentences make a chronology impossible, so
 * ordinary prose costs a few sentences' look.
 */
function datedSentences(
  sentences: readonly { text: string }[],
  options: z.infer<typeof optionsSchema>,
): boolean[] | null {
  const allowedUndated = Math.floor(sentences.length * (1 - options.chronologyShare));
  const dated: boolean[] = [];
  let undated = 0;
  for (const sentence of sentences) {
    const isDated = mentionsCalendarDate(sentence.text, options.monthNames);
    dated.push(isDated);
    if (!isDated && ++undated > allowedUndated) return null;
  }
  return dated.filter(Boolean).length >= MIN_DATED_SENTENCES ? dated : null;
}

export default defineRule({
  meta: {
    id: "analysis-missing",
    description:
      "A section describes events without saying why they happened or what they mean for the child.",
    defaultSeverity: "warning",
    scope: "section",
    options: optionsSchema,
  },
  check({ document, section, options, childLabel, report }) {
    if (!section?.occurrence) return;
    const wordCount = document.sectionWordCount(section);
    // Too short to judge: a two-line section is section-empty's or the worker's own business.
    if (wordCount < options.minWords) return;
    const expected = Math.max(1, Math.floor(wordCount / options.wordsPerPhrase));
    const sentences = document.sectionSentences(section);
    const phrasesIn = sentences.map((s) => findAllPhrases(s.text, options.phrases).length);
    let found = phrasesIn.reduce((sum, n) => sum + n, 0);

    // Enough analytic words: still description if they sit inside the entries of a chronology.
    let chronology = false;
    if (found >= expected && sentences.length >= MIN_DATED_SENTENCES) {
      const dated = datedSentences(sentences, options);
      if (dated !== null) {
        chronology = true;
        found = phrasesIn.reduce((sum, n, i) => sum + (dated[i] ? 0 : n), 0);
      }
    }
    if (found >= expected) return;

    const heading = section.occurrence.headingText;
    const opening = chronology
      ? `"${heading}" reads as a run of dated events: it says what happened, year by year, but not what it means for ${childLabel}.`
      : found === 0
        ? `"${heading}" describes what has happened but not why, or what it means for ${childLabel}.`
        : `"${heading}" is mostly description, with little about why things happened or what they mean for ${childLabel}.`;
    report({
      message: `${opening} Ask yourself: Why has this happened? So what does this mean for ${childLabel}? Add a sentence or two of analysis.`,
      location: document.headingLocation(section),
    });
  },
});
