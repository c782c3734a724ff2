import { chronologyDumpOptions } from "./defaults/chronology-dump";
import { z } from "zod";
import type { AnalysedDocument } from "../document";
import { possessiveOf } from "../fill";
import { findPhrase } from "../language";
import type { SectionView, TextLocation } from "../types";
import { readsAsAnalysis } from "../reading/meaning";
import { isDatedEntry } from "../reading/dates";
import { defineRule } from "./define";

/**
 * 004 §3.1(ii): the background "should be an analytical overview rather than a repeat of the
 * chronology". A section where most lines are dated events that say nothing of what the event
 * meant reads as a chronology pasted in, however it is laid out: a list, short paragraphs, or
 * one long paragraph judged sentence by sentence. A "due to" in one entry and a "however" in
 * another do not make the other five analysis; sentences that stand back from the dates to say
 * what they meant do.
 */

const optionsSchema = z.object({
  monthNames: z.array(z.string()).default([]),
  minDatedLines: z.number().int().positive().default(3),
  minDatedShare: z.number().min(0).max(1).default(0.6),
  analyticPhrases: z.array(z.string()).default([]),
  minReflectiveShare: z.number().min(0).max(1).default(0.15),
});

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

export default defineRule({
  meta: {
    id: "chronology-dump",
    description:
      "The background reads as a list of dated events rather than an analysis of what they mean for the child.",
    messages: {
      listOfEvents:
        "Is this section a list of dated events? {{entries}} only what happened and when. Rather than repeat the chronology, give a short analytical overview: what support was offered, what difference it made, and what this history means for {{childPossessive}} lived experience.",
    },
    defaultSeverity: "warning",
    defaultOptions: chronologyDumpOptions,
    scope: "section",
    options: optionsSchema,
  },
  check({ document, section, options, childLabel, report }) {
    if (!section?.occurrence) return;
    const lines = linesOf(document, section);
    if (lines.length < options.minDatedLines) return;
    // An entry starts with its date, or is a short line with one: "12/03/2025 – strategy
    // discussion". A sentence of analysis that mentions a year ("In 2019 … which meant …") is not.
    const analytic = (line: Line) =>
      findPhrase(line.text, options.analyticPhrases) !== null || readsAsAnalysis(line.text);
    const dated = lines.filter((line) => isDatedEntry(line.text, options.monthNames));
    if (dated.length < options.minDatedLines || dated.length / lines.length < options.minDatedShare) return;
    // Entries that only record an event: dated, and nothing about why or what it meant.
    const bare = dated.filter((line) => !analytic(line));
    if (bare.length < options.minDatedLines || bare.length / lines.length < options.minDatedShare) return;
    // Any line that stands back to say what the events meant makes it an overview.
    const reflective = lines.filter((line) => !bare.includes(line) && analytic(line));
    if (reflective.length / lines.length >= options.minReflectiveShare) return;
    report({
      messageId: "listOfEvents",
      data: {
        entries:
          bare.length === lines.length
            ? `Each of its ${lines.length} entries records`
            : `${bare.length} of its ${lines.length} entries record`,
        childPossessive: possessiveOf(childLabel),
      },
      location: bare[0]!.location,
    });
  },
});
