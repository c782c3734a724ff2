import { findDates, findPhrase } from "../language";

/**
 * Date helpers the checks share. The date reader finds "now", "today" and "10pm" as readily as
 * "3 March 2027"; a check about when something was agreed, or by when a goal is due, needs the
 * latter.
 */

/** "10pm", "6.30 am", "18:45", "noon": times of day, a format rather than language. */
const TIME_OF_DAY =
  /(?<![\p{L}\p{N}])(?:\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?!\p{L})|\d{1,2}:\d{2}(?![\p{N}])|noon|midday|midnight|o['’]clock)/giu;

/** The text with any time of day taken out, so "after 10pm" carries no digit. */
export function withoutTimesOfDay(text: string): string {
  return text.replace(TIME_OF_DAY, " ");
}

/** A length of time ("72 hours", "6 weeks"), which says how long, not when. */
const DURATION =
  /^\s*(?:within\s+|in\s+|for\s+|after\s+)?\d+\s*(?:hours?|hrs?|days?|weeks?|months?|years?|minutes?|mins?)\s*$/i;

/**
 * A calendar date has a number in it once the time of day is gone: "3 October 2026", "3/10/26";
 * "within 72 hours" is a length of time, not a date.
 */
export function isCalendarDate(text: string): boolean {
  const rest = withoutTimesOfDay(text);
  return /\d/.test(rest) && !DURATION.test(rest);
}

/**
 * A date reader's find that says when: a calendar date, a month or weekday, or a length of time
 * ("within six weeks"); not "now", "today" or a time of day.
 */
export function isTimescale(text: string, calendarWords: readonly string[]): boolean {
  return isCalendarDate(text) || findPhrase(withoutTimesOfDay(text), calendarWords) !== null;
}

/** Dates and timescales in the text that say when, in the sense of isTimescale. */
export function findTimescales(text: string, today: Date, calendarWords: readonly string[]) {
  return findDates(text, today).filter((mention) => isTimescale(mention.text, calendarWords));
}

/** A bare year ("In 2019 …"), which the date reader does not read as a date on its own. */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/** "14/03/2026", "3.6.26": numeric dates, a format rather than language. */
const NUMERIC_DATE = /(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d)/;

/**
 * A cheaper test than isDatedLine, without the date reader: a year, a numeric date or a month
 * name. For checks that weigh many sentences and can afford the odd "may" taken for May.
 */
export function mentionsCalendarDate(text: string, monthNames: readonly string[]): boolean {
  return YEAR.test(text) || NUMERIC_DATE.test(text) || findPhrase(text, monthNames) !== null;
}

/** A dated entry starts with its date ("12/03/2025 – referral", "In July police found her"). */
const DATE_NEAR_START_WORDS = 4;
const SHORT_LINE_WORDS = 12;

/**
 * Whether a sentence is a chronology's entry: a date in its first few words, or a short line
 * with a date. A sentence of analysis that mentions a year ("In 2019 … which meant …") may be
 * one by its start; the checks weigh that separately.
 */
export function isDatedEntry(text: string, monthNames: readonly string[]): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length <= SHORT_LINE_WORDS) return mentionsCalendarDate(text, monthNames);
  return mentionsCalendarDate(words.slice(0, DATE_NEAR_START_WORDS).join(" "), monthNames);
}
