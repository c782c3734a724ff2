import { distance } from "fastest-levenshtein";
import { stemmer } from "stemmer";
import { CHILD_NAME_PLACEHOLDER, type Pack, type SectionSpec } from "../guidance/schema";
import type { DocumentSnapshot, SnapshotParagraph } from "./snapshot";
import { parseSectionTag } from "./tags";
import type { DocumentStructure, SectionOccurrence } from "./types";

/**
 * Splits a document into the pack's sections. Headings are recognised by the add-in's
 * content-control tags first, then by text: tolerant of case, numbering such as "(i)" or "2.",
 * trailing colons, the child's name in place of [Child's Name], heading styles or bold, and
 * small typos.
 */

const NAME_TOKEN = "\u0000name\u0000";
const MAX_HEADING_WORDS = 20;

// Every paragraph is tried as a heading of every pack (choosing the pack, then checking against
// it), so each text is normalised once and each pack's answer for a line is kept.
const CACHE_LIMIT = 5_000;
const normalisedCache = new Map<string, string>();

/** Lower case, straight quotes, no numbering, no trailing punctuation, single spaces. */
export function normaliseHeading(text: string): string {
  let normalised = normalisedCache.get(text);
  if (normalised === undefined) {
    normalised = normalise(text);
    if (normalisedCache.size >= CACHE_LIMIT) normalisedCache.clear();
    normalisedCache.set(text, normalised);
  }
  return normalised;
}

