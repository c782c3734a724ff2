import { widerFamily } from "./people";

/**
 * Topics that document 000 requires in every summary, whatever the template, for the
 * required-topic check. Data only: each is a topic key, the words that show it is covered, and
 * the message to the worker ({child} is replaced with the child's name).
 */

/** 000 §What should be included(iii): "including the child and family's engagement with the intervention". */
export const engagementTopic = {
  topic: "engagement",
  phrases: [
    "engag*",
    "disengag*",
    "attend*",
    "did not attend",
    "missed",
    "cooperat*",
    "co-operat*",
    "uncooperative",
    "worked with",
    "working with",
    "works with",
    "took part",
    "taken part",
    "takes part",
    "participat*",
    "accepted",
    "declined",
    "refused",
    "commit*",
    "motivat*",
    "willing*",
    "unwilling*",
    "reluctan*",
    "open and honest",
    "kept appointments",
    "home visits",
    "let me in",
    "answered the door",
  ],
  message:
    "Say how {child} and the family have engaged with the work: what they have taken part in, what they have found hard or refused, and what that tells us about the plan.",
};

/** 000 §What should be included(i): "specifically linking progress to the actions and outcomes of the plan". */
export const planProgressTopic = {
  topic: "plan-progress",
  phrases: [
    "the plan",
    "plan's",
    "child's plan",
    "CIN plan",
    "child in need plan",
    "child protection plan",
    "care plan",
    "pathway plan",
    "safety plan",
    "action*",
    "outcome*",
    "goal*",
    "target*",
    "achieved",
    "not yet achieved",
    "on track",
    "completed",
    // Progress told as what was done and what changed is linked to the plan's actions, even
    // when the word "plan" is not used: "the bolt was fitted", "attendance is now 98%".
    "progress*",
    "difference",
    "agreed",
    "review*",
    "core group",
    "attended",
    "attendance",
    "engaged",
    "improv*",
    "changed",
    "fitted",
    "started",
    "referred",
  ],
  message:
    "Link what has happened to {child}'s plan: which actions are done, which outcomes are met or not yet met, and why.",
};

/** 000 §What should be included(iv): "other agencies involved … as well as key members of the Family Network". */
export const familyNetworkTopic = {
  topic: "family-network",
  phrases: [
    "family network",
    "wider family",
    "extended family",
    "family friend*",
    "friend*",
    "neighbour*",
    ...widerFamily,
    "cousin*",
    "sister*",
    "brother*",
    "sibling*",
    "half-brother*",
    "half-sister*",
    "stepmum",
    "stepdad",
    "step-mum",
    "step-dad",
    "stepmother",
    "stepfather",
    "godparent*",
    "godmother",
    "godfather",
    "kinship",
    "connected person",
    "connected carer*",
  ],
  message:
    "Name the key members of {child}'s family network (grandparents, aunts and uncles, family friends) and how to reach them, not only parents and professionals.",
};

/** 000 §What should be included(vi): "Any bottom lines (i.e. any definite no's) and the contingency plan should these occur." */
export const bottomLinesTopic = {
  topic: "bottom-lines",
  phrases: [
    "bottom line*",
    "non-negotiable*",
    "non negotiable*",
    "not negotiable",
    "definite no*",
    "red line*",
    "must not",
    "must never",
    "will not be allowed",
    "is not allowed",
    "are not allowed",
    "not acceptable",
    "unacceptable",
    "will not be tolerated",
    "cannot happen",
    "can't happen",
    "under no circumstances",
  ],
  message:
    "Say what the bottom lines are for {child} (anything that must not happen, such as unsupervised contact) and what will happen if they are crossed.",
};

/** 000 §What should be included(v): "the focus of work for the forthcoming 3 months and … key dates for upcoming reviews". */
export const reviewDatesTopic = {
  topic: "review-dates",
  phrases: [
    "next review",
    "review date*",
    "review is on",
    "review on",
    "review meeting",
    "reviewed on",
    "next core group",
    "core group on",
    "core group meeting",
    "next conference",
    "review conference",
    "review child protection conference",
    "CIN review",
    "child in need review",
    "looked after review",
    "looked-after review",
    "CLA review",
    "LAC review",
    "permanence review",
    "panel on",
    "next three months",
    "next 3 months",
    "coming three months",
    "coming 3 months",
    "forthcoming",
    "next twelve weeks",
    "next 12 weeks",
  ],
  message:
    "Set out the focus of the work with {child} for the next 3 months and the dates of the upcoming reviews (core group, conference or review meeting).",
};

/**
 * 000 §What should be included(ii): "highlight new issues that have emerged, both strengths as
 * well as concerns, and reflect how these have been dealt with".
 */
export const newIssuesTopic = {
  topic: "new-issues",
  /** What is new, worry or strength: any one of these. */
  phrases: [
    "new concern*",
    "new worr*",
    "new issue*",
    "new referral",
    "a further",
    "another incident",
    "concern*",
    "worr*",
    "risk*",
    "incident*",
    "difficult*",
    "struggl*",
    "deteriorat*",
    "not yet",
    "has not",
    "hasn't",
    "have not",
    "haven't",
    // The strengths, which 000 asks for "as well as concerns". Either side shows the worker has
    // said what is new; that both are there is a judgement the pane's prompts ask about.
    "new strength*",
    "strength*",
    "going well",
    "working well",
    "positive*",
    "improv*",
    "progress*",
    "better",
    "proud",
    "achiev*",
    "settled",
    "more confident",
    "protective",
  ],
  message:
    "Say what is new since the last summary for {child}: new strengths as well as new worries, how they were dealt with and what they mean for the plan.",
};

