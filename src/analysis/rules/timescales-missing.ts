import { timescalesMissingOptions } from "./defaults/timescales-missing";
import { z } from "zod";
import { findPhrase } from "../language";
import { findTimescales } from "../reading/dates";
import { defineRule } from "./define";

/** 004 §3.1(v): "Be clear about timescales and how you will review the plan." */
export default defineRule({
  meta: {
    id: "timescales-missing",
    description: "The goals give no dates or timescales, or do not say how the plan will be reviewed.",
    messages: {
      noDatesOrReview:
        'The goals for {{child}} give no timescales and do not say how the plan will be reviewed. Say by when each goal should be met (for example "within 6 weeks" or "by the end of March") and how progress will be reviewed, such as at the next core group or review meeting and on what date.',
      noDates:
        'The goals for {{child}} give no dates or timescales. Say by when each goal should be met, for example "within 6 weeks", "by the end of the school term" or "by 31 March".',
      noReview:
        "The goals for {{child}} do not say how the plan will be reviewed. Say where and when progress will be looked at, for example at the next core group, the Child in Need review or the looked-after review.",
    },
    defaultSeverity: "warning",
    defaultOptions: timescalesMissingOptions,
    scope: "section",
    options: z.object({
      timescalePhrases: z.array(z.string()).default([]),
      reviewPhrases: z.array(z.string()).default([]),
      /** Words that make a date reader's find a timescale: months, weekdays, lengths of time. */
      calendarWords: z.array(z.string()).default([]),
    }),
  },
  check({ document, section, options, childLabel, today, report }) {
    if (!section?.occurrence) return;
    const paragraphs = document.bodyParagraphs(section);
    if (paragraphs.length === 0) return;
    const texts = paragraphs.map((index) => document.paragraph(index).text);

    // The phrase lists are cheap; the date reader runs only when they find nothing. "Now",
    // "today" and "after 10pm" are not timescales, though the date reader finds them.
    const hasTimescale =
      texts.some((text) => findPhrase(text, options.timescalePhrases) !== null) ||
      texts.some((text) => findTimescales(text, today, options.calendarWords).length > 0);
    const hasReview = texts.some((text) => findPhrase(text, options.reviewPhrases) !== null);
    if (hasTimescale && hasReview) return;

    const location = document.headingLocation(section);
    if (!hasTimescale && !hasReview) {
      report({
        key: "dates-and-review",
        messageId: "noDatesOrReview",
        data: { child: childLabel },
        location,
      });
    } else if (!hasTimescale) {
      report({
        key: "dates",
        messageId: "noDates",
        data: { child: childLabel },
        location,
      });
    } else {
      report({
        key: "review",
        messageId: "noReview",
        data: { child: childLabel },
        location,
      });
    }
  },
});
