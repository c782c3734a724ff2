import { fullMonthNames, weekdayNames } from "../../../guidance/vocabulary/calendar";

/**
 * Word lists for the child-name-missing check (004 §4.2: "Each child's case summary should be
 * individually written for each child in the family"). Data only. Where the template's headings
 * carry no [Child's Name], the child's name is read from a title line such as "Case Summary –
 * Ellie Carter" or "Case summary for Maya Thompson".
 */
export const childNameMissingOptions = {
  /** A title line before the first heading starts with one of these, then the child's name. */
  titlePhrases: ["child's case summary", "childs case summary", "case summary", "child's summary"],
  /** Capitalised words after the title that are not a name: "Case Summary – Draft", "– Updated 3/6/26". */
  notNames: [
    "updated",
    "update",
    "draft",
    "review",
    "reviewed",
    "version",
    "final",
    "date",
    "dated",
    "confidential",
    "official",
    "sensitive",
    "template",
    "example",
    "fictional",
    "child",
    "children",
    "family",
    "summary",
    "name",
    "DOB",
    "part",
    "section",
    "page",
    "the",
    // Full month names only: "Jan" is a first name as well as a month.
    ...fullMonthNames,
    ...weekdayNames,
  ],
};
