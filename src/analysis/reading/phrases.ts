import type { Span } from "../language";

/**
 * Finds a pack's words and phrases in text: case-insensitive, whole words only, any run of
 * spaces in a phrase matching any run in the text, straight and curly apostrophes alike, and "*"
 * at the end of an entry matching any ending ("worr*" finds "worried").
 *
 * The phrases go into one character tree, walked from each place a word can start, so the time
 * grows with the text times the longest phrase and not with how many phrases there are: a
 * council's list of 100,000 phrases costs what a list of ten does. (One regular expression of
 * every phrase, as before, tried each phrase at each place, and past some thousands of phrases
 * V8 refuses to build it at all.)
 */

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The rank of the phrase ending here (longer phrases first), or null. */
  ends: number | null;
  /** The rank of the phrase ending here with "*", which takes any ending; or null. */
  endsOpen: number | null;
}

/** A phrase's run of spaces, one step in the tree that takes any run of spaces in the text. */
const SPACE = " ";

const node = (): TrieNode => ({ next: new Map(), ends: null, endsOpen: null });

// The character tests run on every character of every paragraph for every list of phrases, so
// ASCII (nearly all of a summary) is answered from its code; the regular expressions answer the rest.
const isAsciiLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

const isWordCharacter = (character: string): boolean => {
  const code = character.charCodeAt(0);
  if (code < 128) return isAsciiLetter(code) || isAsciiDigit(code);
  return /[\p{L}\p{N}]/u.test(character);
};
const isSpace = (character: string): boolean => {
  const code = character.charCodeAt(0);
  // \s in ASCII: tab, line feed, vertical tab, form feed, carriage return and space.
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(character);
};
/** What "*" may take: letters, apostrophes and hyphens, as in "worried", "child's", "well-being". */
const isOpenEnding = (character: string): boolean => {
  const code = character.charCodeAt(0);
  if (code < 128) return isAsciiLetter(code) || code === 39 || code === 45;
  return /[\p{L}'\u2019-]/u.test(character);
};

/** One character as the tree compares it: lower case, with both apostrophes the same. */
function fold(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : character;
  if (character === "\u2019") return "'";
  const lower = character.toLowerCase();
  // A few capitals lower to two characters ("İ"); they compare as themselves.
  return lower.length === character.length ? lower : character;
}

/**
 * The text's characters (code points, so letters beyond the basic plane are one each). Every list
 * of phrases reads the same paragraphs, so a paragraph is split once, not once a list.
 */
const CHARACTERS_CACHE_LIMIT = 2_000;
const charactersCache = new Map<string, string[]>();
function charactersOf(text: string): string[] {
  let characters = charactersCache.get(text);
  if (!characters) {
    characters = Array.from(text);
    if (charactersCache.size >= CHARACTERS_CACHE_LIMIT) charactersCache.clear();
    charactersCache.set(text, characters);
  }
  return characters;
}

export class PhraseMatcher {
  private readonly root = node();
  private readonly empty: boolean;
  /** Characters looked at so far, so a test can count the work rather than time it. */
  charactersRead = 0;

  constructor(phrases: readonly string[]) {
    // Spaces around a phrase say nothing about which words it finds.
    const usable = phrases.map((phrase) => phrase.trim()).filter((phrase) => phrase.length > 0);
    // Ranked as the old pattern ordered its alternatives: longer phrases first.
    const ranked = usable
      .map((phrase, index) => ({ phrase, index }))
      .sort((a, b) => b.phrase.length - a.phrase.length || a.index - b.index);
    ranked.forEach(({ phrase }, rank) => this.add(phrase, rank));
    this.empty = ranked.length === 0;
  }

  private add(phrase: string, rank: number): void {
    const open = phrase.endsWith("*");
    let at = this.root;
    let inSpace = false;
    for (const character of charactersOf(open ? phrase.slice(0, -1) : phrase)) {
      const key = isSpace(character) ? SPACE : fold(character);
      if (key === SPACE && inSpace) continue;
      inSpace = key === SPACE;
      let next = at.next.get(key);
      if (!next) {
        next = node();
        at.next.set(key, next);
      }
      at = next;
    }
    if (open) at.endsOpen ??= rank;
    else at.ends ??= rank;
  }

  /** The first phrase in the text, or null. */
  first(text: string): Span | null {
    const characters = charactersOf(text);
    return this.scan(text, characters, 0, 0)?.span ?? null;
  }

  /** Every phrase in the text, each after the end of the one before. */
  all(text: string): Span[] {
    const characters = charactersOf(text);
    const found: Span[] = [];
    let from = 0;
    let fromOffset = 0;
    for (;;) {
      const match = this.scan(text, characters, from, fromOffset);
      if (!match) return found;
      found.push(match.span);
      from = match.endIndex;
      fromOffset = match.span.end;
    }
  }

  /** The first match from a code-point index, whose offset in UTF-16 units (as spans are given) is `offset`. */
  private scan(
    text: string,
    characters: string[],
    from: number,
    offset: number,
  ): { span: Span; endIndex: number } | null {
    if (this.empty) return null;
    for (let start = from; start < characters.length; start++) {
      this.charactersRead++;
      const boundary = start === 0 || !isWordCharacter(characters[start - 1]!);
      if (boundary) {
        const end = this.longestAt(characters, start);
        if (end !== null) {
          let length = 0;
          for (let i = start; i < end; i++) length += characters[i]!.length;
          return {
            span: { text: text.slice(offset, offset + length), start: offset, end: offset + length },
            endIndex: end,
          };
        }
      }
      offset += characters[start]!.length;
    }
    return null;
  }

  /** Where the best-ranked phrase starting here ends (a code-point index), or null. */
  private longestAt(characters: string[], start: number): number | null {
    let bestRank = Infinity;
    let bestEnd: number | null = null;
    // Each step follows one character of the text; a run of spaces in the text is one step.
    let at: TrieNode | undefined = this.root;
    let i = start;
    while (at) {
      if (at.ends !== null && at.ends < bestRank && i > start && this.endsWord(characters, i)) {
        bestRank = at.ends;
        bestEnd = i;
      }
      if (at.endsOpen !== null && i > start) {
        const end = this.openEnd(characters, i);
        if (end !== null && at.endsOpen < bestRank) {
          bestRank = at.endsOpen;
          bestEnd = end;
        }
      }
      if (i >= characters.length) break;
      const character = characters[i]!;
      this.charactersRead++;
      if (isSpace(character)) {
        at = at.next.get(SPACE);
        // The run is crossed only where a phrase goes on after it.
        if (at) while (i < characters.length && isSpace(characters[i]!)) (i++, this.charactersRead++);
      } else {
        at = at.next.get(fold(character));
        i++;
      }
    }
    return bestEnd;
  }

  private endsWord(characters: string[], at: number): boolean {
    return at >= characters.length || !isWordCharacter(characters[at]!);
  }

  /**
   * Where an entry ending in "*" ends: as far as its ending runs, or, if a letter or digit follows
   * that, back at the last apostrophe or hyphen within it ("worried-2" finds "worried").
   */
  private openEnd(characters: string[], from: number): number | null {
    let end = from;
    while (end < characters.length && isOpenEnding(characters[end]!)) end++;
    this.charactersRead += end - from;
    for (let candidate = end; candidate >= from; candidate--) {
      this.charactersRead++;
      if (this.endsWord(characters, candidate)) return candidate;
    }
    return null;
  }
}
