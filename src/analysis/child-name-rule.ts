/**
 * The one rule for the child's name the worker types: the pane, the ribbon's command and the
 * ribbon's dialog page all use it, so a name one accepts is never refused by another. Pure: no
 * Office, no DOM (the dialog page bundles it without any Word code).
 */

const MAX_NAME_LENGTH = 80;

const TRY_AGAIN = "Type just the child's name, for example Maya or Maya Okafor, and try again.";

/**
 * Characters a name can have: letters of any script (with their accents), spaces, apostrophes,
 * hyphens, full stops (initials, "J. R.") and the middle dot of Catalan names ("Gal·la").
 */
const NAME_CHARACTER = /[\p{L}\p{M} '\u2019\u02bc\u2018\-\u2010\u2011.\u00b7]/u;

/** How to name a refused character in a message. */
function describeCharacter(character: string): string {
  if ("[](){}".includes(character)) return "brackets";
  if ("<>".includes(character)) return "angle brackets";
  if (/\p{N}/u.test(character)) return "numbers";
  return `"${character}"`;
}

/** Checks the name the worker typed; returns it tidied, or a message saying what is wrong. */
export function cleanChildName(
  childName: string | null | undefined,
): { name: string | null } | { problem: string } {
  if (childName === null || childName === undefined) return { name: null };
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(childName)) {
    return {
      problem: "The child's name can't contain line breaks or tabs. Type the name on one line and try again.",
    };
  }
  const name = childName.replace(/\s+/g, " ").trim();
  if (!name) return { name: null };
  if (name.length > MAX_NAME_LENGTH) {
    return {
      problem: `The child's name is longer than ${MAX_NAME_LENGTH} characters. Shorten it and try again.`,
    };
  }
  if (/^[\p{N}\s]+$/u.test(name)) {
    return { problem: `The child's name can't be a number. ${TRY_AGAIN}` };
  }
  const refused = [...name].find((character) => !NAME_CHARACTER.test(character));
  if (refused !== undefined) {
    return {
      problem: `The child's name can't contain ${describeCharacter(refused)}: it goes into the headings as it is typed. ${TRY_AGAIN}`,
    };
  }
  if (!/\p{L}/u.test(name)) {
    return { problem: `The child's name needs at least one letter. ${TRY_AGAIN}` };
  }
  return { name };
}
