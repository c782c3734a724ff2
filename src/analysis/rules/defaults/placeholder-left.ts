/**
 * Word lists for the placeholder-left check. The rule's defaults: a pack overrides any of them by name.
 * Entries are matched case-insensitively as whole phrases; straight and curly apostrophes are the same.
 */
export const placeholderLeftOptions = {
  /** Template placeholders that should never survive into a finished summary. */
  placeholders: [
    "[Child's Name]",
    "[Childs Name]",
    "[Child Name]",
    "[Child's first name]",
    "[Child first name]",
    "[Child's full name]",
    "[Name of child]",
    "[Young person's name]",
    "[Name]",
    "[Full name]",
    "[DOB]",
    "[D.O.B.]",
    "[Date of birth]",
    "[Date]",
    "[Age]",
    "[School]",
    "[Address]",
    "[Parent's name]",
    "[Mother's name]",
    "[Father's name]",
    "[Carer's name]",
    "[Social worker]",
    "[Telephone]",
    "[Phone number]",
    "[Email]",
    "[TBC]",
    "xx/xx/xxxx",
    "xx/xx/xx",
    "dd/mm/yyyy",
    "dd/mm/yy",
  ],
  /** The placeholders that stand for the child's name, which the add-in can fill in for the worker. */
  childNamePlaceholders: [
    "[Child's Name]",
    "[Childs Name]",
    "[Child Name]",
    "[Child's first name]",
    "[Child first name]",
    "[Name of child]",
  ],
  /** A bracketed note that starts with one of these words is an instruction to the writer: "[insert date]". */
  instructionWords: ["insert", "add", "enter", "type", "delete", "complete", "include"],
  /**
   * A sentence of the guidance notes counts as copied only when it has at least this many words,
   * so short phrases a worker might naturally write ("How do we know?") do not trigger.
   */
  minGuidanceSentenceWords: 5,
};
