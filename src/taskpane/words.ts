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
  help: "Help",
  helpLabel: "Help: how to use Case Summary Coach (opens in your browser)",
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

  severity: { error: "Required", warning: "Recommended", info: "Suggestion" },
  state: {
    done: "Done",
    "needs-attention": "Needs attention",
    missing: "Missing",
    "not-started": "Not started",
  },

  checks: {
    notStarted: (sections: number) => `${sections === 1 ? "1 section" : `${sections} sections`} not started.`,
    showAll: "Show all checks",
    showFewer: "Show fewer checks",
    wholeSummary: "The whole summary",
    required: (met: number, total: number) => `Required: ${met} of ${total} met`,
    recommended: (met: number, total: number) => `Recommended: ${met} of ${total} met`,
    suggestions: (count: number) => (count === 1 ? "1 suggestion" : `${count} suggestions`),
    headingMissing: "This heading is not in the document yet.",
    notStartedNote:
      "Nothing is written under this heading yet. Its checks show here once you have written in it and moved on, or when you choose Show all checks.",
    nothingToChange: "Nothing to change here.",
    goToSection: "Go to section",
    dismissedToggle: (open: boolean, count: number) =>
      `${open ? "Hide" : "Show"} dismissed checks (${count})`,
  },
  navigator: {
    previous: "Previous",
    previousLabel: "Previous check",
    next: "Next",
    nextLabel: "Next check",
    position: (at: number, total: number) => `Check ${at} of ${total}`,
  },
  card: {
    goTo: "Go to",
    fix: "Fix",
    dismiss: "Dismiss",
    restore: "Restore",
    showGuidance: "Show guidance",
    hideGuidance: "Hide guidance",
    from: (label: string) => `From ${label}:`,
    fromLayer: (name: string) => ` · from ${name}`,
    guidanceInFull: (label: string) => `Guidance: ${label}`,
  },
  prompts: {
    region: "Prompts for the section you are writing",
    writing: "You are writing: ",
    outsideSections: "Put the cursor in a section to see its prompts. For the whole summary:",
    showAll: (count: number) => `Show all ${count} prompts`,
    showFewer: "Show fewer prompts",
    showGuidance: "Show guidance for this section",
    hideGuidance: "Hide guidance for this section",
    putInMargin: "Put prompts in the margin",
    removeFromMargin: "Remove prompts from the margin",
    removeHint:
      "Remove takes away only the prompt comments this add-in put in the margin, if there are any; everyone else's comments stay.",
  },
  start: {
    titleNew: "Start a case summary",
    titleChange: "Template and child's name",
    template: "Template",
    childName: "Child's first name",
    childNameHint:
      "Goes into the headings and the prompts, and is kept in this document only. You can leave it empty and add it later.",
    insert: "Insert template",
    addMissing: "Add the missing headings",
    cancel: "Cancel",
    nothingChanged:
      "Nothing you have written is changed: the headings go into an empty document, or at the cursor.",
  },
  teach: {
    heading: "Worked examples",
    intro:
      "Insert a fictional worked example at the end of the document to show a group the template and the checks. Each is clearly labelled as fictional. Use a new, blank document so the example is not mixed with a real child's record. Once it is in, the pane shows its checks.",
    template: "Template",
    exampleTitle: (quality: "good" | "poor", childName: string) =>
      `${quality === "good" ? "A good summary" : "A summary with common gaps"} (${childName}, fictional)`,
    hasText: "This document already has text.",
    hasTextAdvice:
      "The example would be added after it and mixed with what is there. Use a new blank document for teaching (in Word: File, New, Blank document), then open Case Summary Coach there.",
    insertAnyway: "Insert it here anyway",
    dontInsert: "Don't insert",
    insert: "Insert this example",
  },
  review: {
    whatIsMet: "What is met",
    template: (name: string) => ` Template: ${name}.`,
    tableCaption:
      "What the guidance asks, section by section: each section's state, and how many of the required and recommended items are met, out of how many (dismissed checks count as met)",
    section: "Section",
    required: "Required",
    recommended: "Recommended",
    commentsHeading: "Checks as comments",
    addComments: "Add the checks as comments",
    removeComments: "Remove the check comments",
    commentsAuthor:
      "The comments appear under your name, as the person signed in to Word (a manager reviewing sees the manager's name on them), and each ends with the line \u201cCase Summary Coach check\u201d. Removing them leaves everyone else's comments alone.",
    commentsPlanned: (requiredNotMet: number) =>
      `Adds one comment at the first heading saying what is met and what is not. ${
        requiredNotMet === 0
          ? "Every required item is met, so there is only that one."
          : `There will be one beside each required item not met (${requiredNotMet} now), where it applies.`
      } Recommended items are counted, not commented on.`,
    citationsAreShort: (citation: string, paragraph: string, name: string) =>
      `Citations are short: \u201c${citation}\u201d is paragraph ${paragraph} of ${name}.`,
  },

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
