/**
 * What the command line reads at most, so that a file from anyone can neither hang it nor exhaust
 * its memory. A summary is a few pages: each limit is far beyond any summary, and a file over one
 * gets a message naming it; the other files are still checked.
 */
export const LIMITS = {
  /** The size of a file on disk. */
  fileBytes: 50 * 1024 * 1024,
  /** One part of a .docx once unpacked (its text, its styles). */
  partBytes: 30 * 1024 * 1024,
  /** Paragraphs in one document. */
  paragraphs: 20_000,
  /** Characters in one paragraph. */
  paragraphCharacters: 200_000,
} as const;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export const TOO_BIG = `is larger than ${megabytes(LIMITS.fileBytes)}, more than any case summary needs, so it was not read. Check that it is the summary itself (a summary with many pictures can be saved without them).`;
export const PART_TOO_BIG = `unpacks to more than ${megabytes(LIMITS.partBytes)} of text, more than any case summary holds, so it was not read. It may not be a summary, or it may be damaged: open it in Word and save a fresh copy.`;
export const TOO_MANY_PARAGRAPHS = `has more than ${LIMITS.paragraphs.toLocaleString("en-GB")} paragraphs, more than any case summary holds, so it was not checked. Check that it is the summary itself.`;
export const PARAGRAPH_TOO_LONG = `has a paragraph longer than ${LIMITS.paragraphCharacters.toLocaleString("en-GB")} characters, which no summary needs, so it was not checked. Check that it is the summary itself.`;
