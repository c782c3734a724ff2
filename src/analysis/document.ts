import type { Pack } from "../guidance/schema";
import { countWords, sentences, type Span } from "./language";
import type { DocumentSnapshot, SnapshotParagraph } from "./snapshot";
import type { DocumentStructure, SectionView, TextLocation } from "./types";

/** A sentence of the document, with the paragraph it sits in. */
export interface DocumentSentence extends Span {
  paragraph: number;
}

/**
 * The document as the rules read it: the snapshot, its sections against the pack, and text
 * helpers that split each paragraph once however many rules ask.
 */
export class AnalysedDocument {
  readonly sections: SectionView[];
  private readonly sentenceCache = new Map<number, DocumentSentence[]>();
  private readonly wordCountCache = new Map<number, number>();

  constructor(
    readonly snapshot: DocumentSnapshot,
    readonly structure: DocumentStructure,
  ) {
    this.sections = structure.pack.sections.map((spec) => ({
      key: spec.key,
      spec,
      occurrence: structure.occurrences.find((o) => o.key === spec.key) ?? null,
    }));
  }

  get pack(): Pack {
    return this.structure.pack;
  }

  get childName(): string | null {
    return this.structure.childName;
  }

  paragraph(index: number): SnapshotParagraph {
    const found = this.snapshot.paragraphs[index];
    if (!found) throw new RangeError(`There is no paragraph ${index}.`);
    return found;
  }

  section(key: string): SectionView | undefined {
    return this.sections.find((s) => s.key === key);
  }

  /** Indices of the section's body paragraphs that hold text. */
  bodyParagraphs(section: SectionView): number[] {
    return (section.occurrence?.body ?? []).filter((index) => this.paragraph(index).text.trim().length > 0);
  }

  /** The section's body as one string, paragraphs separated by blank lines. */
  bodyText(section: SectionView): string {
    return this.bodyParagraphs(section)
      .map((index) => this.paragraph(index).text)
      .join("\n\n");
  }

  sentences(paragraphIndex: number): DocumentSentence[] {
    let cached = this.sentenceCache.get(paragraphIndex);
    if (!cached) {
      cached = sentences(this.paragraph(paragraphIndex).text).map((s) => ({
        ...s,
        paragraph: paragraphIndex,
      }));
      this.sentenceCache.set(paragraphIndex, cached);
    }
    return cached;
  }

  sectionSentences(section: SectionView): DocumentSentence[] {
    return this.bodyParagraphs(section).flatMap((index) => this.sentences(index));
  }

  wordCount(paragraphIndex: number): number {
    let cached = this.wordCountCache.get(paragraphIndex);
    if (cached === undefined) {
      cached = countWords(this.paragraph(paragraphIndex).text);
      this.wordCountCache.set(paragraphIndex, cached);
    }
    return cached;
  }

  sectionWordCount(section: SectionView): number {
    return this.bodyParagraphs(section).reduce((sum, index) => sum + this.wordCount(index), 0);
  }

  /** Where a section is, for Go to: its heading, or null when it is missing. */
  headingLocation(section: SectionView): TextLocation | null {
    const occurrence = section.occurrence;
    if (!occurrence) return null;
    const text = this.paragraph(occurrence.headingParagraph).text;
    return { paragraph: occurrence.headingParagraph, start: 0, end: text.length };
  }

  /**
   * Finds the first span in the section's body that the finder returns, with its location.
   * Rules use it to search paragraph by paragraph without losing track of where they are.
   */
  findInSection(
    section: SectionView,
    finder: (text: string) => Span | null,
  ): (Span & { paragraph: number }) | null {
    for (const index of this.bodyParagraphs(section)) {
      const found = finder(this.paragraph(index).text);
      if (found) return { ...found, paragraph: index };
    }
    return null;
  }

  /** Every paragraph index of the document that holds text. */
  textParagraphs(): number[] {
    const result: number[] = [];
    this.snapshot.paragraphs.forEach((p, index) => {
      if (p.text.trim().length > 0) result.push(index);
    });
    return result;
  }
}

/** A location covering the whole of a paragraph. */
export function wholeParagraph(document: AnalysedDocument, index: number): TextLocation {
  return { paragraph: index, start: 0, end: document.paragraph(index).text.length };
}

/** A location for a span found in a paragraph. */
export function spanLocation(paragraph: number, span: Span): TextLocation {
  return { paragraph, start: span.start, end: span.end };
}
