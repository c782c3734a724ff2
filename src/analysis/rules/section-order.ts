import { z } from "zod";
import { defineRule } from "./define";

/** Readers find their way by the guidance's order; a summary in another order is harder to scan. */
export default defineRule({
  meta: {
    id: "section-order",
    description: "The headings are not in the order the guidance gives.",
    messages: {
      outOfOrder:
        '"{{heading}}" comes after "{{after}}", but the guidance puts it before. Move it so the summary follows the template\'s order.',
    },
    defaultSeverity: "warning",
    scope: "document",
    options: z.object({}),
  },
  check({ document, report }) {
    const packOrder = new Map(document.pack.sections.map((s, i) => [s.key, i]));
    const firstOccurrences = document.sections
      .map((s) => s.occurrence)
      .filter((o) => o !== null)
      .sort((a, b) => a.headingParagraph - b.headingParagraph);
    let furthest = -1;
    let furthestHeading = "";
    for (const occurrence of firstOccurrences) {
      const position = packOrder.get(occurrence.key)!;
      if (position < furthest) {
        report({
          section: occurrence.key,
          key: occurrence.key,
          messageId: "outOfOrder",
          data: { heading: occurrence.headingText, after: furthestHeading },
          location: {
            paragraph: occurrence.headingParagraph,
            start: 0,
            end: document.paragraph(occurrence.headingParagraph).text.length,
          },
        });
      } else {
        furthest = position;
        furthestHeading = occurrence.headingText;
      }
    }
  },
});
