import { analysisMissingOptions } from "./analysis-missing";
import { monthNames } from "../../../guidance/vocabulary/calendar";

/**
 * Thresholds and word lists for the chronology-dump check (004 §3.1(ii): "an analytical overview
 * rather than a repeat of the chronology"). The rule's defaults: a pack overrides any of them by name.
 */
export const chronologyDumpOptions = {
  /** Month names and their usual abbreviations: a cheap sign that a line may carry a date. */
  monthNames,
  /**
   * At least this many lines (list items, paragraphs or sentences) must be dated events that say
   * nothing of what the event meant…
   */
  minDatedLines: 3,
  /** …and at least this share of all the lines. */
  minDatedShare: 0.6,
  /** The language of analysis, shared with the analysis-missing check: a dated line with any of these is more than an entry. */
  analyticPhrases: analysisMissingOptions.phrases,
  /**
   * When at least this share of the lines stand back from the dates (undated, in the language of
   * analysis: "This matters for Kai because…"), the section is an overview with dates in it.
   */
  minReflectiveShare: 0.15,
};
