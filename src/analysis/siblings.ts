/**
 * Summaries written from one text (004 §4.2: each child's summary is written for that child).
 * Finds pairs of summaries that share long passages, without comparing whole documents with each
 * other: each section's body text becomes a set of hashed word 8-grams ("shingles"), an inverted
 * index maps each shingle to the summaries that hold it, and only summaries that meet in that
 * index are counted as pairs. Shingles held by many summaries are the template's own wording or a
 * team's stock phrases, not copying, and are left out; headings are never shingled.
 */

export interface SiblingSection {
  /** The section's key in its pack. */
  key: string;
  /** Paragraph texts under the heading (headings themselves are left out by the caller). */
  paragraphs: readonly string[];
}

export interface SiblingDocument {
  sections: readonly SiblingSection[];
}

export interface SectionShare {
  key: string;
  /** Of this section's passages in the first summary, the share also in the second: 0 to 1. */
  shareOfFirst: number;
  /** Of this section's passages in the second summary, the share also in the first. */
  shareOfSecond: number;
}

export interface SiblingPair {
  /** Indices into the documents given, first < second. */
  first: number;
  second: number;
  /** Shingles the two share. */
  shared: number;
  /** Sections where either summary shares at least a fifth of its text with the other, most shared first. */
  sections: SectionShare[];
}

export interface SiblingOptions {
  /** Words in a shingle. */
  shingleWords?: number;
  /** A shingle in more summaries than this is common wording, not copying. */
  maxDocumentsPerShingle?: number;
  /** Shingles two summaries must share to be flagged: about a long paragraph's worth. */
  minShared?: number;
}

const DEFAULTS: Required<SiblingOptions> = { shingleWords: 8, maxDocumentsPerShingle: 4, minShared: 40 };

/** The smallest share of a section that is reported. */
const SECTION_SHARE = 0.2;

/** 32-bit FNV-1a of a string: fast, and collisions among a few hundred thousand shingles are rare and harmless. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Words in lower case, without punctuation, so reflowing or re-punctuating a copy does not hide it. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
}

function shinglesOf(paragraphs: readonly string[], size: number): Set<number> {
  const out = new Set<number>();
  for (const paragraph of paragraphs) {
    const words = wordsOf(paragraph);
    for (let i = 0; i + size <= words.length; i++) out.add(hash(words.slice(i, i + size).join(" ")));
  }
  return out;
}

export function findSiblingPairs(
  documents: readonly SiblingDocument[],
  options: SiblingOptions = {},
): SiblingPair[] {
  const { shingleWords, maxDocumentsPerShingle, minShared } = { ...DEFAULTS, ...options };
  const perSection = documents.map((d) =>
    d.sections.map((s) => ({ key: s.key, shingles: shinglesOf(s.paragraphs, shingleWords) })),
  );
  const whole = perSection.map((sections) => {
    const all = new Set<number>();
    for (const s of sections) for (const h of s.shingles) all.add(h);
    return all;
  });

  const index = new Map<number, number[]>();
  whole.forEach((shingles, doc) => {
    for (const h of shingles) {
      const holders = index.get(h);
      if (holders) holders.push(doc);
      else index.set(h, [doc]);
    }
  });

  const common = new Set<number>();
  const pairCounts = new Map<number, number>();
  const n = documents.length;
  for (const [h, holders] of index) {
    if (holders.length > maxDocumentsPerShingle) {
      common.add(h);
      continue;
    }
    for (let i = 0; i < holders.length; i++) {
      for (let j = i + 1; j < holders.length; j++) {
        const key = holders[i]! * n + holders[j]!;
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
      }
    }
  }

  const pairs: SiblingPair[] = [];
  for (const [key, shared] of pairCounts) {
    if (shared < minShared) continue;
    const first = Math.floor(key / n);
    const second = key % n;
    pairs.push({ first, second, shared, sections: sectionShares(perSection, whole, first, second, common) });
  }
  return pairs.sort((a, b) => b.shared - a.shared || a.first - b.first || a.second - b.second);
}

function sectionShares(
  perSection: { key: string; shingles: Set<number> }[][],
  whole: Set<number>[],
  first: number,
  second: number,
  common: Set<number>,
): SectionShare[] {
  const share = (own: Set<number>, other: Set<number>) => {
    let total = 0;
    let inOther = 0;
    for (const h of own) {
      if (common.has(h)) continue;
      total++;
      if (other.has(h)) inOther++;
    }
    return total === 0 ? 0 : inOther / total;
  };
  const keys = [...new Set([...perSection[first]!, ...perSection[second]!].map((s) => s.key))];
  const union = (doc: number, key: string) => {
    const out = new Set<number>();
    for (const s of perSection[doc]!) if (s.key === key) for (const h of s.shingles) out.add(h);
    return out;
  };
  return keys
    .map((key) => ({
      key,
      shareOfFirst: share(union(first, key), whole[second]!),
      shareOfSecond: share(union(second, key), whole[first]!),
    }))
    .filter((s) => Math.max(s.shareOfFirst, s.shareOfSecond) >= SECTION_SHARE)
    .sort((a, b) => Math.max(b.shareOfFirst, b.shareOfSecond) - Math.max(a.shareOfFirst, a.shareOfSecond));
}
