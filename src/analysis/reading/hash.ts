/** FNV-1a's offset basis: the state before any character. */
export const FNV_START = 0x811c9dc5;

/**
 * 32-bit FNV-1a over `text`, continuing from `hash` (the offset basis by default), so a caller can
 * hash several texts as one. Unsigned.
 */
export function fnv1a(text: string, hash: number = FNV_START): number {
  let state = hash;
  for (let i = 0; i < text.length; i++) {
    state ^= text.charCodeAt(i);
    state = Math.imul(state, 0x01000193);
  }
  return state >>> 0;
}

/**
 * A short, stable hash of some text (32-bit FNV-1a in base 36), for finding ids that must stay
 * with a piece of the worker's text without giving its words away: ids are kept in the document's
 * settings when a finding is dismissed and printed in review comments.
 */
export function shortHash(text: string): string {
  const normalised = text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
  return fnv1a(normalised).toString(36);
}
