import type { AnalysedDocument } from "../document";
import { findDates } from "../language";

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
