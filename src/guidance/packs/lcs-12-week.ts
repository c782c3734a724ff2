import type { PackLayerInput } from "../schema";
import { keyProfessionalsTopic } from "../vocabulary/required-topic";

/*
 * The topics below are particular to document 003 (its seven Current Situation questions, the
 * risks to professionals, the plan types it names), so they live with this pack rather than in the
 * shared vocabulary.
 */

/**
 * 003 §Pen Picture asks for a description of the child and their likes and dislikes, not who they
 * live with or their school (those are under Current Situation), so only that topic applies here.
 */
const penPictureTopics = {
  onlyTopics: ["unique"],
};

const understandsPlanTopic = {
  topic: "child-understanding",
  phrases: [
    "understand*",
    "recognis*",
    "aware",
    "knows why",
    "knows that",
    "makes sense",
    "explained",
    "agrees",
    "disagrees",
    "does not accept",
    "doesn't accept",
    // 003 asks for "their views of the current situation": the child's own account is that view.
    "get why",
    "gets why",
    "thinks",
    "her view*",
    "his view*",
    "their view*",
    "in her words",
    "in his words",
    "in their words",
    "told me",
    "says",
  ],
  message:
    "Say what {child} thinks of the current situation: do they recognise the risks to themselves and understand the plan?",
};

const originalReferralTopic = {
  topic: "original-referral",
  phrases: [
    "referr*",
    "open to",
    "known to",
    "involved since",
    "first became involved",
    "became involved",
    "since",
  ],
  message: "Say briefly what the original referral for {child} was and how long we have been involved.",
};

const planTypeTopic = {
  topic: "plan-type",
  phrases: [
    "CIN",
    "child in need",
    "CP",
    "CP plan",
    "child protection",
    "PLO",
    "public law outline",
    "pre-proceedings",
    "proceedings",
    "care plan",
    "pathway plan",
    "supervision order",
    "care order",
    "interim care order",
  ],
  message:
    "Say which plan {child} has: child in need, child protection, PLO (public law outline), proceedings, a care or pathway plan, or a supervision order.",
};

const planReasonTopic = {
  topic: "plan-reason",
  phrases: [
    "because",
    "due to",
    "reason*",
    "following",
    "as a result",
    "concerns about",
    "worried about",
    "so that",
    "in order to",
    // What the plan is for says why there is one: "The plan is to help him stay at Ashgrove".
    "to help",
    "to support",
    "to keep",
    "aim*",
    "purpose",
    "risk*",
    "concern*",
    "worr*",
  ],
  message: "Say in a sentence why {child} has this plan: the concern it is there to address.",
};

const planLocationTopic = {
  topic: "plan-location",
  phrases: [
    "can be found",
    "is found",
    "on LCS",
    "saved",
    "uploaded",
    "stored",
    "held in",
    "held on",
    "filed",
    "documents tab",
  ],
  message: "Say where the current plan for {child} can be found on LCS rather than repeating it here.",
};

/** The seven questions under 003 §Current Situation, in the guidance's order. */
const parentalResponsibilityTopic = {
  topic: "parental-responsibility",
  phrases: ["parental responsibility", "PR"],
  message: "Say who has parental responsibility (PR) for {child}.",
};

const livesWithTopic = {
  topic: "lives-with",
  phrases: [
    "lives with",
    "living with",
    "lives alone",
    "resides with",
    "in the care of",
    "cared for by",
    "placed with",
    "stays with",
    "is living",
    // Asked as the template's own question, with the answer beside it.
    "live with",
    "lives at home with",
  ],
  message: "Say who {child} lives with.",
};

const placementTopic = {
  topic: "placement",
  phrases: [
    "placement",
    "placed",
    "foster*",
    "kinship",
    "connected person*",
    "residential",
    "children's home",
    "family home",
    "at home",
    "supported accommodation",
    "supported lodgings",
    "semi-independent",
    "special guardian*",
    "secure unit",
  ],
  message:
    "Say where {child} lives and the type of placement (for example at home with parents, kinship care, foster care or a children's home).",
};

const visitingFrequencyTopic = {
  topic: "visiting-frequency",
  phrases: ["visit*", "seen every", "seen weekly", "seen fortnightly", "seen monthly", "statutory visit*"],
  message: "Say how often {child} is visited, for example every 4 weeks, and by whom.",
};

