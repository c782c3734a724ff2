import type { PackLayerInput } from "../schema";

/*
 * 001 §Pen picture asks for more than the shared pen picture topics: the child's age and
 * appearance, and their life at school (favourite subjects, what they find difficult). These, and
 * the reason for our involvement that 001 puts under the same heading, are particular to this
 * template, so they live with this pack rather than in the shared vocabulary.
 */
const extraPenPictureTopics = [
  {
    key: "age",
    meaning: "age",
    label: "how old {child} is",
    question: "How old is {child}?",
    phrases: ["years old", "year-old", "year old", "months old", "month-old", "aged", "age"],
  },
  {
    key: "appearance",
    label: "what {child} looks like",
    question: "What does {child} look like? Describe them as you would a child you know well.",
    phrases: [
      "appearance",
      "looks like",
      "hair",
      "eyes",
      "tall",
      "small for",
      "smile*",
      "grin*",
      "freckles",
      "glasses",
      "wears",
      "dressed",
    ],
  },
  {
    key: "school-life",
    label: "{child}'s favourite subjects and what they find difficult at school",
    question: "What are {child}'s favourite subjects, and what do they find difficult at school?",
    phrases: [
      "favourite subject*",
      "favourite lesson*",
      "subject*",
      "lesson*",
      "maths",
      "reading",
      "writing",
      "spelling*",
      "science",
      "PE",
      "art",
      "struggl*",
      "finds it hard",
      "finds it difficult",
      "difficult",
      "support in class",
    ],
  },
];

const penPictureTopics = {
  extraTopics: extraPenPictureTopics,
};

const involvementReasonTopic = {
  topic: "involvement-reason",
  phrases: [
    "referr*",
    "became involved",
    "involved because",
    "involvement began",
    "reason for our involvement",
    "main concern*",
    "main area of concern",
    "concerns were raised",
    "raised concerns",
  ],
  message:
    "Set out why we became involved with {child}'s family: who made the referral and what the main concern was.",
};

const involvementPurposeTopic = {
  topic: "involvement-purpose",
  phrases: [
    "purpose",
    "aim*",
    "intervention",
    "to help",
    "to support",
    "to make sure",
    "to ensure",
    "to reduce",
    "to keep",
    "so that",
    "to understand",
    "to assess",
  ],
  message: "Say what the main purpose of our intervention with {child}'s family was when we became involved.",
};

const impactOnChildTopic = {
  topic: "impact-on-child",
  phrases: [
    "impact*",
    "affect*",
    "means for",
    "meant for",
    "has meant",
    "has helped",
    "experience*",
    "feels",
    "felt",
    "for her",
    "for him",
    "for them",
  ],
  message: "Say what impact the last 3 months have had on {child}: what has changed for them day to day?",
};

/**
 * 001's own question about concerns, dilemmas and grey areas; document 000's wider "new issues …
 * both strengths as well as concerns" is the general requirements' "new-issues" topic, taken beside it.
 */
const newConcernsTopic = {
  topic: "new-concerns",
  phrases: [
    "new concern*",
    "no new concern*",
    "concern*",
    "worr*",
    "incident*",
    "new referral*",
    "dilemma*",
    "grey area*",
  ],
  message:
    "Say whether there have been any new concerns in the last 3 months and how they have affected {child}, and any current dilemmas or grey areas, or that there have been none.",
};

/**
 * Practice Guidance: Case Summary, completed as a Step on MOSAIC (document 001). The source document
 * is cut off after its second heading, so the pack has two sections; the forward-looking
 * requirements of document 000 (review dates, bottom lines, contingency, family network) are
 * checked in the last section as information rather than as errors.
 */
