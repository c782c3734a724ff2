import { z } from "zod";
import { defineRule } from "./define";

/** A heading with nothing under it tells the reader nothing. */
export default defineRule({
  meta: {
    id: "section-empty",
    description: "A section has a heading but nothing written under it.",
    messages: {
      empty:
        'Nothing is written under "{{heading}}" yet. Use the guidance notes for this heading to fill it in.',
    },
    defaultSeverity: "error",
    scope: "section",
    options: z.object({}),
  },
  check({ document, section, report }) {
    if (!section?.occurrence) return;
    if (document.sectionWordCount(section) > 0) return;
    report({
      messageId: "empty",
      data: { heading: section.occurrence.headingText },
      location: document.headingLocation(section),
    });
  },
});
