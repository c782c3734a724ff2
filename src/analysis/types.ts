import type { Expectation } from "./plans/freshness";
import type { z } from "zod";
import type { GuidanceNote, Pack, SectionSpec, Severity } from "../guidance/schema";

export type { Severity };

/** A character range inside one paragraph of the snapshot; end is exclusive. */
export interface TextLocation {
  paragraph: number;
  start: number;
  end: number;
}

/** A change the add-in can make for the worker because it is mechanical. */
export type Fix =
  /** Colour the whole of these paragraphs. */
  (
    | { kind: "set-colour"; colour: string; paragraphs: number[] }
    /** Replace the text at a location. */
    | { kind: "replace-text"; location: TextLocation; text: string }
  ) & {
    /**
     * What the fix expects of the document (its paragraphs and everything above them, as they read
     * when it was planned), so that applying it needs no snapshot. The engine adds it.
     */
    expects?: Expectation;
  };

/**
 * Where a check or a prompt comes from, as people are shown it: the short citation, the
 * guidance's name in full, and (for a check) what the guidance says there. The engine attaches
 * it, so no view needs to reach into the pack to explain a finding.
 */
export interface GuidanceSource {
  /** As the pack cites it: "004 §3.1(vi)". */
  citation: string;
  /** In full: "Bradford Children and Families Trust guidance (2025), 3.1(vi)"; the citation itself where it has no longer form. */
  label: string;
}

export interface FindingSource extends GuidanceSource {
  /** The guidance notes the citation points to; the section's notes where none cites it exactly. */
  notes: GuidanceNote[];
}

/** A section's guidance notes under one citation, in the order the pack gives them. */
export interface SourcedNotes extends GuidanceSource {
  notes: string[];
}

/** A finding as a rule reports it, before the engine attaches its source. */
export type ReportedFinding = Omit<Finding, "source">;

/** One thing a check found, in the same shape for the pane, comments and the command line. */
export interface Finding {
  /** Stable across edits, so a dismissal stays dismissed: rule/section/key. */
  id: string;
  rule: string;
  severity: Severity;
  /** The section key, or null for the document as a whole. */
  section: string | null;
  /** Addressed to the worker, in plain UK English. */
  message: string;
  /** The guidance it comes from, e.g. "004 §3.1(vi)". */
  guidance: string;
  /** Where to take the worker when they choose Go to; null when there is nothing to select. */
  location: TextLocation | null;
  fix?: Fix;
  /** The pack (layer) the check came from, when the pack was laid over another. */
  layer?: string;
  source: FindingSource;
}

/** A reflective question, with the child's name filled in. */
export interface Prompt {
  /** The section key, or null for a prompt that applies to the whole summary. */
  section: string | null;
  text: string;
  guidance: string;
  /** The pack (layer) the prompt came from, when the pack was laid over another. */
  layer?: string;
  source: GuidanceSource;
}

/** A recognised heading in the document and the paragraphs under it. */
export interface SectionOccurrence {
  key: string;
  /** Index of the heading paragraph. */
  headingParagraph: number;
  /** The heading as written in the document. */
  headingText: string;
  /** Indices of the paragraphs under the heading, up to the next section. */
  body: number[];
  /** How the heading was recognised. */
  recognisedBy: "content-control" | "heading-style" | "bold" | "plain";
}

/** How the engine understood the document's structure against a pack. */
export interface DocumentStructure {
  pack: Pack;
  /** Every recognised section heading, in document order (a key may appear twice). */
  occurrences: SectionOccurrence[];
  /** Paragraphs before the first recognised heading (title, date line, …). */
  preamble: number[];
  /** The child's name given by the worker, or read from the headings; null when unknown. */
  childName: string | null;
  /**
   * Paragraphs written as the document writes its headings that are no heading of the pack
   * ("6. Manager's oversight"): each ends the section above it.
   */
  unknownHeadings: number[];
}

/** A section of the pack as the rules see it: the spec, and where it is in the document. */
export interface SectionView {
  key: string;
  spec: SectionSpec;
  /** The first occurrence in the document, or null when the section is missing. */
  occurrence: SectionOccurrence | null;
}

export interface ReportDescriptor {
  /** Which of the rule's meta.messages to give (a pack may word it its own way). */
  messageId: string;
  /** What fills the message's {{placeholders}}. */
  data?: Readonly<Record<string, string | number>>;
  location?: TextLocation | null;
  fix?: Fix;
  /** Distinguishes several findings of one rule in one section (e.g. the acronym), for stable ids. */
  key?: string;
  /** Overrides the section the finding belongs to (document rules reporting on a section). */
  section?: string | null;
}

export interface RuleContext<Options> {
  options: Options;
  /** The analysed document: snapshot, structure and language helpers. */
  document: import("./document").AnalysedDocument;
  /** The section being checked; null for document-wide rules. */
  section: SectionView | null;
  /** The child's name for messages, or "the child" when unknown. */
  childLabel: string;
  today: Date;
  report(descriptor: ReportDescriptor): void;
}

export interface RuleValidationContext {
  /** The section the rule is listed under, as far as the pack gives it; null for document rules. */
  section: { key: string; index: number; colour?: unknown } | null;
}

/** A check, in the manner of an ESLint rule: metadata and one function. */
export interface RuleModule<Options = Record<string, never>> {
  meta: {
    id: string;
    /** One line on what the rule is for. */
    description: string;
    defaultSeverity: Severity;
    /** "section" rules run once per section the pack lists them under; "document" rules once. */
    scope: "section" | "document";
    /** True where the rule can offer a mechanical fix. */
    fixable?: boolean;
    /**
     * True for a section rule that also reads beyond its section (the date of birth in the title,
     * the summary's date, an incident dated in another section), so that a re-check as the worker
     * types runs it again when any of the document changes, not only its own section.
     */
    readsOtherSections?: boolean;
    /**
     * What the rule says, by message id, as ESLint's meta.messages: plain UK English addressed to
     * the worker, with {{placeholders}} the rule fills in when it reports. A pack may word a
     * message its own way, by id ("messages" beside the rule's options).
     */
    messages: Readonly<Record<string, string>>;
    /** Validates the options a pack gives, after they are laid over defaultOptions. */
    options: z.ZodType<Options>;
    /**
     * The rule's own word lists and settings, as ESLint's meta.defaultOptions: a pack that names
     * the rule with no options gets these, and a pack's options replace them one by one, by name.
     */
    defaultOptions?: { readonly [Name in keyof Options]?: unknown };
    /**
     * The option that tells several configurations of the rule in one section apart
     * (required-topic's "topic"); layered packs match configurations by the rule's id and this.
     */
    instanceOption?: string;
    /**
     * True for the rule that reports a required section as missing: every required section counts
     * it among the things the guidance asks of that section.
     */
    checksPresence?: boolean;
    /**
     * What the rule needs of the section it is listed under (or, for a document rule, of the pack),
     * beyond its options: a problem in plain words, or null. The loader reports it by the field.
     */
    validate?(context: RuleValidationContext): string | null;
  };
  check(context: RuleContext<Options>): void;
}
