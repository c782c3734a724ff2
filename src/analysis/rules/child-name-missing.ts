import { z } from "zod";
import { wholeParagraph } from "../document";
import { findPhrase } from "../language";
import { defineRule } from "./define";

/**
 * 004 §4.2: "Each child's case summary should be individually written for each child in the
 * family." A summary that never names the child in its text could be any sibling's.
 */
export default defineRule({
  meta: {
    id: "child-name-missing",
    description: "The summary never names the child in its text.",
    defaultSeverity: "warning",
    scope: "document",
    options: z.object({}),
  },
  check({ document, report }) {
    const firstHeading = document.structure.occurrences[0];
    const location = firstHeading ? wholeParagraph(document, firstHeading.headingParagraph) : null;
    const name = document.childName?.trim();
    if (!name) {
      report({
        key: "unknown",
        message:
          "This summary does not say which child it is about. Put the child's name in the headings where the template says [Child's Name], and use it in the text, so the summary is clearly theirs: each child in a family needs their own summary, because the impact for each child is different.",
        location,
      });
      return;
    }

    const headings = new Set(document.structure.occurrences.map((o) => o.headingParagraph));
    const firstName = name.split(/\s+/)[0]!;
    const names = firstName === name ? [name] : [name, firstName];
    const named = document
      .textParagraphs()
      .some((index) => !headings.has(index) && findPhrase(document.paragraph(index).text, names) !== null);
    if (named) return;
    report({
      key: "body",
      message: `${firstName}'s name is not in the text of this summary, only in the headings. Write about ${firstName} by name so the summary is clearly ${firstName}'s: each child in the family needs their own summary, because the impact for each child is different.`,
      location,
    });
  },
});
