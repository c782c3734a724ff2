import type { PackLayerInput } from "../schema";
import {
  carePackageTopic,
  contactArrangementsTopic,
  keyProfessionalsTopic,
  legalStatusTopic,
} from "../vocabulary/required-topic";

/*
 * 002 §1.7(iii) asks where the latest Child's Plan can be found; no other template words it the
 * same way, so this topic lives with this pack rather than in the shared vocabulary.
 */
const planLocationTopic = {
  topic: "plan-location",
  phrases: [
    "can be found",
    "is found",
    "is on LCS",
    "on LCS",
    "saved",
    "uploaded",
    "stored",
    "held in",
    "held on",
    "filed",
    "documents tab",
    "case notes",
  ],
  message:
    "Say where the most recent Child's Plan for {child} can be found, and any safety plans or risk assessments relevant now.",
};

/**
 * Case Summary – Practice Guidance, Bradford Social Care (document 002), for summaries kept in
 * case notes on LCS: the six headings of §1.7, with the practice guidance of §1.8–1.11 and the
 * general requirements of document 000.
 */
export const bradfordLcs: PackLayerInput = {
  id: "bradford-lcs",
  extends: "general-requirements",
  name: "Bradford Social Care case summary (LCS)",
  description:
    "Six headings from the Case Summary Practice Guidance for summaries kept in case notes on LCS. Due on first allocation, before transfer and before closure, and updated every 3 months or sooner if there are significant changes.",
  source: {
    document: "002",
    title: "Case Summary - Practice Guidance",
    issuer: "Bradford Social Care",
    system: "LCS",
  },
  reviewInterval: { days: 92, label: "3 months", citation: "002 §1.5" },
  sections: [
    {
      key: "pen-picture",
      heading: "Child's profile",
      aliases: [
        "Child profile",
        "[Child's Name] profile",
        "Profile of [Child's Name]",
        "Profile of the child",
        "Profile",
        "About [Child's Name]",
        "Who is [Child's Name]",
        "Pen picture",
      ],
      notes: [
        {
          text: "Provide an overview of the child and their situation – what is it that makes them unique and individual. Set out what is important to them and what we understand about their daily experiences. Be clear about their wishes and feelings.",
          citation: "002 §1.7(i)",
        },
        { text: "For a child with disability, include the diagnosis.", citation: "002 §1.7(i)" },
      ],
      rules: [
        { rule: "section-empty", citation: "002 §1.7(i)" },
        { rule: "child-voice", citation: "002 §1.7(i)" },
        { rule: "pen-picture-detail", citation: "002 §1.7(i)" },
        { rule: "section-too-long", citation: "002 §1.8", options: { maxWords: 500 } },
      ],
      prompts: [
        { text: "What makes [Child's Name] unique and individual?", citation: "002 §1.7(i)" },
        { text: "What is important to [Child's Name]?", citation: "002 §1.7(i)" },
        { text: "What do we understand about [Child's Name]'s daily experiences?", citation: "002 §1.7(i)" },
        { text: "What are [Child's Name]'s wishes and feelings?", citation: "002 §1.7(i)" },
        { text: "If [Child's Name] has a disability, is the diagnosis recorded?", citation: "002 §1.7(i)" },
      ],
    },
    {
      key: "background",
      heading: "Background information",
      aliases: ["Background", "Background history", "History", "Brief history", "Previous involvement"],
      notes: [
        {
          text: "Provide a brief summary of any previous involvements, any key events and dates. Set out any significant events that have impacted the child and family.",
          citation: "002 §1.7(ii)",
        },
        {
          text: "Each case summary should be a current reflection of what is happening for the individual child and family; it should not be repetitive or hold non relevant historical information. All previous case summaries will be evident in case notes.",
          citation: "002 §1.9",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "002 §1.7(ii)" },
        { rule: "chronology-dump", citation: "002 §1.8" },
        {
          rule: "analysis-missing",
          severity: "info",
          citation: "002 §1.7(ii)",
        },
        { rule: "section-too-long", citation: "002 §1.9", options: { maxWords: 400 } },
      ],
      prompts: [
        {
          text: "Which earlier events still matter for [Child's Name] today, and why?",
          citation: "002 §1.9",
        },
        {
          text: "How have significant events affected [Child's Name] and the family?",
          citation: "002 §1.7(ii)",
        },
      ],
    },
    {
      key: "involvement",
      heading: "Purpose of our involvement",
      aliases: [
        "Purpose of involvement",
        "The purpose of our involvement",
        "Reason for our involvement",
        "Why are we involved",
        "Our involvement",
        "Summary of our involvement",
      ],
      notes: [
        {
          text: "State briefly what is the purpose of our involvement with a child and their family? What are the key risks and what are we worried about? What is working well and what are the safety factors? What are we trying to achieve and how do we make this happen?",
          citation: "002 §1.7(iii)",
        },
        { text: "Record the legal status and any arrangements for contact.", citation: "002 §1.7(iii)" },
        {
          text: "Say where the most recent Child's Plan can be found, as well as any safety plans or risk assessments relevant to the current situation.",
          citation: "002 §1.7(iii)",
        },
        {
          text: "For a child with a disability, set out the care package and the personal budget details.",
          citation: "002 §1.7(iii)",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "002 §1.7(iii)" },
        { rule: "risks-and-strengths", citation: "002 §1.7(iii)" },
        { rule: "required-topic", citation: "002 §1.7(iii)", options: legalStatusTopic },
        { rule: "required-topic", citation: "002 §1.7(iii)", options: carePackageTopic },
        { rule: "required-topic", citation: "002 §1.7(iii)", options: contactArrangementsTopic },
        { rule: "required-topic", citation: "002 §1.7(iii)", options: planLocationTopic },
        { rule: "section-too-long", citation: "002 §1.8", options: { maxWords: 550 } },
      ],
      prompts: [
        { text: "What are we worried about for [Child's Name]?", citation: "002 §1.7(iii)" },
        { text: "What is working well, and what are the safety factors?", citation: "002 §1.7(iii)" },
        {
          text: "What are we trying to achieve for [Child's Name], and how will we make it happen?",
          citation: "002 §1.7(iii)",
        },
        {
          text: "Where can a colleague find the latest Child's Plan, safety plan and risk assessments?",
          citation: "002 §1.7(iii)",
        },
        {
          text: "If [Child's Name] has a disability, are the care package and personal budget set out?",
          citation: "002 §1.7(iii)",
        },
      ],
    },
    {
      key: "difference",
      heading: "Progress made / case update",
      aliases: [
        "Progress made",
        "Progress made and case update",
        "Case update",
        "Progress",
        "Update",
        "What has happened in the last 3 months",
        "What difference have we made for [Child's Name]",
      ],
      notes: [
        {
          text: "What has happened in the last 3 months? Note any key events. Are we making a difference for the child and their family? How do we know this (what is our evidence of changes or outcomes)? What has or hasn't changed? Why have things changed, or why haven't things changed? What is the child's experience?",
          citation: "002 §1.7(iv)",
        },
        {
          text: "A Case Summary should be a chance to critically reflect on whether we are making a difference for a child and why change is or is not happening. The why question is crucial because this will inform planning about what needs to happen next. If we can examine why there have been positive changes, this will help to understand what is needed to maintain these changes. If things are not changing and there continues to be concerns about a child's safety and wellbeing, or if things are deteriorating, then it is important to think about what needs to happen to address this. This should include rethinking the current plan and reflecting on the barriers to change and what can done to address these barriers or move forward in a different way. This analysis should also consider whether escalation of the current level of involvement with the family is required.",
          citation: "002 §1.10",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "002 §1.7(iv)" },
        { rule: "chronology-dump", citation: "002 §1.8" },
        { rule: "not-current", citation: "002 §1.9" },
        { rule: "evidence-missing", citation: "002 §1.7(iv)" },
        { rule: "analysis-missing", citation: "002 §1.10" },
        { takes: "plan-progress" },
        { takes: "engagement" },
        { takes: "new-issues" },
        { rule: "section-too-long", citation: "002 §1.8", options: { maxWords: 550 } },
      ],
      prompts: [
        { text: "Are we making a difference for [Child's Name] and the family?", citation: "002 §1.7(iv)" },
        { text: "How do we know? What is our evidence of changes or outcomes?", citation: "002 §1.7(iv)" },
        { text: "Why have things changed, or why haven't they?", citation: "002 §1.7(iv)" },
        { text: "What is [Child's Name]'s experience?", citation: "002 §1.7(iv)" },
        { text: "What is needed to keep the changes going?", citation: "002 §1.10" },
        {
          text: "What are the barriers to change, and how could we move forward differently?",
          citation: "002 §1.10",
        },
        { text: "Does our level of involvement need to be escalated?", citation: "002 §1.10" },
      ],
    },
    {
      key: "goals",
      heading: "Case goal and what needs to happen next?",
      aliases: [
        "Case goal and what needs to happen next",
        "Case goals and what needs to happen next",
        "Case goal",
        "Case goals",
        "Goals",
        "What needs to happen next",
        "Next steps",
      ],
      notes: [
        {
          text: "What are our goals for the child? Is the plan we have in place achieving these goals? If so, how do we continue to build on this? If not what needs to happen to achieve them? Be clear about any contingency plans if the proposed plan does not support change.",
          citation: "002 §1.7(v)",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "002 §1.7(v)" },
        { rule: "contingency-missing", citation: "002 §1.7(v)" },
        {
          rule: "timescales-missing",
          citation: "000 §What should be included(v)",
        },
        { takes: "review-dates" },
        { takes: "bottom-lines" },
        { rule: "section-too-long", citation: "002 §1.8", options: { maxWords: 500 } },
      ],
      prompts: [
        { text: "What are our goals for [Child's Name]?", citation: "002 §1.7(v)" },
        { text: "Is the plan achieving these goals? If not, what needs to happen?", citation: "002 §1.7(v)" },
        { text: "What happens if the plan does not support change?", citation: "002 §1.7(v)" },
        {
          text: "What is the focus of work for the next 3 months, and when are the key reviews?",
          citation: "000 §What should be included(v)",
        },
      ],
    },
    {
      key: "professionals",
      heading: "Involvements",
      aliases: [
        "Professionals",
        "Contacts",
        "Involvement",
        "Professional involvements",
        "Professionals involved",
        "Key professionals",
        "Key professionals involved",
        "Agencies involved",
      ],
      notes: [{ text: "List the key professionals and telephone numbers.", citation: "002 §1.7(vi)" }],
      rules: [
        { rule: "section-empty", citation: "002 §1.7(vi)" },
        { rule: "contact-unnamed", citation: "002 §1.7(vi)" },
        { rule: "contact-details-missing", citation: "002 §1.7(vi)" },
        { rule: "required-topic", citation: "002 §1.7(vi)", options: keyProfessionalsTopic },
        { takes: "family-network" },
      ],
      prompts: [
        {
          text: "Could a colleague reach every key professional from this list today?",
          citation: "002 §1.4",
        },
        {
          text: "Who provides what support to [Child's Name] and the family, and who in the family network matters?",
          citation: "000 §What should be included(iv)",
        },
      ],
    },
  ],
  rules: [
    { rule: "section-missing", citation: "002 §1.7" },
    { rule: "heading-changed", citation: "002 §1.7" },
    { rule: "heading-names-other-child", citation: "002 §1.9" },
    { rule: "section-order", citation: "002 §1.7" },
    { rule: "section-duplicate", citation: "002 §1.9" },
    { rule: "section-unknown", citation: "002 §1.7" },
    { rule: "not-individual", citation: "002 §1.9" },
    { rule: "placeholder-left", citation: "002 §1.7" },
    { rule: "jargon-unexplained", citation: "002 §1.4" },
    { rule: "child-name-missing", citation: "002 §1.9" },
    { rule: "summary-overdue", citation: "002 §1.5" },
    { rule: "readability", severity: "info", citation: "002 §1.2" },
  ],
  prompts: [
    {
      text: "Would a colleague covering in your absence know what is happening for [Child's Name] now, and what the plan is?",
      citation: "002 §1.4",
    },
    {
      text: "Is this a short, concise, analytical update rather than a record of events?",
      citation: "002 §1.2",
    },
    {
      text: "Is [Child's Name]'s case newly allocated, about to transfer or about to close? The summary must be updated first.",
      citation: "002 §1.6",
    },
    {
      text: "Does this say why we are involved with [Child's Name], what the recent key events have been and whether we are making a difference?",
      citation: "002 §1.1",
    },
    {
      text: "What else needs to be done for [Child's Name], and what else can be done?",
      citation: "002 §1.3",
    },
    {
      text: "Does this give the direction of our work and its impact, leaving the SMART detail to [Child's Name]'s Plan?",
      citation: "002 §1.11",
    },
  ],
};
