import { summaryOverdueOptions } from "./defaults/summary-overdue";
import { z } from "zod";
import type { AnalysedDocument } from "../document";
import { findAllPhrases, findDates, findPhrase, type Span } from "../language";
import type { TextLocation } from "../types";
import { defineRule } from "./define";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date has a number in it; "on Monday" or "today" does not date a summary. */
const HAS_DIGIT = /\d/;
/** "3.6.26": dotted short dates, which the date reader takes for numbers. A format, not language. */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?!\d)/;

const optionsSchema = z.object({
  datePhrases: z.array(z.string()).default([]),
  preambleDatePhrases: z.array(z.string()).default([]),
  /** A date of birth is never the summary's date: "Date of birth: 04/05/2016", "DOB", "D.O.B.". */
  birthPhrases: z.array(z.string()).default([]),
});

type SummaryOverdueOptions = z.infer<typeof optionsSchema>;

interface DateLine {
  date: Date;
  location: TextLocation;
}

/** Whole days from one date to another, by the calendar, whatever the time of day. */
function daysBetween(from: Date, to: Date): number {
  const start = Date.UTC(from.getFullYear(), from.getMonth(), from.getDate());
  const end = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((end - start) / DAY_MS);
}

function firstDateAfter(text: string, offset: number, paragraph: number, today: Date): DateLine | null {
  const rest = text.slice(offset);
  const mention = findDates(rest, today).find((d) => HAS_DIGIT.test(d.text));
  if (mention) {
    return {
      date: mention.date,
      location: { paragraph, start: offset + mention.start, end: offset + mention.end },
    };
  }
  const numeric = NUMERIC_DATE.exec(rest);
  if (!numeric) return null;
  const [whole, day, month, year] = numeric;
  const fullYear = year!.length === 2 ? 2000 + Number(year) : Number(year);
  const date = new Date(fullYear, Number(month) - 1, Number(day), 12);
  if (date.getMonth() !== Number(month) - 1) return null;
  return {
    date,
    location: { paragraph, start: offset + numeric.index, end: offset + numeric.index + whole.length },
  };
}

/**
 * The first of the phrases in the text that is not part of a date of birth ("Date of birth",
 * "DOB"), with where the next date of birth starts, so a date line never reads one.
 */
function findDatePhrase(
  text: string,
  phrases: readonly string[],
  birthPhrases: readonly string[],
): { phrase: Span; limit: number } | null {
  const births = birthPhrases.length > 0 ? findAllPhrases(text, birthPhrases) : [];
  const candidates = births.length === 0 ? [findPhrase(text, phrases)] : findAllPhrases(text, phrases);
  for (const phrase of candidates) {
    if (!phrase) continue;
    if (births.some((b) => b.start < phrase.end && phrase.start < b.end)) continue;
    const nextBirth = births.find((b) => b.start >= phrase.end);
    return { phrase, limit: nextBirth?.start ?? text.length };
  }
  return null;
}

/** Date lines: anywhere when a paragraph starts with a date phrase; before the first heading, anywhere in it. */
function dateLines(document: AnalysedDocument, options: SummaryOverdueOptions, today: Date): DateLine[] {
  const preamble = new Set(document.structure.preamble);
  const lines: DateLine[] = [];
  for (const index of document.textParagraphs()) {
    const text = document.paragraph(index).text;
    let found = findDatePhrase(text, options.datePhrases, options.birthPhrases);
    // Only where the paragraph begins with it, after any bullet or numbering.
    if (found && /\p{L}/u.test(text.slice(0, found.phrase.start))) found = null;
    if (!found && preamble.has(index))
      found = findDatePhrase(text, options.preambleDatePhrases, options.birthPhrases);
    if (!found) continue;
    const line = firstDateAfter(text.slice(0, found.limit), found.phrase.end, index, today);
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * When the summary was last brought up to date: its latest date line not in the future, or
 * null when it has none. The three-month window of "what has happened" is counted back from it.
 */
const summaryDates = new WeakMap<AnalysedDocument, Date | null>();

export function summaryDate(
  document: AnalysedDocument,
  options: SummaryOverdueOptions,
  today: Date,
): Date | null {
  // Read once per document however many sections ask: every paragraph is looked at.
  if (summaryDates.has(document)) return summaryDates.get(document)!;
  const past = dateLines(document, options, today).filter((line) => daysBetween(line.date, today) >= 0);
  const date = past.length === 0 ? null : past.reduce((a, b) => (b.date > a.date ? b : a)).date;
  summaryDates.set(document, date);
  return date;
}

export { daysBetween, optionsSchema as summaryDateOptionsSchema };

const longDate = (date: Date): string =>
  date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });

function howLong(days: number): string {
  if (days < 14) return days === 1 ? "1 day" : `${days} days`;
  const weeks = Math.floor(days / 7);
  return `${days} days (${weeks} weeks)`;
}

/** 004 §2.2: the summary should be "Updated at least every 3 months" (12 weeks in 003). */
export default defineRule({
  meta: {
    id: "summary-overdue",
    description: "The summary's date is older than the guidance's review interval, or it has no date.",
    messages: {
      noDate:
        'This summary has no date, so a reader cannot tell whether it is current. Add a line such as "Date of summary: {{today}}" at the top; the guidance asks for the summary to be updated at least every {{interval}}.',
      overdue:
        "This summary is dated {{dated}}, {{age}} days ago: {{overdueBy}} overdue. The guidance asks for the summary to be updated at least every {{interval}}; bring it up to date and change the date.",
    },
    defaultSeverity: "warning",
    defaultOptions: summaryOverdueOptions,
    scope: "document",
    options: optionsSchema,
  },
  check({ document, options, today, report }) {
    const interval = document.pack.reviewInterval;
    const lines = dateLines(document, options, today);
    if (lines.length === 0) {
      // The same requirement: without a date nobody can tell whether the summary is current.
      report({
        key: "no-date",
        messageId: "noDate",
        data: { today: longDate(today), interval: interval.label },
        location: null,
      });
      return;
    }
    // The latest date line is when the summary was last brought up to date; a date in the future is a slip, not an update.
    const past = lines.filter((line) => daysBetween(line.date, today) >= 0);
    if (past.length === 0) return;
    const latest = past.reduce((a, b) => (b.date > a.date ? b : a));
    const age = daysBetween(latest.date, today);
    const overdueBy = age - interval.days;
    if (overdueBy <= 0) return;
    report({
      key: "overdue",
      messageId: "overdue",
      data: {
        dated: longDate(latest.date),
        age,
        overdueBy: howLong(overdueBy),
        interval: interval.label,
      },
      location: latest.location,
    });
  },
});
