import { z } from "zod";
import { matchHeading } from "../sections";
import { defineRule } from "./define";

/**
 * A heading that names a child other than the one this summary is for: "Elle's Safety Plan" in
 * Ellie's summary, after a name was corrected, or a summary started from a brother's or sister's
 * (004 §4.2 asks that each child's summary is written for them). A question: the heading may
 * be right and the name given to the pane wrong.
 */
export default defineRule({
  meta: {
    id: "heading-names-other-child",
    description: "A heading names a different child from the one the summary is for.",
    messages: {
      otherChild:
        'Is this heading about the right child? It names {{named}}, but this summary is for {{child}}. If {{child}} is right, choose "Change the template or the child\'s name" and enter {{child}} to change the headings.',
    },
    defaultSeverity: "warning",
    scope: "document",
    options: z.object({}),
  },
  check({ document, report }) {
    const child = document.childName?.trim();
    if (!child) return;
    const first = child.split(/\s+/)[0]!.toLowerCase();
    for (const occurrence of document.structure.occurrences) {
      const spec = document.pack.sections.find((s) => s.key === occurrence.key);
      if (!spec?.heading.includes("[Child's Name]")) continue;
      const named = matchHeading(occurrence.headingText, document.pack, null)?.childName?.trim();
      if (!named || named.toLowerCase() === child.toLowerCase() || named.toLowerCase() === first) continue;
      if (named.includes("[")) continue;
      report({
        section: occurrence.key,
        key: `${occurrence.headingParagraph}`,
        messageId: "otherChild",
        data: { named, child },
        location: {
          paragraph: occurrence.headingParagraph,
          start: 0,
          end: document.paragraph(occurrence.headingParagraph).text.length,
        },
      });
    }
  },
});
