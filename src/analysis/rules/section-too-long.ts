import { z } from "zod";
import { defineRule } from "./define";

/** Summaries should be brief; lengthy descriptions belong in the case record. */
export default defineRule({
  meta: {
    id: "section-too-long",
    description: "A section is longer than its brevity budget.",
    defaultSeverity: "warning",
    scope: "section",
    options: z.object({ maxWords: z.number().int().positive() }),
  },
  check({ document, section, options, report }) {
    if (!section?.occurrence) return;
    const wordCount = document.sectionWordCount(section);
    if (wordCount <= options.maxWords) return;
    report({
      message: `"${section.occurrence.headingText}" is ${wordCount} words; aim for ${options.maxWords} or fewer. Keep it brief: anyone reading should quickly understand what is happening, and detail already recorded elsewhere need not be repeated.`,
      location: document.headingLocation(section),
    });
  },
});
