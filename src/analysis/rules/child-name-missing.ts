import { z } from "zod";
import { CHILD_NAME_PLACEHOLDER } from "../../guidance/schema";
import { childNameMissingOptions } from "./defaults/child-name-missing";
import { wholeParagraph } from "../document";
import { findPhrase } from "../language";
import { nameFromTitle } from "../reading/child-name";
import { defineRule } from "./define";

/**
 * 004 §4.2: "Each child's case summary should be individually written for each child in the
 * family." A summary that never names the child in its text could be any sibling's.
 *
 * The name comes from the worker, from the headings where the template has [Child's Name], or
 * from a title line ("Case Summary – Ellie Carter"). When none of these gives it, the check only
 * speaks where the template itself has a place for the name; for a template without one, not
 * knowing the name says nothing about the summary, so it stays quiet rather than guess.
 */
export default defineRule({
  meta: {
    id: "child-name-missing",
    description: "The summary never names the child in its text.",
    messages: {
      unknown:
        "This summary does not say which child it is about. Put the child's name in the headings where the template says [Child's Name], and use it in the text, so the summary is clearly theirs: each child in a family needs their own summary, because the impact for each child is different.",
      notInText:
        "{{name}}'s name is not in the text of this summary{{where}}. Write about {{name}} by name so the summary is clearly {{name}}'s: each child in the family needs their own summary, because the impact for each child is different.",
    },
    defaultSeverity: "warning",
    defaultOptions: childNameMissingOptions,
    scope: "document",
    options: z.object({
      titlePhrases: z.array(z.string()).default(childNameMissingOptions.titlePhrases),
      notNames: z.array(z.string()).default(childNameMissingOptions.notNames),
    }),
  },
  check({ document, options, report }) {
    const firstHeading = document.structure.occurrences[0];
    const location = firstHeading ? wholeParagraph(document, firstHeading.headingParagraph) : null;
    const title = nameFromTitle(document, options);
    const name = document.childName?.trim() || title?.name;
    if (!name) {
      const templateNamesChild = document.pack.sections.some((s) =>
        s.heading.includes(CHILD_NAME_PLACEHOLDER),
      );
      if (!templateNamesChild) return;
      report({
        key: "unknown",
        messageId: "unknown",
        location,
      });
      return;
    }

    // The headings and the title line name the child by design; the question is the text.
    const headings = new Set(document.structure.occurrences.map((o) => o.headingParagraph));
    const notText = new Set(headings);
    if (title) notText.add(title.paragraph);
    const firstName = name.split(/\s+/)[0]!;
    const names = firstName === name ? [name] : [name, firstName];
    const named = document
      .textParagraphs()
      .some((index) => !notText.has(index) && findPhrase(document.paragraph(index).text, names) !== null);
    if (named) return;
    const inHeadings = [...headings].some(
      (index) => findPhrase(document.paragraph(index).text, names) !== null,
    );
    const inTitle = title !== null && findPhrase(document.paragraph(title.paragraph).text, names) !== null;
    const where = inHeadings ? ", only in the headings" : inTitle ? ", only in its title" : "";
    report({
      key: "body",
      messageId: "notInText",
      data: { name: firstName, where },
      location: location ?? (title ? wholeParagraph(document, title.paragraph) : null),
    });
  },
});
