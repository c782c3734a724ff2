import { analysisMissingOptions } from "./analysis-missing";

/**
 * Thresholds and word lists for the chronology-dump check (004 §3.1(ii): "an analytical overview
 * rather than a repeat of the chronology"). Data only: councils can change these in their own pack.
 */
export const chronologyDumpOptions = {
  /** Month names and their usual abbreviations: a cheap sign that a line may carry a date. */
  monthNames: [
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
  ],
  /** At least this many lines (list items, paragraphs or sentences) must carry a date. */
  minDatedLines: 3,
  /** …and at least this share of all the lines. */
  minDatedShare: 0.6,
  /** Below this many analytic phrases per line, the section is description rather than analysis. */
  maxAnalyticPerLine: 0.25,
  /** The language of analysis, shared with the analysis-missing check. */
  analyticPhrases: analysisMissingOptions.phrases,
};
