import { analysisMissingOptions } from "./defaults/analysis-missing";
import { z } from "zod";
import { findPhrase } from "../language";
import { readsAsAnalysis } from "../reading/meaning";
import { isDatedEntry } from "../reading/dates";
import { defineRule } from "./define";

/**
 * 004 §4.3 (and 002 §1.10, 001): a summary is a chance to reflect on why change is or is not
 * happening; asking "so what?" gets the plan right. A section long enough to describe events but
 * without the language of analysis (because, which means, the impact on…) only describes them.
 */

const optionsSchema = z.object({
  phrases: z.array(z.string()).default([]),
  minWords: z.number().int().positive().default(40),
  /** Month names, to tell a dated event ("In March 2022 …") from a sentence of analysis. */
  monthNames: z.array(z.string()).default([]),
});

export default defineRule({
  meta: {
    id: "analysis-missing",
    description:
      "A section describes events without saying why they happened or what they mean for the child.",
    messages: {
      noAnalysis:
        "{{opening}} Does it say why, and what it means for {{child}}? Ask yourself: Why has this happened? So what does this mean for {{child}}? A sentence or two of analysis is enough.",
    },
    defaultSeverity: "warning",
    defaultOptions: analysisMissingOptions,
    scope: "section",
    options: optionsSchema,
  },
  check({ document, section, options, childLabel, report }) {
    if (!section?.occurrence) return;
    const wordCount = document.sectionWordCount(section);
    // Too short to judge: a two-line section is section-empty's or the worker's own business.
    if (wordCount < options.minWords) return;
    const sentences = document.sectionSentences(section);
    // A "due to" inside a dated entry explains that event, not what the history means; any
    // other sentence that stands back from events is analysis, however it is worded.
    const entries = sentences.map((s) => isDatedEntry(s.text, options.monthNames));
    const analytic = sentences.some(
      (s, i) => !entries[i] && (findPhrase(s.text, options.phrases) !== null || readsAsAnalysis(s.text)),
    );
    if (analytic) return;
    const chronology = entries.filter(Boolean).length * 2 > sentences.length;
    const heading = section.occurrence.headingText;
    const opening = chronology
      ? `"${heading}" reads as a run of dated events.`
      : `"${heading}" describes what has happened.`;
    report({
      messageId: "noAnalysis",
      data: { opening, child: childLabel },
      location: document.headingLocation(section),
    });
  },
});
