import { childNameMissingOptions } from "../rules/defaults/child-name-missing";
import type { AnalysedDocument } from "../document";
import { findPhrase } from "../language";

/**
 * The child's name where the engine does not know it. Templates whose headings carry no
 * [Child's Name] (002, 003, 001) give the engine nothing to learn it from; most summaries still
 * open with a title line that names the child ("Case Summary – Ellie Carter"), and that is cheap
 * and reliable to read: the title phrase at the start of a line before the first heading, then
 * one to four capitalised words that are not a date or a word such as "Draft".
 */

export interface TitleName {
  name: string;
  paragraph: number;
}

/** How many lines before the first heading may hold the title. */
const TITLE_LINES = 3;
const MAX_NAME_WORDS = 4;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** What may come between the title phrase and the name: a dash, a colon, "for" or "of". */
const SEPARATOR = /^\s*(?:[–—:-]+\s*|(?:for|of|about)\s+)?/iu;

const titleNameCache = new WeakMap<AnalysedDocument, TitleName | null>();

export function nameFromTitle(
  document: AnalysedDocument,
  options: { titlePhrases: readonly string[]; notNames: readonly string[] } = childNameMissingOptions,
): TitleName | null {
  if (titleNameCache.has(document)) return titleNameCache.get(document)!;
  let found: TitleName | null = null;
  const lines = document.structure.preamble
    .filter((index) => document.paragraph(index).text.trim().length > 0)
    .slice(0, TITLE_LINES);
  for (const index of lines) {
    const text = document.paragraph(index).text.trim();
    const phrase = findPhrase(text, options.titlePhrases);
    if (!phrase || phrase.start !== 0) continue;
    const rest = text.slice(phrase.end).replace(SEPARATOR, "");
    const nameWords: string[] = [];
    for (const word of rest.split(/\s+/)) {
      if (!NAME_WORD.test(word) || nameWords.length === MAX_NAME_WORDS) break;
      nameWords.push(word.replace(/['’]s?$/u, ""));
    }
    if (nameWords.length === 0) continue;
    if (nameWords.some((word) => findPhrase(word, options.notNames) !== null)) continue;
    found = { name: nameWords.join(" "), paragraph: index };
    break;
  }
  titleNameCache.set(document, found);
  return found;
}

/** The child's name as the worker gave it or the headings carry it, else as the title line gives it. */
export function childNameOf(document: AnalysedDocument): string | null {
  return document.childName ?? nameFromTitle(document)?.name ?? null;
}

const childTermCache = new WeakMap<readonly string[], Map<string, string[]>>();

/**
 * The pack's words for the child ("the child", "she") with the child's name and first name. One
 * array per name, so the phrase matcher built for it is cached too.
 */
export function childTerms(childWords: readonly string[], childName: string | null): string[] {
  let byName = childTermCache.get(childWords);
  if (!byName) {
    byName = new Map();
    childTermCache.set(childWords, byName);
  }
  const key = childName ?? "";
  let terms = byName.get(key);
  if (!terms) {
    const firstName = childName?.split(/\s+/)[0];
    terms = [...childWords, ...(childName ? [childName] : []), ...(firstName ? [firstName] : [])];
    byName.set(key, terms);
  }
  return terms;
}