/**
 * 004 §3.1(iii), 002 §1.7(iii): "For a child with a disability, set out the care package and the
 * personal budget details." Asked only where the summary mentions a disability.
 */
export const carePackageTopic = {
  topic: "care-package",
  onlyWhen: [
    "disabilit*",
    "disabled",
    "autis*",
    "ASD",
    "cerebral palsy",
    "learning difficult*",
    "learning disabilit*",
    "Down syndrome",
    "Down's syndrome",
    "global developmental delay",
    "sensory impairment",
    "visually impaired",
    "hearing impaired",
    "deaf",
    "blind",
    "wheelchair",
    "complex needs",
    "complex health needs",
    "life-limiting",
    "EHCP",
    "education, health and care plan",
  ],
  phrases: [
    "care package",
    "package of care",
    "personal budget",
    "direct payment*",
    "short break*",
    "respite",
  ],
  andPhrases: [
    "personal budget",
    "direct payment*",
    "budget",
    "funded",
    "funding",
    "per week",
    "a week",
    "£",
  ],
  message:
    "{child}'s summary mentions a disability: set out the care package and the personal budget details (what support, how often, and how it is funded).",
};

/*
 * Topics that document 002 §1.7(iii) and document 004 §3.1(iii) both ask for under the
 * involvement heading, in nearly the same words: "Record the legal status and any arrangements
 * for contact" (002) and "Include any current legal status and any arrangements for family time"
 * (004).
 */

/** 002 §1.7(iii), 004 §3.1(iii): the child's current legal status. */
export const legalStatusTopic = {
  topic: "legal-status",
  phrases: [
    "legal status",
    "legal order*",
    "no order*",
    "court order*",
    "care order",
    "interim care order",
    "supervision order",
    "placement order",
    "child arrangements order",
    "special guardianship",
    "care proceedings",
    "pre-proceedings",
    "PLO",
    "section 17",
    "section 20",
    "section 31",
    "s17",
    "s20",
    "s31",
    "child in need",
    "child protection plan",
    "accommodated",
    "looked after",
  ],
  message:
    "Record {child}'s legal status (for example child in need under section 17, a child protection plan, section 20 or a care order).",
};

const familyTimePhrases = [
  "contact",
  "family time",
  "time with",
  "spends time with",
  "spend time with",
  "sees",
  "visits",
  "overnight*",
  "stays with",
];

/** 002 §1.7(iii): "any arrangements for contact". */
export const contactArrangementsTopic = {
  topic: "contact-arrangements",
  phrases: familyTimePhrases,
  message:
    "Record the arrangements for {child}'s contact with family: who, how often and whether it is supervised, or that there are none.",
};

/** 004 §3.1(iii): "any arrangements for family time", as 004 words it. */
export const familyTimeTopic = {
  topic: "family-time",
  phrases: familyTimePhrases,
  message:
    "Record the arrangements for {child}'s family time: who {child} spends time with, how often, where and whether it is supervised, or that there are none.",
};

/*
 * The contacts heading: 004 §3.1(vii) asks for the family's details AND the key professionals'
 * (002 §1.7(vi) and 003 ask for the professionals). A telephone number alone (contact-details-missing)
 * does not show both are there.
 */

/** 004 §3.1(vii): "Record the contact details for the child's parent/carers". */
export const parentsCarersContactTopic = {
  topic: "parents-carers",
  phrases: [
    "mum",
    "mother",
    "dad",
    "father",
    "parent*",
    "stepmum",
    "stepdad",
    "step-mum",
    "step-dad",
    "stepmother",
    "stepfather",
    "carer*",
    "foster carer*",
    "kinship carer*",
    "special guardian*",
    "guardian*",
    "adoptive parent*",
  ],
  message:
    "Add the contact details for {child}'s parents or carers: the emergency duty team may need to reach them out of hours.",
};

/** 004 §3.1(vii), 002 §1.7(vi), 003 §Key professionals involved: "List the key professionals". */
export const keyProfessionalsTopic = {
  topic: "key-professionals",
  phrases: [
    "social worker*",
    "family support worker*",
    "early help",
    "personal adviser",
    "independent reviewing officer",
    "IRO",
    "teacher*",
    "head teacher",
    "headteacher",
    "SENCO",
    "learning mentor",
    "designated safeguarding lead",
    "DSL",
    "school",
    "nursery",
    "college",
    "GP",
    "health visitor",
    "school nurse",
    "midwife",
    "paediatrician",
    "CAMHS",
    "mental health",
    "therapist",
    "counsellor",
    "police",
    "probation",
    "youth justice",
    "youth offending",
    "YOT",
    "housing",
    "drug and alcohol",
    "substance misuse",
    "domestic abuse service",
    "advocate",
    "solicitor",
    "guardian ad litem",
    "Cafcass",
    "worker",
    "officer",
    "practitioner",
    "service",
  ],
  message:
    "List the key professionals working with {child} and the family (social worker, school, health and any other service), each with a telephone number or email.",
};

/**
 * 004 §3.1(vii): "Check that these are the most up to date details". The guidance asks the
 * worker to check rather than to write it down, so packs use this at info: saying when the
 * details were checked shows a duty worker they can rely on them.
 */
export const contactDetailsCheckedTopic = {
  topic: "details-checked",
  phrases: [
    "checked",
    "confirmed",
    "verified",
    "up to date",
    "up-to-date",
    "correct as of",
    "correct as at",
    "correct on",
    "last updated",
    "updated on",
  ],
  message:
    'Say when {child}\'s contact details were last checked (for example "Details checked with Mum on 28 October 2026"), so the emergency duty team knows they are up to date.',
};
