import { placeholderLeftOptions } from "./defaults/placeholder-left";
import { z } from "zod";
import type { Pack } from "../../guidance/schema";
import type { AnalysedDocument } from "../document";
import { countWords, findAllPhrases, findPhrase, sentences } from "../language";
import type { ReportDescriptor, TextLocation } from "../types";
import { defineRule } from "./define";
import { shortHash } from "../reading/hash";

/**
 * A finished summary keeps none of the template's scaffolding: placeholders such as
 * "[Child's Name]" or "xx/xx/xxxx", bracketed instructions such as "[insert date]", or the
 * guidance notes printed under each heading (004 §3.1 "using the notes under each heading for
 * guidance"). Left in, they tell the reader the summary was never finished.
 */

const optionsSchema = z.object({
  placeholders: z.array(z.string()).default([]),
  childNamePlaceholders: z.array(z.string()).default([]),
  instructionWords: z.array(z.string()).default([]),
  minGuidanceSentenceWords: z.number().int().positive().default(5),
});

type PlaceholderLeftOptions = z.infer<typeof optionsSchema>;

/** Lower case, straight apostrophes, punctuation as spaces: how two copies of a sentence compare. */
function normaliseSentence(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .trim();
}

/** The guidance notes' sentences, normalised, for one pack and minimum length. */
interface GuidanceSentences {
  exact: Set<string>;
  /** Their first words, lower case, so most of the document's sentences are ruled out without normalising them. */
  openings: Set<string>;
}
const guidanceSentenceCache = new WeakMap<Pack, Map<number, GuidanceSentences>>();

function openingOf(text: string): string {
  const space = text.indexOf(" ");
  return (space < 0 ? text : text.slice(0, space)).toLowerCase();
}

function guidanceSentences(pack: Pack, minWords: number): GuidanceSentences {
  let byLength = guidanceSentenceCache.get(pack);
  if (!byLength) {
    byLength = new Map();
    guidanceSentenceCache.set(pack, byLength);
  }
  let found = byLength.get(minWords);
  if (!found) {
    const noteSentences = pack.sections
      .flatMap((section) => section.notes)
      .flatMap((note) => sentences(note.text))
      .filter((sentence) => countWords(sentence.text) >= minWords)
      .map((sentence) => sentence.text);
    found = {
      exact: new Set(noteSentences.map(normaliseSentence)),
      openings: new Set(noteSentences.map(openingOf)),
    };
    byLength.set(minWords, found);
  }
  return found;
}

/** Which section each paragraph belongs to (heading and body), so findings are grouped in the pane. */
function sectionOfParagraphs(document: AnalysedDocument): Map<number, string> {
  const owners = new Map<number, string>();
  for (const occurrence of document.structure.occurrences) {
    owners.set(occurrence.headingParagraph, occurrence.key);
    for (const index of occurrence.body) owners.set(index, occurrence.key);
  }
  return owners;
}

