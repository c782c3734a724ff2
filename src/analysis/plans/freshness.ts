import { FNV_START, fnv1a } from "../reading/hash";
import type { DocumentSnapshot } from "../snapshot";

/**
 * How a plan knows the document is still as it was planned against. Word has no paragraph
 * numbers, so a plan names paragraphs by position: they are the same paragraphs only if none has
 * been added or removed, every paragraph up to the last of them reads as it did (the same text
 * could be a different paragraph that moved up), and each named paragraph reads as it did. The
 * texts compared are Word's own (tracked deletions included), as the Word layer reads them back.
 */
export interface Expectation {
  /** How many paragraphs the body had. */
  paragraphCount: number;
  /** The last paragraph the plan touches, or -1 when it names none. */
  upTo: number;
  /** The fingerprint of every paragraph's text from the first to `upTo`. */
  prefix: string;
  /** The paragraphs the plan touches, with the text each had. */
  texts: Record<number, string>;
  /**
   * The paragraphs the plan touches that hold tracked deletions: offsets into their text as it
   * reads now do not point into Word's text, so their words are not changed.
   */
  trackedDeletions?: number[];
}

/** Word's own text of a snapshot paragraph: what Word will give back when it is read again. */
export function wordTextOf(paragraph: { text: string; wordText?: string }): string {
  return paragraph.wordText ?? paragraph.text;
}

/**
 * The fingerprint of texts[0..upTo]: a 32-bit FNV-1a hash over each text and a separator, with
 * the count. The same function on both sides, so the Word layer compares without the texts.
 */
export function prefixFingerprint(texts: readonly string[], upTo: number): string {
  return cumulativeHashes(texts, upTo)[upTo + 1]!;
}

/** The fingerprint after each paragraph: entry i + 1 covers texts[0..i]; entry 0 covers none. */
function cumulativeHashes(texts: readonly string[], upTo = texts.length - 1): string[] {
  const fingerprints = [`0:${FNV_START.toString(16)}`];
  let hash = FNV_START;
  for (let p = 0; p <= upTo && p < texts.length; p++) {
    // Each text, then a paragraph mark, as one stream.
    hash = fnv1a("\r", fnv1a(texts[p]!, hash));
    fingerprints.push(`${p + 1}:${hash.toString(16)}`);
  }
  return fingerprints;
}

/**
 * Makes expectations for plans over one snapshot; the texts are hashed once, however many plans.
 */
export function expecter(snapshot: DocumentSnapshot): (paragraphs: readonly number[]) => Expectation {
  const texts = snapshot.paragraphs.map(wordTextOf);
  let hashes: string[] | null = null;
  return (paragraphs) => {
    const upTo = Math.min(texts.length - 1, Math.max(-1, ...paragraphs));
    hashes ??= cumulativeHashes(texts);
    const named = paragraphs.filter((p) => p >= 0 && p < texts.length);
    const tracked = named.filter((p) => snapshot.paragraphs[p]!.wordText !== undefined);
    return {
      paragraphCount: texts.length,
      upTo,
      prefix: hashes[upTo + 1]!,
      texts: Object.fromEntries(named.map((p) => [p, texts[p]!])),
      ...(tracked.length > 0 ? { trackedDeletions: tracked } : {}),
    };
  };
}

/** What a plan touching these paragraphs expects of the document. */
export function expectParagraphs(snapshot: DocumentSnapshot, paragraphs: readonly number[]): Expectation {
  return expecter(snapshot)(paragraphs);
}

/** Whether the document's paragraph texts (as Word gives them now) are as the plan expected. */
export function isAsExpected(texts: readonly string[], expectation: Expectation): boolean {
  if (texts.length !== expectation.paragraphCount) return false;
  if (expectation.upTo >= texts.length) return false;
  for (const [index, text] of Object.entries(expectation.texts))
    if (texts[Number(index)] !== text) return false;
  return prefixFingerprint(texts, expectation.upTo) === expectation.prefix;
}