export const mosaicStep: PackLayerInput = {
  id: "mosaic-step",
  extends: "general-requirements",
  name: "MOSAIC case summary Step",
  description:
    'Headings from the Practice Guidance: Case Summary for case summary Steps on MOSAIC. Due once a child has been open for 20 working days, then updated at least every 3 months or after a significant event. The source document is cut off after the heading "What has happened in the last 3 months?", so any later headings in the Step are not checked.',
  source: {
    document: "001",
    title: "Practice Guidance: Case Summary",
    issuer: "Children's Social Care (MOSAIC)",
    system: "MOSAIC",
  },
  reviewInterval: { days: 92, label: "3 months", citation: "001 §Case Summary Guidance(i)" },
  sections: [
    {
      key: "pen-picture",
      heading: "Pen picture of the child and reason for our involvement",
      aliases: [
        "Pen picture of the child and reason for involvement",
        "Pen picture of [Child's Name] and reason for our involvement",
        "Pen picture and reason for our involvement",
        "Pen picture and reason for involvement",
        "Pen picture of [Child's Name]",
        "Pen picture",
      ],
      notes: [
        {
          text: "Describe the child in a way that makes them unique, as if you were describing your own child or a child you know really well. Describe their age, appearance, character, likes and dislikes, the things they are good at and their hobbies.",
          citation: "001 §Pen picture(i)",
        },
        {
          text: "Describe their family composition, where they live, who are they closest to in their family/wider family. Where do they go to school, what are their favourite subjects, what do they find difficult at school, what are their hopes and aspirations.",
          citation: "001 §Pen picture(ii)",
        },
        {
          text: "Set out the reason we became involved with their family, who made the referral, what was the main area of concern. Include any previous history of involvement if it is still relevant. What was the main purpose of our intervention when we became involved?",
          citation: "001 §Pen picture(iii)",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "001 §Pen picture(i)" },
        // 001 never asks for the child's wishes and feelings, so child-voice is not applied here;
        // the hopes and aspirations 001 §Pen picture(ii) asks for are a pen-picture-detail topic.
        { rule: "pen-picture-detail", citation: "001 §Pen picture(i)", options: penPictureTopics },
        { rule: "required-topic", citation: "001 §Pen picture(iii)", options: involvementReasonTopic },
        { rule: "required-topic", citation: "001 §Pen picture(iii)", options: involvementPurposeTopic },
        { rule: "section-too-long", citation: "001 §Case Summary Guidance(iii)", options: { maxWords: 650 } },
      ],
      prompts: [
        {
          text: "Would someone who knows [Child's Name] well recognise them from this?",
          citation: "001 §Pen picture(i)",
        },
        {
          text: "What is [Child's Name] good at, and what are their hobbies?",
          citation: "001 §Pen picture(i)",
        },
        {
          text: "Who is [Child's Name] closest to in the family and wider family?",
          citation: "001 §Pen picture(ii)",
        },
        { text: "What are [Child's Name]'s hopes and aspirations?", citation: "001 §Pen picture(ii)" },
        { text: "Who made the referral, and what was the main concern?", citation: "001 §Pen picture(iii)" },
        {
          text: "Is the earlier history here still relevant to [Child's Name] now?",
          citation: "001 §Pen picture(iii)",
        },
        { text: "What was the main purpose of our intervention?", citation: "001 §Pen picture(iii)" },
      ],
    },
    {
      key: "difference",
      heading: "What has happened in the last 3 months?",
      aliases: [
        "What has happened in the last 3 months",
        "What has happened in the last three months",
        "What has happened in the last 3 months for [Child's Name]",
        "The last 3 months",
        "Last 3 months",
        "Update on the last 3 months",
        "Case update",
        "Update",
        "Significant changes",
      ],
      notes: [
        {
          text: "Update on any significant changes in the last 3 months?",
          citation: "001 §What has happened in the last 3 months(i)",
        },
        {
          text: "Think about key changes for any child and family eg births, deaths, moving home, changing school etc as well as incidents, new referrals.",
          citation: "001 §What has happened in the last 3 months(ii)",
        },
        {
          text: "Any progress that has been made working with the family? What has been the impact on the child? Have there been any new concerns, and how has this impacted on the child? Are there any current dilemmas or grey areas?",
          citation: "001 §What has happened in the last 3 months(iii)",
        },
        {
          text: "A Case Summary should be a chance to critically reflect on whether we are making a difference for a child and why change is or is not happening. The why question is crucial because this will inform planning about what needs to happen next. If we can examine why there have been positive changes, this will help to understand what is needed to maintain these changes. If things are not changing and there continues to be concerns about a child's safety and wellbeing, or if things are deteriorating, then it is important to think about what needs to happen to address this. This should include rethinking the current plan and reflecting on the barriers to change and what can done to address these barriers or move forward in a different way. This analysis should also consider whether escalation of the current level of involvement with the family is required.",
          citation: "001 §Case Summary Guidance(v)",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "001 §What has happened in the last 3 months(i)" },
        { rule: "not-current", citation: "001 §Case Summary Guidance(iv)" },
        {
          rule: "analysis-missing",
          citation: "001 §Case Summary Guidance(v)",
        },
        {
          rule: "chronology-dump",
          citation: "001 §Case Summary Guidance(iii)",
        },
        {
          rule: "required-topic",
          citation: "001 §What has happened in the last 3 months(iii)",
          options: impactOnChildTopic,
        },
        {
          rule: "required-topic",
          citation: "001 §What has happened in the last 3 months(iii)",
          options: newConcernsTopic,
        },
        { takes: "new-issues" },
        { takes: "plan-progress" },
        { takes: "engagement" },
        // The source stops here, so what 000 asks about the months ahead is checked here, gently.
        { takes: "family-network", severity: "info" },
        { takes: "review-dates", severity: "info" },
        { takes: "contingency", severity: "info" },
        { takes: "bottom-lines" },
        { rule: "section-too-long", citation: "001 §Case Summary Guidance(iii)", options: { maxWords: 650 } },
      ],
      prompts: [
        {
          text: "What has changed for [Child's Name] and the family: births, deaths, moving home, changing school, incidents, new referrals?",
          citation: "001 §What has happened in the last 3 months(ii)",
        },
        {
          text: "What progress has been made working with the family?",
          citation: "001 §What has happened in the last 3 months(iii)",
        },
        {
          text: "What has been the impact on [Child's Name]?",
          citation: "001 §What has happened in the last 3 months(iii)",
        },
        {
          text: "Have there been any new concerns, and how have they affected [Child's Name]?",
          citation: "001 §What has happened in the last 3 months(iii)",
        },
        {
          text: "Are there any current dilemmas or grey areas?",
          citation: "001 §What has happened in the last 3 months(iii)",
        },
        { text: "Why has change happened, or why not?", citation: "001 §Case Summary Guidance(v)" },
        {
          text: "What is needed to keep the positive changes going?",
          citation: "001 §Case Summary Guidance(v)",
        },
        {
          text: "What are the barriers to change, and could we move forward differently?",
          citation: "001 §Case Summary Guidance(v)",
        },
        {
          text: "Does our level of involvement need to be escalated?",
          citation: "001 §Case Summary Guidance(v)",
        },
      ],
    },
  ],
  rules: [
    { rule: "section-missing", citation: "001 §Case Summary Guidance" },
    { rule: "heading-changed", citation: "001 §Case Summary Guidance" },
    { rule: "heading-names-other-child", citation: "001 §Case Summary Guidance(iv)" },
    { rule: "section-order", citation: "001 §Case Summary Guidance" },
    { rule: "section-duplicate", citation: "001 §Case Summary Guidance(iv)" },
    { rule: "section-unknown", citation: "001 §Case Summary Guidance" },
    { rule: "not-individual", citation: "001 §Case Summary Guidance(iv)" },
    { rule: "placeholder-left", citation: "001 §Case Summary Guidance" },
    {
      rule: "jargon-unexplained",
      citation: "000 §The Purpose of Case Summaries(iv)",
    },
    { rule: "child-name-missing", citation: "001 §Case Summary Guidance(iv)" },
    { rule: "summary-overdue", citation: "001 §Case Summary Guidance(i)" },
    {
      rule: "readability",
      severity: "info",
      citation: "001 §Case Summary Guidance(iii)",
    },
  ],
  prompts: [
    {
      text: "Is this a current reflection of what is happening for [Child's Name], not a repeat of earlier summaries?",
      citation: "001 §Case Summary Guidance(iv)",
    },
    {
      text: "Are we making a difference for [Child's Name], and why is change happening or not?",
      citation: "001 §Case Summary Guidance(v)",
    },
    {
      text: "Has anything significant happened since the last update? The summary should be updated then, not only every 3 months.",
      citation: "001 §Case Summary Guidance(i)",
    },
    {
      text: "Could a manager or duty worker who does not know [Child's Name] quickly find the plan, the progress and the issues?",
      citation: "000 §The Purpose of Case Summaries(iv)",
    },
    {
      text: "Has [Child's Name] been open to Children's Social Care for 20 working days? The team manager should have opened the case summary Step by now, in line with the Child and Family Assessment Timeline.",
      citation: "001 §Case Summary Guidance(ii)",
    },
    {
      text: "Does this give the direction of our work and its impact, leaving the SMART detail to [Child's Name]'s Plan?",
      citation: "001 §Case Summary Guidance(vi)",
    },
  ],
};