/** A short, readable key from some text: "[Child's Name]" becomes "child-s-name". */
function slug(text: string, maxWords = 6): string {
  return normaliseSentence(text).replace(/'/g, " ").split(/\s+/).filter(Boolean).slice(0, maxWords).join("-");
}

/**
 * A finding's key. Placeholders and guidance notes are the template's own words, so their slug is
 * readable and safe; a bracketed instruction is whatever the document holds in brackets, which
 * may be the worker's words about the family, so it is keyed by a hash instead.
 */
function keyFor(occurrence: Occurrence): string {
  if (occurrence.kind === "guidance") return `guidance-${slug(occurrence.text)}`;
  if (occurrence.kind === "instruction") return `instruction-${shortHash(occurrence.text)}`;
  if (occurrence.kind === "blank") return "blank";
  return slug(occurrence.text);
}

/** Quotes a sentence in a message, shortened when long. */
function quote(text: string, maxLength = 90): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength).trimEnd()}…`;
}

interface Occurrence {
  kind: "child-name" | "placeholder" | "instruction" | "guidance" | "blank";
  text: string;
  location: TextLocation;
}

/** A bracketed instruction to the writer: "[insert date of the last review]". */
const BRACKETED = /\[([^[\]\n]{1,80})\]/g;

function findInstructions(
  text: string,
  paragraphIndex: number,
  options: PlaceholderLeftOptions,
): Occurrence[] {
  if (!text.includes("[") || options.instructionWords.length === 0) return [];
  const found: Occurrence[] = [];
  for (const match of text.matchAll(BRACKETED)) {
    const inner = match[1]!.trimStart();
    if (findPhrase(inner, options.instructionWords)?.start !== 0) continue;
    found.push({
      kind: "instruction",
      text: match[0],
      location: { paragraph: paragraphIndex, start: match.index, end: match.index + match[0].length },
    });
  }
  return found;
}

/**
 * A punctuation mark from each placeholder ("[" of "[DOB]", "/" of "xx/xx/xxxx"): a paragraph
 * without any of them cannot hold one, so most paragraphs are passed over without a search. Null
 * when some placeholder is letters only and every paragraph must be searched.
 */
const markerCache = new WeakMap<readonly string[], string[] | null>();

function placeholderMarkers(placeholders: readonly string[]): string[] | null {
  if (markerCache.has(placeholders)) return markerCache.get(placeholders)!;
  const markers = placeholders.map((p) => /[^\p{L}\p{N}\s'’]/u.exec(p)?.[0] ?? null);
  const result = markers.includes(null) ? null : [...new Set(markers as string[])];
  markerCache.set(placeholders, result);
  return result;
}

function findPlaceholders(
  text: string,
  paragraphIndex: number,
  options: PlaceholderLeftOptions,
  childNamePlaceholders: Set<string>,
): Occurrence[] {
  const markers = placeholderMarkers(options.placeholders);
  const mayHold = markers === null || markers.some((marker) => text.includes(marker));
  const spans = mayHold ? findAllPhrases(text, options.placeholders) : [];
  const placeholders: Occurrence[] = spans.map((span) => ({
    kind: childNamePlaceholders.has(normaliseSentence(span.text)) ? "child-name" : "placeholder",
    text: span.text,
    location: { paragraph: paragraphIndex, start: span.start, end: span.end },
  }));
  const taken = new Set(placeholders.map((p) => p.location.start));
  const instructions = findInstructions(text, paragraphIndex, options).filter(
    (i) => !taken.has(i.location.start),
  );
  return [...placeholders, ...instructions, ...findBlanks(text, paragraphIndex)];
}

/**
 * A blank left to fill in, as printed templates have them: "______ (name of child)", "Date
 * agreed: ..........". Four underscores or six dots in a row, with the hint in brackets after
 * them when there is one. One character class repeated, so the search is linear in the text.
 */
const BLANK = /_{4,}|\.{6,}/g;
const HINT_AFTER = /^\s*\([^()\n]{1,40}\)/;

function findBlanks(text: string, paragraphIndex: number): Occurrence[] {
  if (!text.includes("____") && !text.includes("......")) return [];
  return Array.from(text.matchAll(BLANK), (match) => {
    const hint = HINT_AFTER.exec(text.slice(match.index + match[0].length));
    const end = match.index + match[0].length + (hint ? hint[0].length : 0);
    return {
      kind: "blank" as const,
      text: text.slice(match.index, end),
      location: { paragraph: paragraphIndex, start: match.index, end },
    };
  });
}

/** True when the text is one of the guidance sentences, word for word (give or take punctuation and case). */
function isGuidance(text: string, guidance: GuidanceSentences): boolean {
  return guidance.openings.has(openingOf(text)) && guidance.exact.has(normaliseSentence(text));
}

function findCopiedGuidance(
  document: AnalysedDocument,
  paragraphIndex: number,
  guidance: GuidanceSentences,
): Occurrence[] {
  const found: Occurrence[] = [];
  for (const sentence of document.sentences(paragraphIndex)) {
    const colon = sentence.text.indexOf(":");
    const copied =
      isGuidance(sentence.text, guidance) ||
      // "Pen picture: This should be recorded in blue." keeps the note after a label.
      (colon >= 0 && isGuidance(sentence.text.slice(colon + 1).trimStart(), guidance));
    if (!copied) continue;
    found.push({
      kind: "guidance",
      text: sentence.text,
      location: { paragraph: paragraphIndex, start: sentence.start, end: sentence.end },
    });
  }
  return found;
}

export default defineRule({
  meta: {
    id: "placeholder-left",
    description:
      "A template placeholder such as [Child's Name], or the template's guidance text, is left in the summary.",
    messages: {
      childName: '"{{text}}" is still in the summary. Replace it with {{name}}\'s name; choose Fix to do it.',
      childNameUnknown: '"{{text}}" is still in the summary. Replace it with the child\'s name.',
      placeholder:
        'The template placeholder "{{text}}" is still in the summary. Replace it with the real details, or delete it.',
      instruction:
        'The template instruction "{{text}}" is still in the summary. Do what it asks, then delete it.',
      blank:
        'A blank from the template, "{{text}}", is still in the summary. Fill it in with the real details, or delete it.',
      guidance:
        "This is the template's guidance note, not part of {{child}}'s summary: \"{{text}}\" Use it as a prompt for what to write, then delete it.",
    },
    defaultSeverity: "error",
    defaultOptions: placeholderLeftOptions,
    scope: "document",
    fixable: true,
    options: optionsSchema,
  },
  check({ document, options, childLabel, report }) {
    const owners = sectionOfParagraphs(document);
    const headings = new Set(document.structure.occurrences.map((o) => o.headingParagraph));
    const guidance = guidanceSentences(document.pack, options.minGuidanceSentenceWords);
    const childNamePlaceholders = new Set(options.childNamePlaceholders.map(normaliseSentence));
    const childName = document.childName;
    // Counts per section and key, so two "[Child's Name]"s in one section get ids of their own.
    const seen = new Map<string, number>();

    for (const index of document.textParagraphs()) {
      const text = document.paragraph(index).text;
      const found = findPlaceholders(text, index, options, childNamePlaceholders);
      // Headings are the template's own words; only body text can be a copied note.
      if (!headings.has(index)) {
        found.push(...findCopiedGuidance(document, index, guidance));
      }
      const section = owners.get(index) ?? null;
      for (const occurrence of found) {
        const baseKey = keyFor(occurrence);
        const counter = `${section ?? "document"}/${baseKey}`;
        const count = (seen.get(counter) ?? 0) + 1;
        seen.set(counter, count);
        report({
          section,
          key: count === 1 ? baseKey : `${baseKey}-${count}`,
          ...messageFor(occurrence, childName, childLabel),
          location: occurrence.location,
          ...(occurrence.kind === "child-name" && childName
            ? { fix: { kind: "replace-text" as const, location: occurrence.location, text: childName } }
            : {}),
        });
      }
    }
  },
});

function messageFor(
  occurrence: Occurrence,
  childName: string | null,
  childLabel: string,
): Pick<ReportDescriptor, "messageId" | "data"> {
  switch (occurrence.kind) {
    case "child-name":
      return childName
        ? { messageId: "childName", data: { text: occurrence.text, name: childName } }
        : { messageId: "childNameUnknown", data: { text: occurrence.text } };
    case "placeholder":
      return { messageId: "placeholder", data: { text: occurrence.text } };
    case "instruction":
      return { messageId: "instruction", data: { text: occurrence.text } };
    case "blank":
      return { messageId: "blank", data: { text: quote(occurrence.text, 40) } };
    case "guidance":
      return { messageId: "guidance", data: { text: quote(occurrence.text), child: childLabel } };
  }
}
