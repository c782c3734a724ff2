import { z } from "zod";
import { defineRule } from "./define";

/** Summaries should be brief; lengthy descriptions belong in the case record. */
export default defineRule({
  meta: {
    id: "section-too-long",
    description: "A section is longer than its brevity budget.",
    messages: {
      tooLong:
        '"{{heading}}" is {{words}} words; aim for {{maxWords}} or fewer. Keep it brief: anyone reading should quickly understand what is happening, and detail already recorded elsewhere need not be repeated.',
    },
    defaultSeverity: "warning",
    scope: "section",
    options: z.object({ maxWords: z.number().int().positive() }),
  },
  check({ document, section, options, report }) {
    if (!section?.occurrence) return;
    const wordCount = document.sectionWordCount(section);
    if (wordCount <= options.maxWords) return;
    report({
      messageId: "tooLong",
      data: { heading: section.occurrence.headingText, words: wordCount, maxWords: options.maxWords },
      location: document.headingLocation(section),
    });
  },
});
