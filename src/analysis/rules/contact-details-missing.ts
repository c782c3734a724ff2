import { contactDetailsMissingOptions } from "./defaults/contact-details-missing";
import { z } from "zod";
import { defineRule } from "./define";

/*
 * Telephone numbers and email addresses are formats rather than language, so a regular expression
 * is the right reader here. A phone candidate is "0" or "+44", an area or mobile code and two
 * groups of digits, with spaces, hyphens or brackets between; it counts when its digits make a UK
 * number of the configured length ("+44 (0)7700 900123", "(01274) 436060" and "0113-123-4567" do;
 * a date such as 03/06/2026 does not).
 */
const PHONE_CANDIDATE =
  /(?<![\p{L}\p{N}])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\p{N})/gu;
// Each run of address characters is tried from its start only (the look-behind): linear.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

export function phoneNumbersIn(
  text: string,
  minimumDigits: number,
  maximumDigits: number,
): RegExpMatchArray[] {
  return Array.from(text.matchAll(PHONE_CANDIDATE)).filter((match) => {
    const digits = match[0].replace(/^\+\s?44\s?(?:\(0\))?/, "0").replace(/\D/g, "");
    return digits.length >= minimumDigits && digits.length <= maximumDigits;
  });
}

function hasPhoneNumber(text: string, minimumDigits: number, maximumDigits: number): boolean {
  for (const match of text.matchAll(PHONE_CANDIDATE)) {
    const digits = match[0].replace(/^\+\s?44\s?(?:\(0\))?/, "0").replace(/\D/g, "");
    if (digits.length >= minimumDigits && digits.length <= maximumDigits) return true;
  }
  return false;
}

/** 004 §3.1(vii): "List the key professionals and telephone number/emails"; the emergency duty team relies on them. */
export default defineRule({
  meta: {
    id: "contact-details-missing",
    description: "The contacts section has no telephone number or email address.",
    messages: {
      noDetails:
        'There is no telephone number or email address under "{{heading}}". Add up-to-date numbers or emails for {{child}}\'s parents or carers, the family members who matter and the key professionals: the emergency duty team may need them out of hours.',
    },
    defaultSeverity: "error",
    defaultOptions: contactDetailsMissingOptions,
    scope: "section",
    options: z.object({
      minimumPhoneDigits: z.number().int().positive().default(10),
      maximumPhoneDigits: z.number().int().positive().default(11),
    }),
  },
  check({ document, section, options, childLabel, report }) {
    if (!section?.occurrence) return;
    const paragraphs = document.bodyParagraphs(section);
    if (paragraphs.length === 0) return;
    const found = paragraphs.some((index) => {
      const text = document.paragraph(index).text;
      return EMAIL.test(text) || hasPhoneNumber(text, options.minimumPhoneDigits, options.maximumPhoneDigits);
    });
    if (found) return;
    report({
      messageId: "noDetails",
      data: { heading: section.occurrence.headingText, child: childLabel },
      location: document.headingLocation(section),
    });
  },
});