const courtOrdersTopic = {
  topic: "court-orders",
  phrases: [
    "court",
    "orders",
    "no order",
    "care order",
    "interim care order",
    "supervision order",
    "placement order",
    "child arrangements order",
    "special guardianship order",
    "non-molestation order",
    "prohibited steps order",
    "proceedings",
  ],
  message: "Say whether there are any court orders for {child}, and which; if there are none, say so.",
};

const contactArrangementsTopic = {
  topic: "contact-arrangements",
  phrases: [
    "contact",
    "family time",
    "spends time with",
    "spend time with",
    "sees",
    "overnight*",
    "video call*",
    "phone call*",
  ],
  message:
    "Set out {child}'s contact arrangements: with whom, how often, where and whether supervised, or that there is none.",
};

const schoolTopic = {
  topic: "school",
  phrases: [
    "school",
    "nursery",
    "pre-school",
    "college",
    "academy",
    "sixth form",
    "pupil referral unit",
    "PRU",
    "alternative provision",
    "home educated",
    "home-educated",
    "elective home education",
    "apprenticeship",
    "university",
    "not in education",
    "NEET",
  ],
  message: "Say where {child} goes to school, nursery or college, or that they are not in education.",
};

/** 003 asks the summary to identify risk and harm; strengths and the plan type are asked for elsewhere. */
const risksOnly = {
  onlyTopics: ["risks"],
};

const safetyPlanTopic = {
  topic: "safety-plan",
  phrases: [
    "safety plan",
    "safety planning",
    "risk management plan",
    "will ring",
    "will call",
    "will phone",
    "will contact",
    "will report",
    "will tell",
  ],
  message:
    "Set out {child}'s safety plan: what happens when {child} is at risk, and who does what. If it is a separate document, say where it is.",
};

const risksToProfessionalsTopic = {
  topic: "risks-to-professionals",
  phrases: [
    "risk to professionals",
    "risks to professionals",
    "risk to staff",
    "risks to staff",
    "risk to workers",
    "professionals",
    "visit alone",
    "visiting alone",
    "lone work*",
    "joint visit*",
    "visit in pairs",
    "double-staffed",
    "double staffed",
    "worker safety",
  ],
  message:
    'Say whether there are any risks to professionals visiting {child} and why (for example "do not visit alone"), or that none are known.',
};

const emergencyContactTopic = {
  topic: "emergency-contact",
  phrases: [
    "emergency",
    "out of hours",
    "back up carer*",
    "back-up carer*",
    "backup carer*",
    "alternative carer*",
    "contacted",
  ],
  message:
    "Say who could care for {child} or be contacted in an emergency if the plan breaks down, with their contact details.",
};

/**
 * Case Summary Guidance (12-week review), for summaries kept on LCS (document 003): eight
 * headings, updated every 12 weeks, with the general requirements of document 000.
 */
