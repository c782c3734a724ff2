import { z } from "zod";
import { findAllPhrases } from "../language";
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
});

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
    let found = 0;
    for (const index of document.bodyParagraphs(section)) {
      found += findAllPhrases(document.paragraph(index).text, options.phrases).length;
      if (found >= expected) return;
    }
    const heading = section.occurrence.headingText;
    const opening =
      found === 0
        ? `"${heading}" describes what has happened but not why, or what it means for ${childLabel}.`
        : `"${heading}" is mostly description, with little about why things happened or what they mean for ${childLabel}.`;
    report({
      message: `${opening} Ask yourself: Why has this happened? So what does this mean for ${childLabel}? Add a sentence or two of analysis.`,
      location: document.headingLocation(section),
    });
  },
});
