import { z } from "zod";
import { defineRule } from "./define";
import { phoneNumbersIn } from "./contact-details-missing";

/**
 * 004 §3.1(vii): contact details are "essential information for our emergency duty team who may
 * need this information out of hours". A number with nothing beside it ("07700 900458") tells a
 * duty worker at midnight nothing about whom they are ringing. Table cells are read with the
 * cells before them, where a row's name and relationship sit.
 */

/** Words that label a number without naming anyone: "Tel", "Mobile: ". */
const NUMBER_LABELS = /\b(?:tel|telephone|phone|mobile|mob|number|no|landline|home|work)\b/gi;

export default defineRule({
  meta: {
    id: "contact-unnamed",
    description: "A telephone number in the contacts with no name or relationship beside it.",
    messages: {
      unnamed:
        "Whose number is {{number}}? Add the name and the relationship to the child beside it, so that the emergency duty team know whom they are ringing out of hours.",
    },
    defaultSeverity: "warning",
    scope: "section",
    options: z.object({
      minimumPhoneDigits: z.number().int().positive().default(10),
      maximumPhoneDigits: z.number().int().positive().default(11),
    }),
  },
  check({ document, section, options, report }) {
    if (!section?.occurrence) return;
    for (const index of document.bodyParagraphs(section)) {
      const paragraph = document.paragraph(index);
      // In a table the name is in the row's first cells, which the snapshot reads as paragraphs before.
      if (paragraph.inTable) continue;
      const text = paragraph.text;
      const numbers = phoneNumbersIn(text, options.minimumPhoneDigits, options.maximumPhoneDigits);
      if (numbers.length === 0) continue;
      let rest = text;
      for (const number of numbers) rest = rest.replace(number[0], " ");
      const words = rest.replace(NUMBER_LABELS, " ").replace(/[^\p{L}]+/gu, "");
      if (words.length > 0) continue;
      const number = numbers[0]!;
      report({
        key: String(index - section.occurrence.headingParagraph),
        messageId: "unnamed",
        data: { number: number[0] },
        location: { paragraph: index, start: number.index ?? 0, end: (number.index ?? 0) + number[0].length },
      });
    }
  },
});
