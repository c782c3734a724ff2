/**
 * What the engine knows of a document: its paragraphs in order, and for each exactly the
 * properties the Word layer reads in one round trip (or the .docx reader reads from the file).
 * Plain data, so it can cross from Word (or a file, or a test) into analysis.
 */

/** A font colour as '#RRGGBB' (upper case), 'mixed' when runs differ, or null for automatic/unknown. */
export type SnapshotColour = string | "mixed" | null;

export interface SnapshotParagraph {
  /** The paragraph's text as it reads now, without the paragraph mark or tracked deletions. */
  text: string;
  /**
   * Word's own text of the paragraph, where it differs from `text`: tracked deletions not yet
   * accepted stay in Word's paragraph text. Plans compare with it to know the paragraph is unchanged.
   */
  wordText?: string;
  /**
   * Word's built-in style identifier (Word.BuiltInStyleName without spaces): "Heading1" to
   * "Heading9", "Normal", "Title", "ListParagraph", … or "Other" for a custom style.
   */
  styleBuiltIn: string;
  /** Outline level 1–9 where the paragraph has one, otherwise null (body text). */
  outlineLevel: number | null;
  /** true when every run is bold, false when none is, "mixed" otherwise. */
  bold: boolean | "mixed";
  colour: SnapshotColour;
  inTable: boolean;
  inList: boolean;
  /** Tag of the innermost content control the paragraph sits in, or null. */
  contentControlTag: string | null;
}

export interface DocumentSnapshot {
  paragraphs: SnapshotParagraph[];
  /**
   * False when the source cannot carry font colours (a .md or .txt file), so that colour checks
   * say nothing rather than claim the text is the wrong colour. Word and .docx: true (the default).
   */
  coloursKnown?: boolean;
}

/** Builds a paragraph with Normal-style defaults; tests, the CLI readers and the demo use it. */
export function paragraph(text: string, overrides: Partial<SnapshotParagraph> = {}): SnapshotParagraph {
  return {
    text,
    styleBuiltIn: "Normal",
    outlineLevel: null,
    bold: false,
    colour: null,
    inTable: false,
    inList: false,
    contentControlTag: null,
    ...overrides,
  };
}

/** A heading paragraph at the given level (Heading 1–9). */
export function heading(
  text: string,
  level = 2,
  overrides: Partial<SnapshotParagraph> = {},
): SnapshotParagraph {
  return paragraph(text, { styleBuiltIn: `Heading${level}`, outlineLevel: level, ...overrides });
}
