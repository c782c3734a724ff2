import { z } from "zod";
import type { AnalysedDocument } from "../document";
import { findAllPhrases, findDates, findPhrase } from "../language";
import type { SectionView, TextLocation } from "../types";
import { defineRule } from "./define";

/**
 * 004 §3.1(ii): the background "should be an analytical overview rather than a repeat of the
 * chronology". A section where most lines carry a date and few say what the events meant reads as
 * a chronology pasted in.
 */

const optionsSchema = z.object({
  monthNames: z.array(z.string()).default([]),
  minDatedLines: z.number().int().positive().default(3),
  minDatedShare: z.number().min(0).max(1).default(0.6),
  maxAnalyticPerLine: z.number().min(0).default(0.25),
  analyticPhrases: z.array(z.string()).default([]),
});

type ChronologyDumpOptions = z.infer<typeof optionsSchema>;

/** A line of the section: a list item or short paragraph, or one sentence of a longer paragraph. */
interface Line {
  text: string;
  location: TextLocation;
}

/** Short paragraphs (list items, one-line entries) are lines; longer paragraphs are split into sentences. */
function linesOf(document: AnalysedDocument, section: SectionView): Line[] {
  const lines: Line[] = [];
  for (const index of document.bodyParagraphs(section)) {
    const paragraphSentences = document.sentences(index);
    if (paragraphSentences.length <= 2) {
      const first = paragraphSentences[0]!;
      const last = paragraphSentences[paragraphSentences.length - 1]!;
      lines.push({
        text: document.paragraph(index).text.slice(first.start, last.end),
        location: { paragraph: index, start: first.start, end: last.end },
      });
    } else {
      for (const sentence of paragraphSentences) {
        lines.push({
          text: sentence.text,
          location: { paragraph: index, start: sentence.start, end: sentence.end },
        });
      }
    }
  }
  return lines;
}

/** A bare year ("In 2019 …"), which chrono does not read as a date on its own. */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

function isDated(text: string, options: ChronologyDumpOptions, today: Date): boolean {
  // Cheap test first: chrono only runs on lines with a digit or a month name.
  const hasDigit = /\d/.test(text);
  if (!hasDigit && findPhrase(text, options.monthNames) === null) return false;
  if (hasDigit && YEAR.test(text)) return true;
  return findDates(text, today).length > 0;
}

export default defineRule({
  meta: {
    id: "chronology-dump",
    description:
      "The background reads as a list of dated events rather than an analysis of what they mean for the child.",
    defaultSeverity: "warning",
    scope: "section",
    options: optionsSchema,
  },
  check({ document, section, options, childLabel, today, report }) {
    if (!section?.occurrence) return;
    const lines = linesOf(document, section);
    if (lines.length < options.minDatedLines) return;
    const dated = lines.filter((line) => isDated(line.text, options, today));
    if (dated.length < options.minDatedLines || dated.length / lines.length < options.minDatedShare) return;
    const analytic = lines.reduce(
      (sum, line) => sum + findAllPhrases(line.text, options.analyticPhrases).length,
      0,
    );
    if (analytic / lines.length >= options.maxAnalyticPerLine) return;
    report({
      message: `This section reads as a list of dated events (${dated.length} of ${lines.length} lines carry a date) with little about what they meant for ${childLabel}. Rather than repeat the chronology, give a short analytical overview: what support was offered, what difference it made, and what this history means for ${childLabel}'s lived experience.`,
      location: dated[0]!.location,
    });
  },
});
