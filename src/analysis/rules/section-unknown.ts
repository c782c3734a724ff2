import { z } from "zod";
import { wholeParagraph } from "../document";
import { defineRule } from "./define";

/**
 * A heading written like the summary's others that the template does not have ("6. Manager's
 * oversight"). It is kept as a section of its own, so that nothing under it is checked or
 * coloured as part of the section above; the worker is told once, as a suggestion.
 */
export default defineRule({
  meta: {
    id: "section-unknown",
    description: "A heading that is not one of the template's.",
    messages: {
      unknownHeading:
        "\"{{heading}}\" is not one of the template's headings. That is fine if your team uses it; its text is not checked as part of the section above. If it belongs under one of the template's headings, move it there.",
    },
    defaultSeverity: "info",
    scope: "document",
    options: z.object({}),
  },
  check({ document, report }) {
    document.structure.unknownHeadings.forEach((index, ordinal) => {
      report({
        key: String(ordinal + 1),
        messageId: "unknownHeading",
        data: { heading: document.paragraph(index).text.trim() },
        location: wholeParagraph(document, index),
      });
    });
  },
});