export const lcs12Week: PackLayerInput = {
  id: "lcs-12-week",
  extends: "general-requirements",
  name: "LCS case summary (12-week review)",
  description:
    "Eight headings from the Case Summary Guidance for LCS, updated every 12 weeks or sooner if significant events take place or circumstances change. For children looked after and care leavers reviewed less often, update it after every review.",
  source: {
    document: "003",
    title: "Case Summary Guidance",
    issuer: "Children's Social Care (LCS)",
    system: "LCS",
  },
  reviewInterval: { days: 84, label: "12 weeks", citation: "003 §Case Summary Guidance(i)" },
  sections: [
    {
      key: "background",
      heading: "Brief history",
      aliases: [
        "Brief history (original referral/duration of involvement)",
        "History",
        "Background",
        "Background information",
        "Background history",
        "Original referral",
      ],
      notes: [
        {
          text: "(original referral/duration of involvement) – short statement and avoid long cut and paste from previous documents",
          citation: "003 §Brief history",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "003 §Brief history" },
        { rule: "required-topic", citation: "003 §Brief history", options: originalReferralTopic },
        { rule: "chronology-dump", citation: "003 §Brief history" },
        { rule: "section-too-long", citation: "003 §Brief history", options: { maxWords: 250 } },
      ],
      prompts: [
        {
          text: "What was the original referral for [Child's Name], and how long have we been involved?",
          citation: "003 §Brief history",
        },
        {
          text: "Could this be said in a short statement instead of pasted text?",
          citation: "003 §Brief history",
        },
      ],
    },
    {
      key: "pen-picture",
      heading: "Pen Picture",
      aliases: [
        "Pen Picture of [Child's Name]",
        "[Child's Name] Pen Picture",
        "Pen Picture of the child",
        "Pen Picture of the young person",
        "About [Child's Name]",
        "Who is [Child's Name]",
      ],
      notes: [
        {
          text: "a description of the child, their likes and dislikes, this will provide evidence of the child being the centre of the work we do and their journey.",
          citation: "003 §Pen Picture",
        },
        {
          text: "Include if child has a disability, diagnosis, communication methods and any care packages received.",
          citation: "003 §Pen Picture",
        },
        {
          text: "This should include their views of the current situation i.e. does a young person recognise the risks to themselves and/or understand the plan.",
          citation: "003 §Pen Picture",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "003 §Pen Picture" },
        { rule: "child-voice", citation: "003 §Pen Picture" },
        { rule: "pen-picture-detail", citation: "003 §Pen Picture", options: penPictureTopics },
        { rule: "required-topic", citation: "003 §Pen Picture", options: understandsPlanTopic },
        { rule: "section-too-long", citation: "003 §Case Summary Guidance(ii)", options: { maxWords: 500 } },
      ],
      prompts: [
        { text: "What are [Child's Name]'s likes and dislikes?", citation: "003 §Pen Picture" },
        { text: "Does this show [Child's Name] at the centre of our work?", citation: "003 §Pen Picture" },
        {
          text: "If [Child's Name] has a disability, are the diagnosis, communication methods and care package recorded?",
          citation: "003 §Pen Picture",
        },
        {
          text: "Does [Child's Name] recognise the risks to themselves and understand the plan? What are their views?",
          citation: "003 §Pen Picture",
        },
      ],
    },
    {
      key: "current-plan",
      heading: "Current plan and reason for it",
      aliases: [
        "Current plan",
        "Current plan and reason",
        "The current plan",
        "Plan and reason for it",
        "Type of plan",
      ],
      notes: [
        {
          text: "CIN, CP, PLO, Proceedings, Care or pathway plan, Supervision order. Be brief and refer to where other documents can be found e.g. current plan and where it could be found on LCS",
          citation: "003 §Current plan and reason for it",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "003 §Current plan and reason for it" },
        { rule: "required-topic", citation: "003 §Current plan and reason for it", options: planTypeTopic },
        { rule: "required-topic", citation: "003 §Current plan and reason for it", options: planReasonTopic },
        {
          rule: "required-topic",
          citation: "003 §Current plan and reason for it",
          options: planLocationTopic,
        },
        { takes: "review-dates" },
        {
          rule: "section-too-long",
          citation: "003 §Current plan and reason for it",
          options: { maxWords: 250 },
        },
      ],
      prompts: [
        {
          text: "Which plan is [Child's Name] on, and why?",
          citation: "003 §Current plan and reason for it",
        },
        {
          text: "Where on LCS can the current plan be found?",
          citation: "003 §Current plan and reason for it",
        },
        {
          text: "What is the focus of work for the next 3 months, and when are the key reviews?",
          citation: "000 §What should be included(v)",
        },
      ],
    },
    {
      key: "current-situation",
      heading: "Current Situation",
      aliases: [
        "Current situation for [Child's Name]",
        "[Child's Name] current situation",
        "Situation now",
        "Current circumstances",
      ],
      notes: [
        { text: "Who has PR?", citation: "003 §Current Situation(i)" },
        { text: "Who does the child live with?", citation: "003 §Current Situation(ii)" },
        { text: "Where the child lives and placement type", citation: "003 §Current Situation(iii)" },
        { text: "Frequency of visiting", citation: "003 §Current Situation(iv)" },
        { text: "Any court orders", citation: "003 §Current Situation(v)" },
        { text: "Contact arrangements", citation: "003 §Current Situation(vi)" },
        { text: "Where the child goes to school", citation: "003 §Current Situation(vii)" },
      ],
      rules: [
        { rule: "section-empty", citation: "003 §Current Situation" },
        {
          rule: "required-topic",
          citation: "003 §Current Situation(i)",
          options: parentalResponsibilityTopic,
        },
        { rule: "required-topic", citation: "003 §Current Situation(ii)", options: livesWithTopic },
        { rule: "required-topic", citation: "003 §Current Situation(iii)", options: placementTopic },
        { rule: "required-topic", citation: "003 §Current Situation(iv)", options: visitingFrequencyTopic },
        { rule: "required-topic", citation: "003 §Current Situation(v)", options: courtOrdersTopic },
        { rule: "required-topic", citation: "003 §Current Situation(vi)", options: contactArrangementsTopic },
        { rule: "required-topic", citation: "003 §Current Situation(vii)", options: schoolTopic },
        { rule: "section-too-long", citation: "003 §Case Summary Guidance(ii)", options: { maxWords: 400 } },
      ],
      prompts: [
        {
          text: "Who has parental responsibility for [Child's Name]?",
          citation: "003 §Current Situation(i)",
        },
        { text: "Who does [Child's Name] live with?", citation: "003 §Current Situation(ii)" },
        {
          text: "Where does [Child's Name] live, and what type of placement is it?",
          citation: "003 §Current Situation(iii)",
        },
        { text: "How often is [Child's Name] visited?", citation: "003 §Current Situation(iv)" },
        { text: "Are there any court orders?", citation: "003 §Current Situation(v)" },
        { text: "What are [Child's Name]'s contact arrangements?", citation: "003 §Current Situation(vi)" },
        { text: "Where does [Child's Name] go to school?", citation: "003 §Current Situation(vii)" },
      ],
    },
    {
      key: "risks",
      heading: "Risk Factors/Analysis/Impact on the child/Safety Plan",
      aliases: [
        "Risk Factors, Analysis, Impact on the child and Safety Plan",
        "Risk Factors/Analysis/Impact on [Child's Name]/Safety Plan",
        "Risk factors and analysis",
        "Risk factors",
        "Risk analysis",
        "Risks",
        "Risk and safety plan",
        "Risks and safety plan",
        "Safety Plan",
      ],
      notes: [
        {
          text: "e.g. of DV episode / parent drinking / MH episode/CSE/Missing; Are there any risks to professionals and why? E.g. do not visit alone",
          citation: "003 §Risk Factors",
        },
        {
          text: "Every child has an up to date case summary and analysis that clearly identifies risk and harm, which is clear and concise.",
          citation: "003 §Case Summary Guidance(ii)",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "003 §Risk Factors" },
        { rule: "chronology-dump", citation: "003 §Risk Factors" },
        {
          rule: "risks-and-strengths",
          citation: "003 §Case Summary Guidance(ii)",
          options: risksOnly,
        },
        { rule: "analysis-missing", citation: "003 §Risk Factors" },
        // 003 names the safety plan but none of 004's detail (date agreed, how shared, uploaded), so
        // safety-plan-specific would ask for more than this guidance does.
        { rule: "required-topic", citation: "003 §Risk Factors", options: safetyPlanTopic },
        { rule: "required-topic", citation: "003 §Risk Factors", options: risksToProfessionalsTopic },
        { rule: "section-too-long", citation: "003 §Case Summary Guidance(ii)", options: { maxWords: 550 } },
      ],
      prompts: [
        {
          text: "What are the risks to [Child's Name], and what harm could they cause?",
          citation: "003 §Case Summary Guidance(ii)",
        },
        { text: "What is the impact on [Child's Name]?", citation: "003 §Risk Factors" },
        { text: "What does the safety plan say happens, and who does what?", citation: "003 §Risk Factors" },
        {
          text: "Are there any risks to professionals, and why? Should anyone not visit alone?",
          citation: "003 §Risk Factors",
        },
      ],
    },
    {
      key: "difference",
      heading: "Progress against the plan",
      aliases: [
        "Progress against plan",
        "Progress against the child's plan",
        "Progress",
        "Progress made",
        "Progress and outcomes",
        "Outcomes and progress",
      ],
      notes: [
        {
          text: "Highlight any outcomes and progress achieved by the family.",
          citation: "003 §Progress against the plan",
        },
        {
          text: "The summary should provide a succinct summary of the work undertaken, specifically linking progress to the actions and outcomes of the plan",
          citation: "000 §What should be included(i)",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "003 §Progress against the plan" },
        {
          rule: "chronology-dump",
          citation: "003 §Progress against the plan",
        },
        { rule: "not-current", citation: "003 §Case Summary Guidance(i)" },
        {
          rule: "evidence-missing",
          citation: "003 §Progress against the plan",
        },
        {
          rule: "analysis-missing",
          citation: "000 §What should be included(iii)",
        },
        { takes: "plan-progress" },
        { takes: "engagement" },
        { takes: "new-issues" },
        { rule: "section-too-long", citation: "003 §Case Summary Guidance(ii)", options: { maxWords: 500 } },
      ],
      prompts: [
        {
          text: "What outcomes and progress has the family achieved?",
          citation: "003 §Progress against the plan",
        },
        {
          text: "How does this progress link to the actions of the plan?",
          citation: "000 §What should be included(i)",
        },
        {
          text: "How have [Child's Name] and the family engaged with the plan?",
          citation: "000 §What should be included(iii)",
        },
      ],
    },
    {
      key: "contingency",
      heading: "Contingency Plan",
      aliases: ["Contingency", "Contingency plans", "Contingency arrangements", "Back up plan", "Plan B"],
      notes: [
        {
          text: "e.g. details of back up carers for LAC who has been assessed as a suitable alternative carer (with checks) include who could be contacted in an emergency with contact details). Safety plan following a DA incident, risk management plan",
          citation: "003 §Contingency Plan",
        },
        {
          text: "Any bottom lines (i.e. any definite no's) and the contingency plan should these occur.",
          citation: "000 §What should be included(vi)",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "003 §Contingency Plan" },
        {
          rule: "contingency-missing",
          citation: "003 §Contingency Plan",
        },
        { rule: "required-topic", citation: "003 §Contingency Plan", options: emergencyContactTopic },
        { takes: "bottom-lines" },
        { rule: "section-too-long", citation: "003 §Case Summary Guidance(ii)", options: { maxWords: 400 } },
      ],
      prompts: [
        {
          text: "What happens for [Child's Name] if the current plan breaks down?",
          citation: "003 §Contingency Plan",
        },
        {
          text: "Who could care for [Child's Name] or be contacted in an emergency, and how?",
          citation: "003 §Contingency Plan",
        },
        {
          text: "What are the bottom lines, and what happens if they are crossed?",
          citation: "000 §What should be included(vi)",
        },
      ],
    },
    {
      key: "professionals",
      heading: "Key professionals involved",
      aliases: [
        "Professionals",
        "Contacts",
        "Key professionals",
        "Professionals involved",
        "Key professionals involved with telephone numbers",
        "Professional involvements",
        "Involvements",
        "Agencies involved",
      ],
      notes: [{ text: "with telephone numbers", citation: "003 §Key professionals involved" }],
      rules: [
        { rule: "section-empty", citation: "003 §Key professionals involved" },
        { rule: "contact-unnamed", citation: "003 §Key professionals involved" },
        {
          rule: "contact-details-missing",
          citation: "003 §Key professionals involved",
        },
        {
          rule: "required-topic",
          citation: "003 §Key professionals involved",
          options: keyProfessionalsTopic,
        },
        { takes: "family-network" },
      ],
      prompts: [
        {
          text: "Is there a telephone number for every professional listed?",
          citation: "003 §Key professionals involved",
        },
        {
          text: "Who provides what support to [Child's Name] and the family, and who in the family network matters?",
          citation: "000 §What should be included(iv)",
        },
      ],
    },
  ],
  rules: [
    { rule: "section-missing", citation: "003 §Case Summary Guidance" },
    { rule: "heading-changed", citation: "003 §Case Summary Guidance" },
    { rule: "heading-names-other-child", citation: "003 §Case Summary Guidance" },
    { rule: "section-order", citation: "003 §Case Summary Guidance" },
    { rule: "section-duplicate", citation: "003 §Case Summary Guidance(ii)" },
    { rule: "section-unknown", citation: "003 §Case Summary Guidance" },
    { rule: "placeholder-left", citation: "003 §Case Summary Guidance" },
    {
      rule: "jargon-unexplained",
      citation: "000 §The Purpose of Case Summaries(iv)",
    },
    { rule: "child-name-missing", citation: "003 §Case Summary Guidance(ii)" },
    { rule: "summary-overdue", citation: "003 §Case Summary Guidance(i)" },
    {
      rule: "readability",
      severity: "info",
      citation: "003 §Case Summary Guidance(ii)",
    },
  ],
  prompts: [
    {
      text: "Does this summary clearly identify the risk and harm to [Child's Name]?",
      citation: "003 §Case Summary Guidance(ii)",
    },
    {
      text: "Could a manager or duty worker who does not know [Child's Name] quickly find the plan, the progress and the issues?",
      citation: "000 §The Purpose of Case Summaries(iv)",
    },
    {
      text: "Has anything significant happened since the last update? The summary should be updated then, not only every 12 weeks.",
      citation: "003 §Case Summary Guidance(i)",
    },
    {
      text: "Is [Child's Name] looked after or a care leaver whose case is reviewed less often than every 12 weeks? Then update this summary after every review.",
      citation: "003 §Case Summary Guidance(i)",
    },
  ],
};
