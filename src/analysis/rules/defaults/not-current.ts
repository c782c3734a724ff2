import { summaryOverdueOptions } from "./summary-overdue";

/**
 * Word lists for the not-current check (004 §4.4: current, "not just latest information added
 * to older information"). The rule's defaults: a pack overrides any of them by name. The summary's
 * own date is found as summary-overdue finds it.
 */
const common = {
  ...summaryOverdueOptions,
  graceDays: 14,
  agreedWords: [
    "agreed",
    "signed",
    "reviewed",
    "updated",
    "dated",
    "drawn up",
    "written with",
    "put in place",
  ],
  keyEventWords: [
    "incident*",
    "arrest*",
    "admitted",
    "admission",
    "hospital",
    "police",
    "missing",
    "assault*",
    "overdose",
    "disclos*",
    "relapse*",
    "strategy discussion",
    "strategy meeting",
    "section 47",
    "s47",
    "returned home",
    "moved back",
  ],
  notEventWords: [
    "since",
    "from",
    "by",
    "until",
    "before",
    "due",
    "born",
    "DOB",
    "birth",
    "next",
    "on or before",
  ],
};

export const notCurrentOptions = { ...common, kind: "events" as const };
