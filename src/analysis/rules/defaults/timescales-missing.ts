/**
 * Word lists for the timescales-missing check (004 §3.1(v): "Be clear about timescales and how you
 * will review the plan"). The rule's defaults: a pack overrides any of them by name. Dates written
 * as dates ("by 3 March", "within six weeks") are found by the date reader; these lists add the
 * timescales workers write in words the date reader does not know.
 */
import { monthNames, periodWords, weekdayNames } from "../../../guidance/vocabulary/calendar";

export const timescalesMissingOptions = {
  /** Timescales that are not calendar dates. */
  timescalePhrases: [
    "timescale*",
    "deadline*",
    "at the next review",
    "by the next review",
    "before the next review",
    "at the next core group",
    "by the next core group",
    "before the next core group",
    "at the next conference",
    "by the next conference",
    "by the end of the school term",
    "by the end of term",
    "by the end of this term",
    "by half term",
    "by half-term",
    "before half term",
    "before half-term",
    "before the summer holidays",
    "before the school holidays",
    "by the summer holidays",
    "by Christmas",
    "before Christmas",
    "by Easter",
    "weekly",
    "fortnightly",
    "monthly",
    "every week",
    "every fortnight",
    "every month",
    "each week",
    "each month",
    "next three months",
    "next 3 months",
    "next twelve weeks",
    "next 12 weeks",
  ],
  /** How the plan will be reviewed: the meetings and reviews that look at it. */
  reviewPhrases: [
    "review*",
    "core group*",
    "child protection conference",
    "review conference",
    "looked-after review",
    "looked after review",
    "child in need meeting",
    "CIN meeting",
    "panel",
    "IRO",
    "independent reviewing officer",
    "team around the family",
    "TAF meeting",
    "strategy meeting",
    "professionals meeting",
    "professionals' meeting",
    "progress meeting",
    "planning meeting",
    "supervision",
    "revisit*",
    "re-assess*",
    "reassess*",
  ],
  /**
   * A date the date reader finds is a timescale only with a number, a month, a weekday or a length
   * of time in it: "by 3 March", "by Friday", "within six weeks"; not "now", "today" or "10pm".
   */
  calendarWords: [...monthNames, ...weekdayNames, ...periodWords],
};
