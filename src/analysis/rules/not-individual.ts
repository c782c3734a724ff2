import { notIndividualOptions } from "./defaults/not-individual";
import { z } from "zod";
import { findAllPhrases } from "../language";
import { defineRule } from "./define";

/**
 * 004 §4.2: "Each child's case summary should be individually written for each child in the
 * family; although some of the information may be shared, the impact for each child will be
 * different." A summary that speaks of "the children" throughout and names its own child once
 * or not at all was written for the family, or copied from a brother's or sister's.
 */
export default defineRule({
  meta: {
    id: "not-individual",
    description: 'The summary is written about "the children" as a group rather than for this child.',
    messages: {
      aboutGroup:
        'Is this summary written for {{child}}? It speaks of "{{group}}" {{groupCount}} times and names {{child}} {{named}} in its sections. Each child\'s summary is written for that child: what {{child}} thinks and feels, and what is happening means for {{child}} in particular.',
    },
    defaultSeverity: "warning",
    defaultOptions: notIndividualOptions,
    scope: "document",
    options: z.object({
      groupPhrases: z.array(z.string()).default([]),
      /** At least this many mentions of the group before the summary reads as the family's. */
      minGroupMentions: z.number().int().positive().default(3),
    }),
  },
  check({ document, options, childLabel, report }) {
    const name = document.childName?.split(/\s+/)[0];
    if (!name) return;
    const headings = new Set(document.structure.occurrences.map((o) => o.headingParagraph));
    const body = document
      .textParagraphs()
      .filter((index) => !headings.has(index) && !document.structure.preamble.includes(index));
    let group = 0;
    let named = 0;
    let first: { paragraph: number; start: number; end: number } | null = null;
    for (const index of body) {
      const text = document.paragraph(index).text;
      const mentions = findAllPhrases(text, options.groupPhrases);
      if (mentions.length > 0 && !first)
        first = { paragraph: index, start: mentions[0]!.start, end: mentions[0]!.end };
      group += mentions.length;
      named += findAllPhrases(text, [name]).length;
    }
    if (!first || group < options.minGroupMentions || named > Math.max(1, group / 3)) return;
    report({
      messageId: "aboutGroup",
      data: {
        child: childLabel,
        group:
          first.end > first.start
            ? document.paragraph(first.paragraph).text.slice(first.start, first.end)
            : "the children",
        groupCount: group,
        named: named === 0 ? "nowhere" : named === 1 ? "once" : `${named} times`,
      },
      location: first,
    });
  },
});
