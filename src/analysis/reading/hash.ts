/**
 * A short, stable hash of some text (32-bit FNV-1a in base 36), for finding ids that must stay
 * with a piece of the worker's text without giving its words away: ids are kept in the document's
 * settings when a finding is dismissed and printed in review comments.
 */
export function shortHash(text: string): string {
  const normalised = text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < normalised.length; i++) {
    hash ^= normalised.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
