import type { BasePackInput } from "../schema";
import {
  bottomLinesTopic,
  engagementTopic,
  familyNetworkTopic,
  newIssuesTopic,
  planProgressTopic,
  reviewDatesTopic,
} from "../vocabulary/required-topic";

/**
 * Case Summaries – Practice Guidance and Procedures, approved 30 November 2020 (document 000):
 * what every summary must contain, whatever the council's template. It has no headings of its
 * own, so it is a base pack of topics: each built-in pack extends it and places each topic's
 * checks in the section of its own template where the topic belongs, with
 * `{ "takes": "family-network" }` among that section's checks. A council's own pack can do the
 * same (`"extends": "general-requirements"`); see docs/packs.md.
 */
export const generalRequirements: BasePackInput = {
  id: "general-requirements",
  name: "Case summaries: general requirements (2020)",
  description:
    "What every case summary must contain, whatever the template: progress against the plan, new issues, engagement, the other agencies and the family network, the focus and review dates for the next 3 months, and the bottom lines and contingency plan.",
  source: {
    document: "000",
    title: "Case Summaries – Practice Guidance and Procedures",
    issuer: "Children's Social Care",
  },
  reviewInterval: { days: 92, label: "3 months", citation: "000 §Frequency(i)" },
  topics: [
    {
      key: "plan-progress",
      description: "The work undertaken, linking progress to the actions and outcomes of the plan.",
      rules: [
        { rule: "required-topic", citation: "000 §What should be included(i)", options: planProgressTopic },
      ],
    },
    {
      key: "new-issues",
      description:
        "New issues that have emerged, strengths as well as concerns, and how they were dealt with.",
      rules: [
        { rule: "required-topic", citation: "000 §What should be included(ii)", options: newIssuesTopic },
      ],
    },
    {
      key: "engagement",
      description: "The child and family's engagement with the intervention.",
      rules: [
        { rule: "required-topic", citation: "000 §What should be included(iii)", options: engagementTopic },
      ],
    },
    {
      key: "family-network",
      description:
        "The other agencies involved, who provides what support to the child and family, and the key members of the family network.",
      rules: [
        { rule: "required-topic", citation: "000 §What should be included(iv)", options: familyNetworkTopic },
      ],
    },
    {
      key: "review-dates",
      description: "The focus of work for the next 3 months and the key dates of upcoming reviews.",
      rules: [
        { rule: "required-topic", citation: "000 §What should be included(v)", options: reviewDatesTopic },
      ],
    },
    {
      key: "bottom-lines",
      description: "Any bottom lines (any definite no's).",
      rules: [
        {
          rule: "required-topic",
          severity: "info",
          citation: "000 §What should be included(vi)",
          options: bottomLinesTopic,
        },
      ],
    },
    {
      key: "contingency",
      description: "The contingency plan, should the bottom lines occur.",
      rules: [{ rule: "contingency-missing", citation: "000 §What should be included(vi)" }],
    },
  ],
};
