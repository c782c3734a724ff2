import { distance } from "fastest-levenshtein";
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

/** Lower case, straight quotes, no numbering, no trailing punctuation, single spaces. */
export function normaliseHeading(text: string): string {
  let result = text
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/&/g, " and ")
    .replace(/\s*\/\s*/g, "/")
    .trim()
    .replace(/^(?:section|part)\s+\d+[.:)]?\s+/i, "");
  // Numbering may be stacked: "3.1 (iii) Summary of our involvement".
  for (let i = 0; i < 3; i++) {
    const stripped = result.replace(NUMBERING, "");
    if (stripped === result) break;
    result = stripped;
  }
  return result
    .replace(/[\s:;.?!,*_#-]+$/g, "")
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
}

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

/** Matches one line of text against the pack's headings. */
export function matchHeading(text: string, pack: Pack, childName: string | null): HeadingMatch | null {
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
    const cost = distance(candidate, p.pattern);
    if (cost <= typoAllowance(p.pattern.length) && (!best || cost < best.cost)) best = { key: p.key, cost };
  }
  if (best) return { key: best.key, childName, exact: false };

  // A typing mistake in a heading that also names a child we were not told about.
  for (const p of patterns) {
    if (!p.hasName || candidate.includes(NAME_TOKEN)) continue;
    const typos = typoAllowance(p.pattern.length - NAME_TOKEN.length);
    const found = nameInPattern(text, normalised, p.pattern, typos);
    if (found) return { key: p.key, childName: found.name ?? childName, exact: false };
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
    candidates.set(index, {
      paragraph: index,
      key: match.key,
      recognisedBy: kind,
      childName: match.childName,
    });
    seenKeys.add(match.key);
  });

  // Tagged body paragraphs whose heading was also recognised by text: keep one candidate per run.
  const ordered = [...candidates.values()].sort((a, b) => a.paragraph - b.paragraph);
  const headings = ordered.filter(
    (c, i) =>
      !(
        i > 0 &&
        ordered[i - 1]!.key === c.key &&
        ordered[i - 1]!.paragraph === c.paragraph - 1 &&
        c.recognisedBy === "content-control"
      ),
  );
  const headingIndices = new Set(headings.map((h) => h.paragraph));

  const occurrences: SectionOccurrence[] = headings.map((heading, i) => {
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
    return {
      key: heading.key,
      headingParagraph: heading.paragraph,
      headingText: paragraphs[heading.paragraph]!.text.trim(),
      body,
      recognisedBy: heading.recognisedBy,
    };
  });

  const firstHeading = headings.length > 0 ? headings[0]!.paragraph : paragraphs.length;
  const preamble = Array.from({ length: firstHeading }, (_, i) => i);
  const childName = givenChildName?.trim() || mostCommon(headings.map((h) => h.childName));

  return { pack, occurrences, preamble, childName: childName || null };
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
    const distinct = new Set(structure.occurrences.map((o) => o.key)).size;
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
