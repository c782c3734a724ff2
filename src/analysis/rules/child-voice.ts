import { z } from "zod";
import { findPhrase } from "../language";
import { defineRule } from "./define";

/**
 * 004 §3.1(i): "Where possible include the child's wishes and feelings… this can be captured in the
 * child's own words." The pen picture passes when it reports what the child wants or feels, or
 * quotes them; it is only a warning because the guidance says "where possible".
 */

const optionsSchema = z.object({
  phrases: z.array(z.string()).default([]),
  minQuotedWords: z.number().int().positive().default(2),
});

/**
 * Quotations in curly or straight quotes. An apostrophe inside a word ("don’t") does not close a
 * single-quoted quotation, and a straight single quote only opens after a non-letter, so "Maya's"
 * is not a quotation.
 */
const QUOTATION =
  /“([^”]+)”|‘((?:[^’]|’(?=\p{L}))+)’(?!\p{L})|"([^"]+)"|(?<!\p{L})'((?:[^']|'(?=\p{L}))+)'(?!\p{L})/gu;

/** True when the text quotes someone's words (more than a scare-quoted word). */
function hasQuotation(text: string, minWords: number): boolean {
  for (const match of text.matchAll(QUOTATION)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? "";
    // A rough count is enough to tell a quotation from a scare-quoted word, and far cheaper.
    if (inner.trim().split(/\s+/).length >= minWords) return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: "child-voice",
    description: "The pen picture has neither the child's wishes and feelings nor their own words.",
    defaultSeverity: "warning",
    scope: "section",
    options: optionsSchema,
  },
  check({ document, section, options, childLabel, report }) {
    // An empty or missing section is section-empty's and section-missing's to report.
    if (!section?.occurrence) return;
    const paragraphs = document.bodyParagraphs(section);
    if (paragraphs.length === 0) return;
    const heard = paragraphs.some((index) => {
      const text = document.paragraph(index).text;
      return findPhrase(text, options.phrases) !== null || hasQuotation(text, options.minQuotedWords);
    });
    if (heard) return;
    report({
      message: `The pen picture does not give ${childLabel}'s wishes and feelings, or ${childLabel}'s own words. Add what ${childLabel} wants to happen and how they feel, quoting them where you can ("I want…"). For a baby or a child who does not use words, describe what they show you through their behaviour and play.`,
      location: document.headingLocation(section),
    });
  },
});
