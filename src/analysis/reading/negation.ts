import { findAllPhrases, findPhrase, type Span } from "../language";

/**
 * "Dad is not supportive", "there are no protective factors": a phrase that names a strength is
 * no sign of one when the clause denies it. A phrase is negated when one of the negating words
 * comes within a few words before it in the same clause (a comma, a semicolon, "and" or "but"
 * starts a new clause, so "Mum is not drinking and is supportive" keeps its strength).
 */

const NEGATION_REACH_WORDS = 3;
/** Where a clause starts, looking back from a phrase: punctuation or a joining word. */
const CLAUSE_START =
  /[.,;:!?()–—]|(?<![\p{L}])(?:and|but|or|although|though|however|whereas|while|because)(?![\p{L}])/giu;

export function isNegated(text: string, phrase: Span, negations: readonly string[]): boolean {
  if (negations.length === 0) return false;
  // A clause worth looking back over is short; 80 characters is ample for three words.
  const lookBackFrom = Math.max(0, phrase.start - 80);
  const before = text.slice(lookBackFrom, phrase.start);
  let clauseStart = 0;
  for (const match of before.matchAll(CLAUSE_START)) clauseStart = match.index + match[0].length;
  const clause = before.slice(clauseStart);
  const words = clause.trim().split(/\s+/).filter(Boolean);
  const reach = words.slice(-NEGATION_REACH_WORDS).join(" ");
  return reach.length > 0 && findPhrase(reach, negations) !== null;
}

/** The first of the phrases in the text that is not denied, or null. */
export function findAffirmedPhrase(
  text: string,
  phrases: readonly string[],
  negations: readonly string[],
): Span | null {
  if (negations.length === 0) return findPhrase(text, phrases);
  // Most text has no match at all; look for every match only when there is one.
  if (findPhrase(text, phrases) === null) return null;
  return findAllPhrases(text, phrases).find((span) => !isNegated(text, span, negations)) ?? null;
}
