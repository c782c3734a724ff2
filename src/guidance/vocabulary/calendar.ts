/**
 * Calendar words several checks share: a cheap sign that a line may carry a date, and the words
 * that make a timescale of a date reader's find. Data only: councils can change these in their own
 * pack, check by check.
 */

/** Month names in full. */
export const fullMonthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Month names and their usual abbreviations. */
export const monthNames = [
  ...fullMonthNames,
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
];

/** Days of the week: "by Friday" is a deadline. */
export const weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Lengths of time: "within six weeks", "in two months". */
export const periodWords = [
  "day*",
  "week*",
  "fortnight*",
  "month*",
  "year*",
  "term*",
  "half-term",
  "half term",
];
