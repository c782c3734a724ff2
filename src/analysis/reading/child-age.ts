import type { AnalysedDocument } from "../document";
import { findDates } from "../language";

/*
 * How old the child is, as the summary says it, and whether they can be asked what they think.
 */

/**
 * The child's age from a date of birth the summary gives ("DOB 03/04/2011", "Date of birth: 3
 * April 2011", "born on 12 May 2026"), as of `today`; null when there is none. Title lines carry
 * it far more often than the pen picture does.
 */
const BIRTH_LABEL = /\b(?:d\.?\s?o\.?\s?b\.?|date of birth|born(?: on)?)\b/i;
const LOOK_AHEAD = 40;
const MAX_PARAGRAPHS = 12;

export function ageFromDateOfBirth(document: AnalysedDocument, today: Date): number | null {
  const paragraphs = document.snapshot.paragraphs;
  for (let index = 0; index < Math.min(paragraphs.length, MAX_PARAGRAPHS); index++) {
    const text = paragraphs[index]!.text;
    const label = BIRTH_LABEL.exec(text);
    if (!label) continue;
    const after = text.slice(label.index + label[0].length, label.index + label[0].length + LOOK_AHEAD);
    const [date] = findDates(after, today);
    if (!date || !/\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}/.test(date.text)) continue;
    const years = (today.getTime() - date.date.getTime()) / (365.25 * 24 * 3600 * 1000);
    if (years >= 0 && years < 25) return years;
  }
  return null;
}

/** Ages written in words, as workers write them: "nine years old", "a seven-month-old". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
/** "7-month-old", "seven months old", "aged 18 months", "a 15-year-old". */
const STATED_AGE =
  /(?<![\p{L}\p{N}])(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](week|month|year)s?[- ]old(?!\p{L})|(?<!\p{L})aged (\d{1,2}) (week|month|year)s?(?!\p{L})/iu;

/**
 * The child's age in years as the summary states it near the top (a date of birth, or "Amara
 * is a 7-month-old…" in the title or pen picture); null when it does not.
 */
export function statedAge(document: AnalysedDocument, today: Date): number | null {
  const fromBirth = ageFromDateOfBirth(document, today);
  if (fromBirth !== null) return fromBirth;
  const pen = document.section("pen-picture");
  const indices = [...document.structure.preamble, ...(pen ? document.bodyParagraphs(pen) : [])];
  for (const index of indices) {
    const match = STATED_AGE.exec(document.paragraph(index).text);
    if (!match) continue;
    const numberText = (match[1] ?? match[3])!.toLowerCase();
    const value = NUMBER_WORDS[numberText] ?? Number(numberText);
    const unit = (match[2] ?? match[4])!.toLowerCase();
    return unit === "year" ? value : unit === "month" ? value / 12 : value / 52;
  }
  return null;
}

/** Words that say the child does not speak for themselves: their view is observed, not asked. */
const NON_VERBAL =
  /(?<!\p{L})(?:non-?verbal|pre-?verbal|minimally verbal|does not use words|doesn't use words|no spoken (?:language|words)|unable to (?:speak|talk|express)|PECS|Makaton|communication (?:aid|app|book|device))(?!\p{L})/iu;

/** A baby or toddler, or a child the summary says does not speak: nobody asks them what should happen next. */
export function cannotBeAsked(document: AnalysedDocument, today: Date): boolean {
  const age = statedAge(document, today);
  if (age !== null && age < 4) return true;
  return document.textParagraphs().some((index) => NON_VERBAL.test(document.paragraph(index).text));
}
