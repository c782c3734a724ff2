import { notCurrentOptions } from "./defaults/not-current";
import { z } from "zod";
import type { AnalysedDocument } from "../document";
import { findDates, findPhrase } from "../language";
import { isCalendarDate } from "../reading/dates";
import type { SectionView, TextLocation } from "../types";
import { defineRule } from "./define";
import { daysBetween, summaryDate, summaryDateOptionsSchema } from "./summary-overdue";

/**
 * 004 §4.4: "The child's case summary should be current and not just latest information added to
 * older information." Two plain facts show it is not: "what has happened in the last 3 months"
 * reporting events from well before the window, and a safety plan agreed longer ago than the
 * review interval, or before an incident the summary itself dates later.
 */

const optionsSchema = summaryDateOptionsSchema.extend({
  /** "events": the section's dated events against the window; "safety-plan": when the plan was agreed. */
  kind: z.enum(["events", "safety-plan"]).default("events"),
  /** Days of slack before the window, so an event a week before it is not counted. */
  graceDays: z.number().int().nonnegative().default(14),
  /** Words that make a date the day the plan was agreed: "agreed", "signed", "reviewed". */
  agreedWords: z.array(z.string()).default([]),
  /** Words for events a safety plan must answer: "incident", "admitted", "arrested". */
  keyEventWords: z.array(z.string()).default([]),
  /** Words before a date that make it a span or a target rather than an event: "since", "by". */
  notEventWords: z.array(z.string()).default([]),
});

interface DatedMention {
  date: Date;
  location: TextLocation;
  sentence: string;
}

/** A day the text gives in full: a year, or a numeric date ("3/3/26"); "in August" could be any year. */
const EXPLICIT = /\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}/;

function datedMentions(
  document: AnalysedDocument,
  section: SectionView,
  today: Date,
  notEventWords: readonly string[],
): DatedMention[] {
  const result: DatedMention[] = [];
  for (const sentence of document.sectionSentences(section)) {
    // The date reader is the costly part; most sentences have no year or numeric date to read.
    if (!EXPLICIT.test(sentence.text)) continue;
    for (const mention of findDates(sentence.text, today)) {
      if (!isCalendarDate(mention.text) || !EXPLICIT.test(mention.text)) continue;
      const before = sentence.text.slice(Math.max(0, mention.start - 12), mention.start);
      if (findPhrase(before, notEventWords) !== null) continue;
      result.push({
        date: mention.date,
        sentence: sentence.text,
        location: {
          paragraph: sentence.paragraph,
          start: sentence.start + mention.start,
          end: sentence.start + mention.end,
        },
      });
    }
  }
  return result;
}

const longDate = (date: Date): string =>
  date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });

export default defineRule({
  meta: {
    id: "not-current",
    description:
      "The last three months report older events, or the safety plan was agreed before the review window or a later incident.",
    messages: {
      oldEvents:
        "Is this section about the last {{interval}}? {{count}} of the events it dates are older than that, the earliest {{earliest}}. Say what has happened for {{child}} in the last {{interval}}, and leave older events to the background and the chronology.",
      planOld:
        "The safety plan was agreed on {{agreed}}, more than {{interval}} before this summary. Is it still the plan? Review it with {{child}} and the family and record the date it was agreed again.",
      planBeforeEvent:
        "The safety plan was agreed on {{agreed}}, before what happened on {{event}}. Does it still keep {{child}} safe? Review it with {{child}} and the family in the light of that.",
    },
    defaultSeverity: "warning",
    defaultOptions: notCurrentOptions,
    scope: "section",
    // The summary's own date, and incidents dated in other sections.
    readsOtherSections: true,
    options: optionsSchema,
  },
  check({ document, section, options, childLabel, today, report }) {
    if (!section?.occurrence) return;
    const interval = document.pack.reviewInterval;
    const asOf = summaryDate(document, options, today) ?? today;

    if (options.kind === "events") {
      const mentions = datedMentions(document, section, today, options.notEventWords);
      const old = mentions.filter((m) => daysBetween(m.date, asOf) > interval.days + options.graceDays);
      if (old.length < 2 || old.length * 2 < mentions.length) return;
      const earliest = old.reduce((a, b) => (b.date < a.date ? b : a));
      report({
        messageId: "oldEvents",
        data: {
          interval: interval.label,
          count: old.length,
          earliest: longDate(earliest.date),
          child: childLabel,
        },
        location: earliest.location,
      });
      return;
    }

    const agreed = datedMentions(document, section, today, options.notEventWords).filter(
      (m) => findPhrase(m.sentence, options.agreedWords) !== null,
    );
    if (agreed.length === 0) return;
    const latest = agreed.reduce((a, b) => (b.date > a.date ? b : a));
    const age = daysBetween(latest.date, asOf);
    if (age > interval.days + options.graceDays) {
      report({
        messageId: "planOld",
        data: { agreed: longDate(latest.date), interval: interval.label, child: childLabel },
        location: latest.location,
      });
      return;
    }
    // An incident the summary dates after the plan was agreed: the plan may not answer it.
    const later = document.sections
      .filter((other) => other.key !== section.key && other.occurrence)
      .flatMap((other) => datedMentions(document, other, today, options.notEventWords))
      .filter(
        (m) =>
          m.date > latest.date &&
          daysBetween(m.date, asOf) >= 0 &&
          findPhrase(m.sentence, options.keyEventWords) !== null,
      );
    if (later.length === 0) return;
    const event = later.reduce((a, b) => (b.date > a.date ? b : a));
    report({
      messageId: "planBeforeEvent",
      data: { agreed: longDate(latest.date), event: longDate(event.date), child: childLabel },
      location: latest.location,
    });
  },
});
