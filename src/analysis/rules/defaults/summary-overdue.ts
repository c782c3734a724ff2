/**
 * Date lines for the summary-overdue check (004 §2.2: "Updated at least every 3 months"). Data
 * only: councils can change these in their own pack.
 */
export const summaryOverdueOptions = {
  /** A paragraph anywhere that starts with one of these is a date line: "Date of summary: 3 June 2026". */
  datePhrases: [
    "date of summary",
    "date of case summary",
    "date of this summary",
    "summary date",
    "case summary date",
    "summary updated",
    "case summary updated",
    "summary reviewed",
    "summary completed",
    "summary written",
    "date summary updated",
    "date updated",
    "date last updated",
    "date completed",
    "date written",
    "date reviewed",
    "last updated",
    "last reviewed",
    "updated on",
  ],
  /**
   * Before the first heading, a paragraph holding one of these is a date line too ("Case summary –
   * updated 3.6.26"). In the body they are too common to trust ("Mum updated me on…").
   */
  preambleDatePhrases: ["date", "dated", "updated", "reviewed", "completed", "written", "case summary"],
  /**
   * A date of birth is never the summary's date, wherever it is: "Date of birth: 04/05/2016",
   * "DOB 4.5.16", "D.O.B.".
   */
  birthPhrases: ["date of birth", "DOB", "D.O.B", "D.O.B.", "D. O. B.", "born on", "birth date", "birthday"],
};
