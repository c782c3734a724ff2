import { jargonUnexplainedOptions } from "./defaults/jargon-unexplained";
import { z } from "zod";
import type { AnalysedDocument } from "../document";
import { findAllPhrases, findPhrase, type Span } from "../language";
import { defineRule } from "./define";

const senseSchema = z.object({
  expansion: z.string().min(1),
  /** Words in the summary that make this the meaning: "wheelchair" for CP as cerebral palsy. */
  when: z.array(z.string().min(1)).min(1),
});

const acronymSchema = z.object({
  term: z.string().min(1),
  /** The usual meaning in a social-care summary. */
  expansion: z.string().min(1),
  variants: z.array(z.string().min(1)).default([]),
  /** Words that make the usual meaning the right one, where the acronym has others. */
  when: z.array(z.string().min(1)).default([]),
  /** Other meanings, each with the words that show it is meant (a disabled child's CP, PA, OT). */
  senses: z.array(senseSchema).default([]),
});
type Acronym = z.infer<typeof acronymSchema>;

const optionsSchema = z.object({
  acronyms: z.array(acronymSchema).default([]),
  everyday: z.array(z.string()).default([]),
});
type Options = z.infer<typeof optionsSchema>;

/** The option lists turned into what the scan needs; built once per pack configuration. */
interface Lexicon {
  /** Every acronym and its plural ("PEPs"), for the phrase matcher. */
  forms: string[];
  /** Upper-cased form → its acronym. */
  byForm: Map<string, Acronym>;
  /** Every way of writing an acronym out, for the phrase matcher. */
  expansions: string[];
  /** Lower-cased written-out form → the acronyms it explains ("child protection plan" explains CPP and CP). */
  explains: Map<string, Acronym[]>;
}

const normalise = (text: string): string => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ");

const lexicons = new WeakMap<Options, Lexicon>();
function lexiconFor(options: Options): Lexicon {
  let lexicon = lexicons.get(options);
  if (lexicon) return lexicon;
  const everyday = new Set(options.everyday.map((term) => term.toUpperCase()));
  const acronyms = options.acronyms.filter((a) => !everyday.has(a.term.toUpperCase()));
  const byForm = new Map<string, Acronym>();
  for (const acronym of acronyms) {
    byForm.set(acronym.term.toUpperCase(), acronym);
    byForm.set(`${acronym.term}s`.toUpperCase(), acronym);
  }
  const writtenOut = (a: Acronym) =>
    [a.expansion, ...a.variants, ...a.senses.map((x) => x.expansion)].map(normalise);
  const expansions = [...new Set(acronyms.flatMap(writtenOut))];
  const explains = new Map(
    expansions.map((expansion) => [
      expansion,
      acronyms.filter((a) => writtenOut(a).some((form) => expansion.includes(form))),
    ]),
  );
  lexicon = { forms: [...byForm.keys()], byForm, expansions, explains };
  lexicons.set(options, lexicon);
  return lexicon;
}

/**
 * What the acronym means in this summary: its other senses whose words the summary uses, and its
 * usual meaning unless only another sense fits. "CP" in a summary about a wheelchair and a
 * child protection plan could be either, and both are returned.
 */
function meaningsIn(document: AnalysedDocument, acronym: Acronym): string[] {
  if (acronym.senses.length === 0) return [acronym.expansion];
  const mentions = (words: readonly string[]) =>
    document.textParagraphs().some((index) => findPhrase(document.paragraph(index).text, words) !== null);
  const others = acronym.senses.filter((sense) => mentions(sense.when)).map((sense) => sense.expansion);
  if (others.length === 0) return [acronym.expansion];
  const usualFits = acronym.when.length > 0 && mentions(acronym.when);
  return usualFits ? [acronym.expansion, ...others] : others;
}

/** "CIN" but not "Cin"; an acronym with a digit ("S47", "s47") in any case, as workers write both. */
function isWrittenAsAcronym(found: Span, acronym: Acronym): boolean {
  if (/\d/.test(acronym.term)) return true;
  return found.text === acronym.term || found.text === `${acronym.term}s`;
}

/**
 * 004 §4.5: "If the child reads this as an adult, will they understand it?" Social-care acronyms
 * should be written out at first use: "Child in Need (CIN)", "CIN (Child in Need)", or the words
 * written out earlier in the summary.
 */
export default defineRule({
  meta: {
    id: "jargon-unexplained",
    description: "A social-care acronym is not written out the first time it is used.",
    messages: {
      ambiguous:
        'Which does "{{term}}" mean here: {{meanings}}? Write it out the first time you use it, so that anyone reading the summary, including {{child}} as an adult, understands it.',
      unexplained:
        '"{{term}}" stands for {{expansion}}. Write it out the first time you use it, as "{{expansion}} ({{acronym}})", so that anyone reading the summary, including {{child}} as an adult, understands it.',
    },
    defaultSeverity: "warning",
    defaultOptions: jargonUnexplainedOptions,
    scope: "document",
    fixable: true,
    options: optionsSchema,
  },
  check({ document, options, childLabel, report }) {
    const lexicon = lexiconFor(options);
    if (lexicon.forms.length === 0) return;

    const sectionOf = new Map<number, string>();
    const headings = new Set<number>();
    for (const occurrence of document.structure.occurrences) {
      headings.add(occurrence.headingParagraph);
      for (const index of occurrence.body) sectionOf.set(index, occurrence.key);
    }

    /** Acronyms already written out, and acronyms already met. */
    const explained = new Set<Acronym>();
    const seen = new Set<Acronym>();
    for (const index of document.textParagraphs()) {
      if (headings.has(index)) continue;
      const text = document.paragraph(index).text;
      const expansionsHere = findAllPhrases(text, lexicon.expansions).map((span) => ({
        span,
        acronyms: lexicon.explains.get(normalise(span.text)) ?? [],
      }));

      for (const found of findAllPhrases(text, lexicon.forms)) {
        const acronym = lexicon.byForm.get(found.text.toUpperCase());
        if (!acronym || seen.has(acronym) || !isWrittenAsAcronym(found, acronym)) continue;
        seen.add(acronym);
        const writtenOutHere = expansionsHere.some(
          ({ span, acronyms }) =>
            acronyms.includes(acronym) &&
            // "Child in Need (CIN)" before it, or "CIN (Child in Need)" straight after it.
            (span.end <= found.start || /^\s*\(\s*$/.test(text.slice(found.end, span.start))),
        );
        if (explained.has(acronym) || writtenOutHere) continue;

        const location = { paragraph: index, start: found.start, end: found.end };
        const meanings = meaningsIn(document, acronym);
        if (meanings.length > 1) {
          // Two meanings fit this summary: ask, and offer no fix that could write the wrong one.
          report({
            key: acronym.term,
            section: sectionOf.get(index) ?? null,
            messageId: "ambiguous",
            data: { term: found.text, meanings: meanings.join(" or "), child: childLabel },
            location,
          });
          continue;
        }
        const expansion = meanings[0]!;
        const singular = found.text.toUpperCase() === acronym.term.toUpperCase();
        report({
          key: acronym.term,
          section: sectionOf.get(index) ?? null,
          messageId: "unexplained",
          data: { term: found.text, expansion, acronym: acronym.term, child: childLabel },
          location,
          ...(singular
            ? {
                fix: {
                  kind: "replace-text" as const,
                  location,
                  text: `${expansion} (${found.text})`,
                },
              }
            : {}),
        });
      }
      for (const { acronyms } of expansionsHere) for (const acronym of acronyms) explained.add(acronym);
    }
  },
});
