import { GB as ukDates } from "chrono-node/en";
import { syllable } from "syllable";
import { PhraseMatcher } from "./reading/phrases";

/**
 * Reading helpers the rules share. Sentences come from the platform's Intl.Segmenter (no bytes in
 * the bundle); dates from chrono-node's British English parser; syllables from the syllable
 * package. Words are counted as Word counts them, runs of letters and digits joined by
 * apostrophes or hyphens: Intl.Segmenter's word mode gives the same answer some 60 times slower.
 * Rules never split text with their own regular expressions.
 */

export interface Span {
  text: string;
  start: number;
  end: number;
}

const sentenceSegmenter = new Intl.Segmenter("en-GB", { granularity: "sentence" });
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const SENTENCE_CACHE_LIMIT = 5_000;
const sentenceCache = new Map<string, Span[]>();

/** The sentences of a paragraph; a paragraph seen before (the worker is typing elsewhere) is not split again. */
export function sentences(text: string): Span[] {
  const cached = sentenceCache.get(text);
  if (cached) return cached;
  const result = splitSentences(text);
  if (sentenceCache.size >= SENTENCE_CACHE_LIMIT) sentenceCache.clear();
  sentenceCache.set(text, result);
  return result;
}

/**
 * Forgets every paragraph, sentence and date read so far, so that a benchmark can time a check of
 * text never seen before. The caches are bounded, so nothing else needs this.
 */
export function forgetReadings(): void {
  sentenceCache.clear();
  dateCache.clear();
  for (const forget of forgetters) forget();
}

const forgetters: (() => void)[] = [];
/** Lets another reader's cache be cleared with these. */
export function onForgetReadings(forget: () => void): void {
  forgetters.push(forget);
}

/**
 * Intl.Segmenter's sentence iteration slows down with the length of the text it is given (200,000
 * characters of quoted prose took seconds), so a long paragraph is segmented in pieces of about
 * this size, each cut after a sentence's full stop and space where there is one.
 */
const SEGMENT_PIECE = 4_000;

function splitSentences(text: string): Span[] {
  const result: Span[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + SEGMENT_PIECE);
    if (to < text.length) {
      const stop = Math.max(
        text.lastIndexOf(". ", to),
        text.lastIndexOf("? ", to),
        text.lastIndexOf("! ", to),
      );
      if (stop > from + SEGMENT_PIECE / 2) to = stop + 2;
    }
    segmentInto(text.slice(from, to), from, result);
    from = to;
  }
  return result;
}

function segmentInto(text: string, offset: number, result: Span[]): void {
  for (const segment of sentenceSegmenter.segment(text)) {
    const trimmed = segment.segment.trimEnd();
    if (trimmed.trim().length === 0) continue;
    const leading = trimmed.length - trimmed.trimStart().length;
    result.push({
      text: trimmed.trimStart(),
      start: offset + segment.index + leading,
      end: offset + segment.index + trimmed.length,
    });
  }
}

export function words(text: string): Span[] {
  return Array.from(text.matchAll(WORD), (match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text)) count++;
  return count;
}

// A summary repeats its words (names, "Mum", "school"); counting each spelling once is enough.
const syllableCache = new Map<string, number>();
const SYLLABLE_CACHE_LIMIT = 20_000;

export function countSyllables(word: string): number {
  const key = word.toLowerCase();
  let count = syllableCache.get(key);
  if (count === undefined) {
    count = Math.max(1, syllable(key));
    if (syllableCache.size >= SYLLABLE_CACHE_LIMIT) syllableCache.clear();
    syllableCache.set(key, count);
  }
  return count;
}

/**
 * Flesch reading ease (higher is easier; 60–70 is plain English). Null for text too short to
 * judge.
 */
export function readingEase(text: string): number | null {
  const wordSpans = words(text).filter((w) => /\p{L}/u.test(w.text));
  const sentenceCount = sentences(text).length;
  if (wordSpans.length < 30 || sentenceCount === 0) return null;
  const syllableCount = wordSpans.reduce((sum, w) => sum + countSyllables(w.text), 0);
  return 206.835 - 1.015 * (wordSpans.length / sentenceCount) - 84.6 * (syllableCount / wordSpans.length);
}

const phraseMatchers = new WeakMap<readonly string[], PhraseMatcher>();

/**
 * Finds the first of a list of words or phrases (case-insensitive, whole words; "*" at the end of
 * an entry matches any ending, so "worr*" finds "worried" and "worries"). The lists come from the
 * packs, so councils can change them without code.
 */
export function findPhrase(text: string, phrases: readonly string[]): Span | null {
  return phraseMatcher(phrases).first(text);
}

export function findAllPhrases(text: string, phrases: readonly string[]): Span[] {
  return phraseMatcher(phrases).all(text);
}

function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  let matcher = phraseMatchers.get(phrases);
  if (!matcher) {
    matcher = new PhraseMatcher(phrases);
    phraseMatchers.set(phrases, matcher);
  }
  return matcher;
}

export interface DateMention extends Span {
  date: Date;
}

// The date reader is the slowest reader the checks use, and several checks ask it of the same
// sentence; as the worker types, most sentences are the same as at the last check.
const DATE_CACHE_LIMIT = 5_000;
const dateCache = new Map<string, readonly DateMention[]>();

/** Dates and timescales written in British English ("3/2/2027", "within six weeks", "by March"). */
export function findDates(text: string, reference: Date): readonly DateMention[] {
  const key = `${reference.getTime()}|${text}`;
  const cached = dateCache.get(key);
  if (cached) return cached;
  const found = readDates(text, reference);
  if (dateCache.size >= DATE_CACHE_LIMIT) dateCache.clear();
  dateCache.set(key, found);
  return found;
}

function readDates(text: string, reference: Date): DateMention[] {
  return ukDates.parse(text, reference, { forwardDate: false }).map((result) => ({
    text: result.text,
    start: result.index,
    end: result.index + result.text.length,
    date: result.start.date(),
  }));
}
