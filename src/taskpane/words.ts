/**
 * What the pane says, in one place: notices, labels and the messages of the actions. Plain UK
 * English for a social worker in Word; Word's own error text is never shown (it can quote the
 * document, and it is not written for the worker). Counts and names come in as arguments.
 */

const TRY_AGAIN = "Select Try again; if that does not work, close and reopen the pane.";

/** What a worker does when they left the name empty. */
const CHANGE_BUTTON = "\u201cChange the template or the child's name\u201d";

export const words = {
  title: "Case Summary Coach",
  reading: "Reading the document…",
  tabs: {
    label: "What do you want to do?",
    write: "Write",
    review: "Review",
    teach: "Teach",
  },
  checksHeading: "Checks",
  checkAgain: "Check again",
  tryAgain: "Try again",
  undo: "Undo",
  closeMessage: "Close this message",
  changeTemplate: "Change the template or the child's name, or add missing headings",

  readFailed: `Case Summary Coach couldn't read this document just now. Your text is not affected. ${TRY_AGAIN}`,
  actionFailed:
    "Something went wrong, so Word did not finish. Nothing you wrote has been changed. Try again, or close and reopen the pane.",
  checkFailed:
    "Case Summary Coach couldn't check this document just now. Your text is not affected. Select Check again; if that does not work, close and reopen the pane.",
  checkTooLong: (seconds: number) =>
    `Checking this document took longer than ${seconds} second${seconds === 1 ? "" : "s"}, so Case Summary Coach stopped. Your text is not affected. The checks shown may be out of date: they run again when you next change the document, or select Check again. A document this slow to check may be very long, or hold very long paragraphs.`,

  chooseTemplate: "Choose a template from the list, then try again.",
  headingNotThere: "That heading is not in the document: add the missing headings first.",
  undoTooLate:
    "The words have changed since the Fix, so the pane cannot take it back safely. Use Word's own Undo (Ctrl+Z, or Cmd+Z on a Mac).",
  /** Said on Dismiss, so the worker sees it went somewhere and can get it back. */
  dismissed:
    "Dismissed the check. It is kept with the document under \u201cShow dismissed checks\u201d, where you can restore it.",
  restored: "Restored the check: it is back in the list.",
  insertTemplateFirst: "Insert the template first: the prompts go beside its headings.",
  noNameInHeadings: ` No name was given, so the headings say [Child's Name] for now. To add it later, choose ${CHANGE_BUTTON} in this pane and enter it, then replace [Child's Name] in the headings: the checks point to each one.`,
  noNameInPrompts: ` No name was given, so the prompts say \u201cthe child\u201d. To add it later, choose ${CHANGE_BUTTON} in this pane and enter it.`,

  organisationPackProblem: (file: string) =>
    `Your organisation's template ${file} cannot be used, so it is not in the list; the built-in templates work as usual. Please tell whoever looks after the add-in: `,

  /** "Colour the pen picture blue and the safety plan red", from the pack's own colours. */
  colourButton: (parts: readonly { heading: string; colour: string }[]) =>
    `Colour ${parts.map((part) => `${shortHeading(part.heading)} ${part.colour}`).join(" and ")}`,
} as const;

function shortHeading(heading: string): string {
  const name = heading
    .replace("[Child's Name]", "")
    .replace(/ of the child$/i, "")
    .trim();
  return `the ${name.toLowerCase()}`;
}
