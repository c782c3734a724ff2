import { readabilityOptions } from "./defaults/readability";
import { z } from "zod";
import type { AnalysedDocument, DocumentSentence } from "../document";
import { countWords, readingEase } from "../language";
import type { SectionView } from "../types";
import { defineRule } from "./define";
import { shortHash } from "../reading/hash";

/**
 * Flesch reading ease is 206.8 − 1.015 × (words per sentence) − 84.6 × (syllables per word). With
 * sentences averaging under 25 words it falls below 30 ("very hard") only when words average
 * more than 1.79 syllables, which case notes almost never reach (plain prose is about 1.5).
 * Counting syllables is the costliest step of the whole analysis (several milliseconds for 2,000
 * words), so only sections of long sentences are scored; long sentences elsewhere are still
 * pointed out one by one.
 */
const SENTENCE_WORDS_WORTH_SCORING = 25;

/**
 * A key that stays with the sentence when text around it changes, and gives none of its words
 * away (it is kept in the document's settings when dismissed and printed in review comments).
 */
function sentenceKey(sentence: DocumentSentence): string {
  return `sentence-${shortHash(sentence.text)}`;
}

function longSentences(
  document: AnalysedDocument,
  section: SectionView,
  maxWords: number,
): { sentence: DocumentSentence; words: number }[] {
  const found: { sentence: DocumentSentence; words: number }[] = [];
  for (const index of document.bodyParagraphs(section)) {
    // A paragraph no longer than the limit cannot hold a sentence over it; the count is cached.
    if (document.wordCount(index) <= maxWords) continue;
    for (const sentence of document.sentences(index)) {
      // English words average nearly six characters with their space; a sentence under four per
      // word of the limit cannot be over it, so the costly word count is kept for likely ones.
      if (sentence.text.length <= maxWords * 4) continue;
      const words = countWords(sentence.text);
      if (words > maxWords) found.push({ sentence, words });
    }
  }
  return found;
}

/**
 * 004 §1.2: "A good child's case summary is easy to read"; §4.5: "If the child reads this as an
 * adult, will they understand it?" Gentle (info): very long sentences, and sections that are very
 * hard to read.
 */
export default defineRule({
  meta: {
    id: "readability",
    description: "Very long sentences, or a section that is very hard to read.",
    messages: {
      longSentence:
        "This sentence is {{words}} words long. Break it into shorter sentences, one point each, so that anyone reading it, including {{child}} as an adult, can follow it.",
      hardToRead:
        '"{{heading}}" is very hard to read (reading ease {{ease}} out of 100; plain English scores 60 or more). Use shorter sentences and everyday words: if {{child}} reads this as an adult, will they understand it?',
    },
    defaultSeverity: "info",
    defaultOptions: readabilityOptions,
    scope: "document",
    options: z.object({
      maxSentenceWords: z.number().int().positive().default(40),
      maxSentenceFindings: z.number().int().nonnegative().default(5),
      minReadingEase: z.number().default(30),
      minWordsForReadingEase: z.number().int().positive().default(80),
    }),
  },
  check({ document, options, childLabel, report }) {
    let sentenceFindings = 0;
    for (const section of document.sections) {
      if (!section.occurrence) continue;
      for (const { sentence, words } of longSentences(document, section, options.maxSentenceWords)) {
        if (sentenceFindings >= options.maxSentenceFindings) break;
        sentenceFindings++;
        report({
          section: section.key,
          key: sentenceKey(sentence),
          messageId: "longSentence",
          data: { words, child: childLabel },
          location: { paragraph: sentence.paragraph, start: sentence.start, end: sentence.end },
        });
      }

      const wordCount = document.sectionWordCount(section);
      const sentenceCount = document.sectionSentences(section).length;
      if (wordCount < options.minWordsForReadingEase || sentenceCount === 0) continue;
      if (wordCount / sentenceCount < SENTENCE_WORDS_WORTH_SCORING) continue;
      const ease = readingEase(document.bodyText(section));
      if (ease === null || ease >= options.minReadingEase) continue;
      report({
        section: section.key,
        key: "reading-ease",
        messageId: "hardToRead",
        data: {
          heading: section.occurrence.headingText,
          ease: Math.max(0, Math.round(ease)),
          child: childLabel,
        },
        location: document.headingLocation(section),
      });
    }
  },
});
