import { z } from "zod";
import { defineRule } from "./define";

/** A second copy of a heading usually means new text was added under old text, not merged into it. */
export default defineRule({
  meta: {
    id: "section-duplicate",
    description: "A heading appears more than once.",
    messages: {
      duplicate:
        '"{{heading}}" appears more than once. Keep one up-to-date section and merge the rest into it, rather than adding new information under old.',
    },
    defaultSeverity: "warning",
    scope: "document",
    options: z.object({}),
  },
  check({ document, report }) {
    const seen = new Set<string>();
    for (const occurrence of document.structure.occurrences) {
      if (!seen.has(occurrence.key)) {
        seen.add(occurrence.key);
        continue;
      }
      report({
        section: occurrence.key,
        key: `${occurrence.key}@${occurrence.headingParagraph}`,
        messageId: "duplicate",
        data: { heading: occurrence.headingText },
        location: {
          paragraph: occurrence.headingParagraph,
          start: 0,
          end: document.paragraph(occurrence.headingParagraph).text.length,
        },
      });
    }
  },
});