function normalise(text: string): string {
  let result = text
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/&/g, " and ")
    // Each run of spaces is tried once (the look-behind), so a long run without a slash is linear.
    .replace(/(?<!\s)\s*\/\s*/g, "/")
    .trim()
    .replace(/^(?:section|part)\s+\d+[.:)]?\s+/i, "");
  // Numbering may be stacked: "3.1 (iii) Summary of our involvement".
  for (let i = 0; i < 3; i++) {
    const stripped = result.replace(NUMBERING, "");
    if (stripped === result) break;
    result = stripped;
  }
  return result
    .replace(/(?<![\s:;.?!,*_#-])[\s:;.?!,*_#-]+$/g, "")
    .replace(/^[\s:;.?!,*_#-]+/g, "")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

const NUMBERING =
  /^(?:\(?(?:[ivx]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-h])[.):]\)?\s+|\(?(?:[ivx]{1,5}|\d{1,2})\)\s*|\d{1,2}(?:\.\d{1,2})+\s+)/i;

interface HeadingPattern {
  key: string;
  /** Normalised text with NAME_TOKEN where the child's name goes. */
  pattern: string;
  hasName: boolean;
}

function patternsFor(section: SectionSpec): HeadingPattern[] {
  return [section.heading, ...section.aliases].map((text) => {
    const placeholder = normaliseHeading(CHILD_NAME_PLACEHOLDER);
    const normalised = normaliseHeading(text).split(placeholder).join(NAME_TOKEN);
    return { key: section.key, pattern: normalised, hasName: normalised.includes(NAME_TOKEN) };
  });
}

const patternCache = new WeakMap<Pack, HeadingPattern[]>();
function packPatterns(pack: Pack): HeadingPattern[] {
  let patterns = patternCache.get(pack);
  if (!patterns) {
    patterns = pack.sections.flatMap(patternsFor);
    patternCache.set(pack, patterns);
  }
  return patterns;
}

export interface HeadingMatch {
  key: string;
  /** The child's name as written in the heading, where the heading carries it. */
  childName: string | null;
  exact: boolean;
  /**
   * True when the heading was recognised by its words rather than its wording ("Goals / next
   * steps", "Professionals involved"), which only a line that looks like a heading may be.
   */
  byWords?: boolean;
  /** Further sections a merged heading also covers ("Summary of involvement and what difference we have made"). */
  alsoCovers?: string[];
}

/** Words a heading may carry that say nothing of which section it is. */
const HEADING_FILLER = new Set(
  (
    "a an the of and or for to in on at with about by from we our us have has had is are was it its " +
    "what who how why do does did this that child childs children young person people s"
  ).split(" "),
);

/** A heading's meaningful words, stemmed ("Professionals involved" → profession, involv). */
function headingWords(normalised: string): string[] {
  const result: string[] = [];
  for (const word of normalised
    .split(NAME_TOKEN)
    .join(" ")
    .split(/[^\p{L}]+/u)) {
    if (word.length === 0 || HEADING_FILLER.has(word)) continue;
    result.push(stemmer(word));
  }
  return result;
}

/** The meaningful words of each of the pack's headings and aliases. */
const wordsCache = new WeakMap<Pack, { key: string; words: Set<string> }[]>();
function packHeadingWords(pack: Pack): { key: string; words: Set<string> }[] {
  let result = wordsCache.get(pack);
  if (!result) {
    result = packPatterns(pack).map((p) => ({ key: p.key, words: new Set(headingWords(p.pattern)) }));
    wordsCache.set(pack, result);
  }
  return result;
}

const MAX_WORDS_FOR_WORD_MATCH = 10;

/** Drops possessive words that are no heading word ("kai's safety plan"): they are the child's name. */
function withoutNames(normalised: string, pack: Pack): string {
  return normalised.replace(/(?<![\p{L}-])[\p{L}-]+'s(?!\p{L})/gu, (word) => {
    const bare = word.slice(0, -2);
    const stem = stemmer(bare);
    return packHeadingWords(pack).some((heading) => heading.words.has(stem)) ? bare : " ";
  });
}

/**
 * The section one of whose headings shares the most words with this one: all of a short
 * heading's words, all but one of a longer one's, and more than any other section's headings
 * share. So "Goals / next steps" is the goals ("Next steps"), and "Last updated" is no heading,
 * though "last" and "update" each belong to some heading.
 */
function sectionByWords(normalised: string, pack: Pack): string | null {
  const words = headingWords(withoutNames(normalised, pack));
  // One word ("Safety") says too little; a one-word heading must be one of the pack's own.
  if (words.length < 2 || words.length > MAX_WORDS_FOR_WORD_MATCH) return null;
  const needed = words.length >= 3 ? words.length - 1 : words.length;
  const bestBySection = new Map<string, number>();
  for (const heading of packHeadingWords(pack)) {
    const shared = words.filter((word) => heading.words.has(word)).length;
    bestBySection.set(heading.key, Math.max(shared, bestBySection.get(heading.key) ?? 0));
  }
  const ranked = [...bestBySection].sort((a, b) => b[1] - a[1]);
  const [best, runnerUp] = ranked;
  if (!best || best[1] < needed || (runnerUp && runnerUp[1] === best[1])) return null;
  return best[0];
}

/** Where a heading that joins two sections divides ("Summary of involvement and what difference we have made"). */
const JOINS = / and | ?\/ ?| plus /;

/** Replaces the child's name (and its possessive) with the name token. */
function withNameToken(normalised: string, childName: string | null): string {
  if (!childName) return normalised;
  const name = normaliseHeading(childName);
  if (!name) return normalised;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return normalised.replace(new RegExp(`(?<![\\p{L}])${escaped}(?:'s|s')?(?![\\p{L}])`, "gu"), NAME_TOKEN);
}

/** How many typing mistakes a heading of this length may carry and still be recognised. */
function typoAllowance(length: number): number {
  if (length < 8) return 0;
  if (length < 16) return 1;
  return Math.min(4, Math.floor(length * 0.12));
}

const matchCache = new WeakMap<Pack, Map<string, HeadingMatch | null>>();

/** Matches one line of text against the pack's headings. */
export function matchHeading(text: string, pack: Pack, childName: string | null): HeadingMatch | null {
  let cache = matchCache.get(pack);
  if (!cache) {
    cache = new Map();
    matchCache.set(pack, cache);
  }
  // The name is part of the question; its length keeps it apart from the text.
  const key = childName === null ? `-|${text}` : `${childName.length}|${childName}${text}`;
  let match = cache.get(key);
  if (match === undefined) {
    match = matchAgainst(text, pack, childName);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, match);
  }
  // A copy, so no caller can change what the next one is given.
  return match && { ...match, ...(match.alsoCovers ? { alsoCovers: [...match.alsoCovers] } : {}) };
}

function matchAgainst(text: string, pack: Pack, childName: string | null): HeadingMatch | null {
  const normalised = normaliseHeading(text);
  if (!normalised || normalised.split(" ").length > MAX_HEADING_WORDS) return null;
  // A heading still carrying the placeholder is the section all the same (placeholder-left says so).
  const candidate = withNameToken(normalised, childName)
    .split(normaliseHeading(CHILD_NAME_PLACEHOLDER))
    .join(NAME_TOKEN);
  const patterns = packPatterns(pack);

  for (const p of patterns) if (p.pattern === candidate) return { key: p.key, childName, exact: true };

  // The heading names a child we were not told about: "Maya's Safety Plan".
  for (const p of patterns) {
    if (!p.hasName) continue;
    const found = nameInPattern(text, normalised, p.pattern, 0);
    if (found) return { key: p.key, childName: found.name ?? childName, exact: true };
  }

  let best: { key: string; cost: number } | null = null;
  for (const p of patterns) {
    const allowance = typoAllowance(p.pattern.length);
    // The edit distance is at least the difference in length: most lines are not worth measuring.
    if (Math.abs(candidate.length - p.pattern.length) > allowance) continue;
    const cost = distance(candidate, p.pattern);
    if (cost <= allowance && (!best || cost < best.cost)) best = { key: p.key, cost };
  }
  if (best) return { key: best.key, childName, exact: false };

  // A typing mistake in a heading that also names a child we were not told about.
  for (const p of patterns) {
    if (!p.hasName || candidate.includes(NAME_TOKEN)) continue;
    const typos = typoAllowance(p.pattern.length - NAME_TOKEN.length);
    const found = nameInPattern(text, normalised, p.pattern, typos);
    if (found) return { key: p.key, childName: found.name ?? childName, exact: false };
  }

  // The council's words in the worker's order or short form: "Goals / next steps", "Contacts".
  const byWords = sectionByWords(candidate, pack);
  if (byWords) return { key: byWords, childName, exact: false, byWords: true };

  // Two sections under one heading, each part recognisable on its own.
  const parts = candidate.split(JOINS);
  if (parts.length === 2) {
    const [first, second] = parts.map((part) => {
      const exact = patterns.find((p) => p.pattern === part.trim());
      return exact ? exact.key : sectionByWords(part, pack);
    });
    if (first && second && first !== second) {
      return { key: first, childName, exact: false, byWords: true, alsoCovers: [second] };
    }
  }
  return null;
}

/** Words that come before "Safety Plan" and the like but are not a child's name. */
const NOT_NAMES = new Set([
  "the",
  "a",
  "an",
  "our",
  "this",
  "each",
  "every",
  "child",
  "children",
  "child's",
  "childs",
  "young",
  "person",
  "person's",
  "updated",
  "update",
  "current",
  "revised",
  "new",
  "interim",
  "draft",
  "joint",
  "family",
  "families",
  "my",
  "her",
  "his",
  "their",
  "agreed",
  "initial",
  "latest",
  "full",
  "case",
  "summary",
  "final",
  "previous",
  "proposed",
  "review",
  "reviewed",
  "amended",
  "emergency",
  "and",
]);

/**
 * If the heading fits the pattern with one to four words where the name goes, returns those words
 * as the worker wrote them. A name starts with a capital letter (or is in a script without
 * capitals) and is not a word such as "Updated" or "Family". `typos` allows small mistakes in
 * the rest of the heading.
 */
function nameInPattern(
  original: string,
  text: string,
  pattern: string,
  typos: number,
): { name: string | null } | null {
  if (!pattern.includes(NAME_TOKEN)) return null;
  const [prefix, suffix] = pattern.split(NAME_TOKEN) as [string, string];
  const words = text.split(" ");
  const prefixWords = prefix.trim() ? prefix.trim().split(" ").length : 0;
  const suffixWords = suffix.trim() ? suffix.trim().split(" ").length : 0;
  for (let nameWords = 1; nameWords <= 4; nameWords++) {
    if (prefixWords + nameWords + suffixWords !== words.length) continue;
    const before = words.slice(0, prefixWords).join(" ");
    const middle = words
      .slice(prefixWords, prefixWords + nameWords)
      .join(" ")
      .replace(/(?:'s|s')$/, "");
    const after = words.slice(prefixWords + nameWords).join(" ");
    const cost = distance(before, prefix.trim()) + distance(after, suffix.trim());
    if (cost > typos) continue;
    if (!/^[\p{L}][\p{L}\p{M}' -]*$/u.test(middle)) continue;
    const middleWords = middle.split(/[ -]/);
    // "Updated Safety Plan", "The Child's Safety Plan": the section, with no name in it.
    if (middleWords.every((word) => NOT_NAMES.has(word))) return { name: null };
    if (middleWords.some((word) => NOT_NAMES.has(word))) continue;
    const asWritten = originalCase(original, middle);
    const capitalised = asWritten
      .split(/[ -]/)
      .every(
        (word) =>
          word.charAt(0) !== word.charAt(0).toLowerCase() || word.charAt(0) === word.charAt(0).toUpperCase(),
      );
    if (capitalised) return { name: asWritten };
  }
  return null;
}

/** The name as the worker wrote it, capitals and all. */
function originalCase(original: string, lowerName: string): string {
  const plain = original.replace(/[’‘]/g, "'");
  const index = plain.toLowerCase().indexOf(lowerName);
  return index >= 0 ? plain.slice(index, index + lowerName.length) : lowerName;
}

function headingLevel(paragraph: SnapshotParagraph): number | null {
  const styleLevel = /^Heading([1-9])$/.exec(paragraph.styleBuiltIn);
  if (styleLevel) return Number(styleLevel[1]);
  if (paragraph.styleBuiltIn === "Title") return 1;
  return paragraph.outlineLevel;
}

function isHeadingLike(paragraph: SnapshotParagraph): "heading-style" | "bold" | "plain" {
  const level = headingLevel(paragraph);
  if (level !== null && level <= 3) return "heading-style";
  if (paragraph.bold === true && !paragraph.inList) return "bold";
  return "plain";
}

interface Candidate {
  paragraph: number;
  key: string;
  recognisedBy: SectionOccurrence["recognisedBy"];
  childName: string | null;
  /** The other sections a merged heading covers. */
  alsoCovers: string[];
}

/** Recognises the sections of one pack in the snapshot. */
export function recogniseStructure(
  snapshot: DocumentSnapshot,
  pack: Pack,
  givenChildName: string | null = null,
): DocumentStructure {
  const paragraphs = snapshot.paragraphs;
  const sectionKeys = new Set(pack.sections.map((s) => s.key));
  const candidates = new Map<number, Candidate>();

  // 1. Sections the add-in inserted carry a tag, whatever the worker has done to the heading.
  paragraphs.forEach((p, index) => {
    const tag = parseSectionTag(p.contentControlTag);
    if (!tag || !sectionKeys.has(tag.sectionKey)) return;
    const startsRun = index === 0 || paragraphs[index - 1]!.contentControlTag !== p.contentControlTag;
    if (!startsRun) return;
    let headingIndex = index;
    if (
      isHeadingLike(p) !== "heading-style" &&
      index > 0 &&
      isHeadingLike(paragraphs[index - 1]!) === "heading-style"
    ) {
      headingIndex = index - 1;
    }
    candidates.set(headingIndex, {
      paragraph: headingIndex,
      key: tag.sectionKey,
      recognisedBy: "content-control",
      childName: null,
      alsoCovers: [],
    });
  });

  // 2. Headings typed by hand.
  const seenKeys = new Set([...candidates.values()].map((c) => c.key));
  paragraphs.forEach((p, index) => {
    if (candidates.has(index)) return;
    const text = p.text.trim();
    if (!text) return;
    const kind = isHeadingLike(p);
    const match = matchHeading(text, pack, givenChildName);
    if (!match) return;
    // A summary laid out as a table has its headings in cells; but a table's own header cells
    // ("Contact details") are not a second section, so a cell counts only as a first heading.
    if (p.inTable && (!match.exact || seenKeys.has(match.key))) return;
    // A plain paragraph is a heading only when it reads as one: short, no full stop, and the
    // heading's words with at most a typing slip.
    if (kind === "plain" && (text.length > 120 || (!match.exact && /[.!]$/.test(text)))) return;
    // Recognised by its words alone, a line must look like a heading: no closing full stop,
    // and in plain text a capital letter or a number to start it.
    if (match.byWords && (/[.!,;]$/.test(text) || (kind === "plain" && !/^[\p{Lu}\p{N}(]/u.test(text))))
      return;
    candidates.set(index, {
      paragraph: index,
      key: match.key,
      recognisedBy: kind,
      childName: match.childName,
      alsoCovers: match.alsoCovers ?? [],
    });
    seenKeys.add(match.key);
  });

  // Tagged body paragraphs whose heading was also recognised by text: keep one candidate per run.
  const ordered = [...candidates.values()].sort((a, b) => a.paragraph - b.paragraph);
  const rawHeadings = ordered.filter(
    (c, i) =>
      !(
        i > 0 &&
        ordered[i - 1]!.key === c.key &&
        ordered[i - 1]!.paragraph === c.paragraph - 1 &&
        c.recognisedBy === "content-control"
      ),
  );
  const headings = mergeContinuations(paragraphs, rawHeadings);
  const unknownHeadings = headingsNotInPack(paragraphs, headings);
  const headingIndices = new Set([...headings.map((h) => h.paragraph), ...unknownHeadings]);

  const occurrences: SectionOccurrence[] = headings.flatMap((heading, i) => {
    const next = i + 1 < headings.length ? headings[i + 1]!.paragraph : paragraphs.length;
    const ownLevel = headingLevel(paragraphs[heading.paragraph]!) ?? 2;
    const body: number[] = [];
    for (let index = heading.paragraph + 1; index < next; index++) {
      if (headingIndices.has(index)) break;
      const level = headingLevel(paragraphs[index]!);
      // An unrelated heading at the same level or above ends the section ("Appendix").
      if (level !== null && level <= ownLevel && !paragraphs[index]!.contentControlTag) break;
      body.push(index);
    }
    const occurrence = (key: string): SectionOccurrence => ({
      key,
      headingParagraph: heading.paragraph,
      headingText: paragraphs[heading.paragraph]!.text.trim(),
      body,
      recognisedBy: heading.recognisedBy,
    });
    // A merged heading stands for each section it names, over the same text.
    return [heading.key, ...heading.alsoCovers].map(occurrence);
  });

  const firstHeading = headings.length > 0 ? headings[0]!.paragraph : paragraphs.length;
  const preamble = Array.from({ length: firstHeading }, (_, i) => i);
  const childName = givenChildName?.trim() || mostCommon(headings.map((h) => h.childName));

  return { pack, occurrences, preamble, childName: childName || null, unknownHeadings };
}

const KIND_STRENGTH: Record<SectionOccurrence["recognisedBy"], number> = {
  "content-control": 3,
  "heading-style": 2,
  bold: 1,
  plain: 0,
};

/**
 * A heading straight after another of the same section, with no other heading between, is a
 * continuation rather than a second copy when it is written more weakly ("In the last three
 * months:" in plain text under a Heading 2) or names another part of the section ("Pen picture",
 * then "Reason for involvement", the two halves of 001's first heading). "Safety plan" then
 * "Updated safety plan" is a second copy: new text under old, which section-duplicate reports.
 */
function mergeContinuations(paragraphs: readonly SnapshotParagraph[], headings: Candidate[]): Candidate[] {
  const result: Candidate[] = [];
  for (const heading of headings) {
    const previous = result[result.length - 1];
    const covered = previous ? [previous.key, ...previous.alsoCovers] : [];
    if (previous && covered.includes(heading.key) && heading.alsoCovers.length === 0) {
      const weaker = KIND_STRENGTH[heading.recognisedBy] < KIND_STRENGTH[previous.recognisedBy];
      const before = normaliseHeading(paragraphs[previous.paragraph]!.text);
      const after = normaliseHeading(paragraphs[heading.paragraph]!.text);
      const anotherPart = !before.includes(after) && !after.includes(before);
      if (weaker || anotherPart) continue;
    }
    result.push(heading);
  }
  return result;
}

/**
 * How a heading is written: its style level, or bold, or plain; its numbering ("6." "(vi)");
 * whether it is in capitals and ends with a colon. A document's own headings share a shape.
 */
interface HeadingShape {
  signature: string;
  /** The heading's number, for numbered shapes; null otherwise. */
  number: number | null;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };
function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN[numeral[i]!.toLowerCase()] ?? 0;
    const nextValue = ROMAN[numeral[i + 1]?.toLowerCase() ?? ""] ?? 0;
    total += value < nextValue ? -value : value;
  }
  return total;
}

function headingShape(paragraph: SnapshotParagraph): HeadingShape {
  const text = paragraph.text.trim();
  const level = headingLevel(paragraph);
  const kind = level !== null && level <= 3 ? `style${level}` : paragraph.bold === true ? "bold" : "plain";
  let numbering = "none";
  let number: number | null = null;
  const arabic = /^(?:section\s+)?(\d{1,2})([.):])\s/i.exec(text);
  const roman = /^\(?([ivx]{1,5})([.):])\s/i.exec(text);
  if (arabic) {
    numbering = `arabic${arabic[2]}`;
    number = Number(arabic[1]);
  } else if (roman) {
    numbering = `roman${roman[2]}`;
    number = romanValue(roman[1]!);
  }
  const letters = text.replace(/[^\p{L}]/gu, "");
  const caps = letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const colon = text.endsWith(":");
  return { signature: `${kind}|${numbering}|${caps ? "caps" : ""}|${colon ? "colon" : ""}`, number };
}

const MAX_UNKNOWN_HEADING_WORDS = 10;

/**
 * Paragraphs written the way the document writes its recognised headings (same style level, or
 * bold, or the same numbering in sequence, or capitals) that are no heading of the pack: "6.
 * Manager's oversight". Each starts a section of its own, so that the section above ends there.
 * A plain, unnumbered shape says too little to tell a heading from a short line of text.
 */
function headingsNotInPack(
  paragraphs: readonly SnapshotParagraph[],
  headings: readonly Candidate[],
): number[] {
  const shapes = headings.map((h) => ({ paragraph: h.paragraph, ...headingShape(paragraphs[h.paragraph]!) }));
  const counts = new Map<string, number>();
  for (const shape of shapes) counts.set(shape.signature, (counts.get(shape.signature) ?? 0) + 1);
  const conventions = new Set(
    [...counts].filter(([signature, count]) => count >= 2 && signature !== "plain|none||").map(([s]) => s),
  );
  if (conventions.size === 0) return [];
  const recognised = new Set(headings.map((h) => h.paragraph));
  // Before the first of the template's headings is the title and date, not a section.
  const first = Math.min(...recognised);
  const result: number[] = [];
  paragraphs.forEach((p, index) => {
    if (index < first || recognised.has(index) || p.inTable || p.contentControlTag) return;
    const text = p.text.trim();
    if (!text || /[.!,;]$/.test(text) || text.split(/\s+/).length > MAX_UNKNOWN_HEADING_WORDS) return;
    const shape = headingShape(p);
    if (!conventions.has(shape.signature)) return;
    if (shape.number !== null) {
      // A numbered heading falls between its neighbours' numbers ("6." between "5." and "7.");
      // "1. Mum will…" under heading 4 is a list in the section, not a heading.
      const before = shapes.filter((s) => s.paragraph < index && s.signature === shape.signature).pop();
      const after = shapes.find((s) => s.paragraph > index && s.signature === shape.signature);
      const lower = before?.number ?? 0;
      const upper = after?.number ?? lower + 2;
      if (!(shape.number > lower && shape.number < upper)) return;
    }
    result.push(index);
  });
  return result;
}

/** Whether a heading is written as the pack's own heading for that section (not an alias). */
function isPrimaryHeading(text: string, pack: Pack, key: string, childName: string | null): boolean {
  const spec = pack.sections.find((s) => s.key === key);
  if (!spec) return false;
  const [primary] = patternsFor(spec);
  const candidate = withNameToken(normaliseHeading(text), childName);
  return (
    primary !== undefined &&
    (candidate === primary.pattern ||
      nameInPattern(text, normaliseHeading(text), primary.pattern, 0) !== null)
  );
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | null = null;
  for (const [value, count] of counts) if (best === null || count > counts.get(best)!) best = value;
  return best;
}

/**
 * Picks the pack whose headings the document follows best: tags first, then the number of the
 * pack's sections recognised, then how many headings are the pack's own words rather than an
 * alias or a near miss. Ties go to the first pack in the list (the default), so a short draft
 * whose few headings fit several templates is checked against the default.
 */
export function choosePack(
  snapshot: DocumentSnapshot,
  packs: readonly Pack[],
  childName: string | null = null,
): Pack {
  if (packs.length === 0) throw new Error("No template packs are available.");
  const taggedPack = snapshot.paragraphs
    .map((p) => parseSectionTag(p.contentControlTag)?.packId)
    .find((id) => id && packs.some((pack) => pack.id === id));
  if (taggedPack) return packs.find((pack) => pack.id === taggedPack)!;

  let best = packs[0]!;
  let bestScore = -1;
  for (const pack of packs) {
    const structure = recogniseStructure(snapshot, pack, childName);
    // A merged heading counts once: it is one heading of the document, however many sections it covers.
    const headingsSeen = new Set<number>();
    const own = structure.occurrences.filter(
      (o) => !headingsSeen.has(o.headingParagraph) && headingsSeen.add(o.headingParagraph),
    );
    const distinct = new Set(own.map((o) => o.key)).size;
    const ownWords = structure.occurrences.filter((o) =>
      isPrimaryHeading(o.headingText, pack, o.key, childName),
    ).length;
    const score = distinct * 1000 + ownWords;
    if (score > bestScore) {
      best = pack;
      bestScore = score;
    }
  }
  return best;
}
