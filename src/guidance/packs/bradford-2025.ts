import type { PackLayerInput } from "../schema";
import {
  carePackageTopic,
  contactDetailsCheckedTopic,
  familyTimeTopic,
  keyProfessionalsTopic,
  legalStatusTopic,
  parentsCarersContactTopic,
} from "../vocabulary/required-topic";

/**
 * Child's Case Summary Practice Guidance, Bradford Children and Families Trust, January 2025
 * (document 004): the seven headings of §3.1, with the tips of §4 and the general requirements
 * of document 000. The default pack.
 */
export const bradford2025: PackLayerInput = {
  id: "bradford-2025",
  extends: "general-requirements",
  name: "Bradford Children and Families Trust (2025)",
  description:
    "Seven headings from the Child's Case Summary Practice Guidance issued in January 2025, with the pen picture in blue and the safety plan in red.",
  source: {
    document: "004",
    title: "Child's Case Summary Practice Guidance",
    issuer: "Bradford Children and Families Trust",
    system: "Case note log",
  },
  reviewInterval: { days: 92, label: "3 months", citation: "004 §2.2" },
  sections: [
    {
      key: "pen-picture",
      heading: "Pen Picture of the child",
      aliases: [
        "Pen Picture of [Child's Name]",
        "Pen Picture",
        "[Child's Name] Pen Picture",
        "Pen Picture of the young person",
        "Child's pen picture",
        "Who is [Child's Name]",
        "About [Child's Name]",
      ],
      notes: [
        {
          text: "This should be a pen picture of the child and what their day to day life is like; who they live with, who is important to them and who they spend time with, what makes them unique, are they a child with a disabilities? What does this mean for them.",
          citation: "004 §3.1(i)",
        },
        {
          text: "For young babies and children, include your observations of them, how do their parents/carers/family describe them?",
          citation: "004 §3.1(i)",
        },
        {
          text: "For older children and teenagers, include their hopes for the future and their aspirations.",
          citation: "004 §3.1(i)",
        },
        {
          text: "Where possible include the child's wishes and feelings setting out clearly what they want to happen. Where possible, this can be captured in the child's own words.",
          citation: "004 §3.1(i)",
        },
        { text: "This should be recorded in blue.", citation: "004 §3.1(i)" },
        {
          text: "The child's pen picture always stands out more if the child has helped you to write this.",
          citation: "004 §4.6",
        },
      ],
      colour: { hex: "#0000FF", name: "blue", citation: "004 §3.1(i)" },
      rules: [
        { rule: "section-empty", citation: "004 §3.1(i)" },
        { rule: "section-colour", citation: "004 §3.1(i)" },
        { rule: "child-voice", citation: "004 §3.1(i)" },
        { rule: "pen-picture-detail", citation: "004 §3.1(i)" },
        { rule: "section-too-long", citation: "004 §4.1", options: { maxWords: 500 } },
      ],
      prompts: [
        { text: "What makes [Child's Name] unique?", citation: "004 §1.1" },
        { text: "What is a day in [Child's Name]'s life like?", citation: "004 §3.1(i)" },
        { text: "What does [Child's Name] want to happen, in their own words?", citation: "004 §3.1(i)" },
        { text: "Has [Child's Name] helped you to write this?", citation: "004 §4.6" },
        {
          text: "Does [Child's Name] have a disability? What does it mean for them day to day?",
          citation: "004 §3.1(i)",
        },
      ],
    },
    {
      key: "background",
      heading: "Background information",
      aliases: ["Background", "Background history", "History", "Brief history", "Previous involvement"],
      notes: [
        {
          text: "This is a summary of previous support, any plans that have been in place and the difference that this made for the child.",
          citation: "004 §3.1(ii)",
        },
        {
          text: "Include here if there are any court orders in place about who the child should live with, spend time with and the arrangements for this.",
          citation: "004 §3.1(ii)",
        },
        {
          text: "This should be an analytical overview rather than a repeat of the chronology really thinking about what this all means for the child's lived experience and their journey.",
          citation: "004 §3.1(ii)",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "004 §3.1(ii)" },
        { rule: "chronology-dump", citation: "004 §3.1(ii)" },
        { rule: "analysis-missing", citation: "004 §3.1(ii)" },
        { rule: "section-too-long", citation: "004 §4.1", options: { maxWords: 500 } },
      ],
      prompts: [
        { text: "What difference did earlier support make for [Child's Name]?", citation: "004 §3.1(ii)" },
        {
          text: "So what does this history mean for [Child's Name]'s lived experience?",
          citation: "004 §3.1(ii)",
        },
        {
          text: "Are there court orders about who [Child's Name] lives with or spends time with?",
          citation: "004 §3.1(ii)",
        },
      ],
    },
    {
      key: "involvement",
      heading: "Summary of our involvement",
      aliases: [
        "Our involvement",
        "Summary of involvement",
        "Current involvement",
        "Reason for our involvement",
        "Why are we involved",
      ],
      notes: [
        {
          text: "Summarise the current referral and what is happening for the child now, including what are the risks, what are the protective factors and what are the strengths. This should include what factors are keeping the child safe and how do we know this. Include the type of plan that is in place to support the child and their family.",
          citation: "004 §3.1(iii)",
        },
        {
          text: "Explain what difference we hope to make for the child and their family and how will we make this happen.",
          citation: "004 §3.1(iii)",
        },
        {
          text: "Include any current legal status and any arrangements for family time.",
          citation: "004 §3.1(iii)",
        },
        {
          text: "For a child with a disability, set out the care package and the personal budget details.",
          citation: "004 §3.1(iii)",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "004 §3.1(iii)" },
        { rule: "risks-and-strengths", citation: "004 §3.1(iii)" },
        { rule: "required-topic", citation: "004 §3.1(iii)", options: legalStatusTopic },
        { rule: "required-topic", citation: "004 §3.1(iii)", options: carePackageTopic },
        { rule: "required-topic", citation: "004 §3.1(iii)", options: familyTimeTopic },
        { rule: "analysis-missing", citation: "004 §4.3" },
        { rule: "section-too-long", citation: "004 §4.1", options: { maxWords: 550 } },
      ],
      prompts: [
        { text: "What is keeping [Child's Name] safe, and how do we know?", citation: "004 §3.1(iii)" },
        {
          text: "What difference do we hope to make for [Child's Name], and how?",
          citation: "004 §3.1(iii)",
        },
        { text: "What are the risks, the protective factors and the strengths?", citation: "004 §3.1(iii)" },
        {
          text: "What is [Child's Name]'s legal status, and what are the arrangements for family time?",
          citation: "004 §3.1(iii)",
        },
        // Only a disabled child needs these, and the text cannot tell us reliably which child that is.
        {
          text: "If [Child's Name] has a disability, are the care package and the personal budget details set out?",
          citation: "004 §3.1(iii)",
        },
      ],
    },
    {
      key: "difference",
      heading: "What difference have we made for [Child's Name]?",
      aliases: [
        "What difference have we made",
        "What difference have we made for the child",
        "Difference we have made",
        "What has happened in the last 3 months",
        "Progress",
        "Progress made",
      ],
      notes: [
        {
          text: "What has happened in the last 3 months? Note any key events. How do we know from what is happening how we are making a difference for the child and their family? What is the evidence for this? Capture what has or has not changed and what this means for the child's experience.",
          citation: "004 §3.1(iv)",
        },
        {
          text: 'A child\'s case summary is your chance to critically reflect on whether we are making a difference for a child and why change is or is not happening. Asking "so what" will help us get the plan right and think about what needs to happen next.',
          citation: "004 §4.3",
        },
      ],
      rules: [
        { rule: "section-empty", citation: "004 §3.1(iv)" },
        { rule: "chronology-dump", citation: "004 §4.1" },
        { rule: "not-current", citation: "004 §4.4" },
        { rule: "evidence-missing", citation: "004 §3.1(iv)" },
        { rule: "analysis-missing", citation: "004 §4.3" },
        { takes: "plan-progress" },
        { takes: "engagement" },
        { takes: "new-issues" },
        { rule: "section-too-long", citation: "004 §4.1", options: { maxWords: 550 } },
      ],
      prompts: [
        { text: "Why has change happened?", citation: "004 §4.3" },
        { text: "Why hasn't it?", citation: "004 §4.3" },
        { text: "So what does this mean for [Child's Name]?", citation: "004 §4.3" },
        { text: "How do we know?", citation: "004 §3.1(iv)" },
      ],
    },
    {
      key: "goals",
      heading: "Goals and what needs to happen next?",
      aliases: [
        "Goals and what needs to happen next",
        "Goals",
        "What needs to happen next",
        "Next steps",
        "Plan and next steps",
      ],
      notes: [
        {
          text: "What are our goals for the child? Does the plan capture everything we think it needs to?",
          citation: "004 §3.1(v)",
        },
        {
          text: "Capture what the child and the family think about what should happen next. Be clear about any contingency plans should the proposed plan not support the change that is desired or expected.",
          citation: "004 §3.1(v)",
        },
        { text: "Be clear about timescales and how you will review the plan.", citation: "004 §3.1(v)" },
      ],
      rules: [
        { rule: "section-empty", citation: "004 §3.1(v)" },
        { rule: "timescales-missing", citation: "004 §3.1(v)" },
        { rule: "contingency-missing", citation: "004 §3.1(v)" },
        { rule: "family-view", citation: "004 §3.1(v)" },
        { takes: "review-dates" },
        { takes: "bottom-lines" },
        { rule: "section-too-long", citation: "004 §4.1", options: { maxWords: 500 } },
      ],
      prompts: [
        { text: "What happens if the plan does not work?", citation: "004 §3.1(v)" },
        { text: "What do [Child's Name] and the family think should happen next?", citation: "004 §3.1(v)" },
        { text: "By when, and how will the plan be reviewed?", citation: "004 §3.1(v)" },
      ],
    },
    {
      key: "safety-plan",
      heading: "[Child's Name] Safety Plan",
      aliases: ["Safety Plan", "Safety plan for [Child's Name]", "Child's Safety Plan", "The Safety Plan"],
      notes: [
        {
          text: "Be specific about how we are keeping the child safe, this should be a plan written jointly with the child's and their parents/carers. A safety plan is not a list of people involved but should be clear about what happens when a child is at risk of harm, what is in place and who is responsible for the action.",
          citation: "004 §3.1(vi)",
        },
        {
          text: "Capture the date the safety plan was agreed and how it was shared with the child and family. Also record when it was uploaded to forms.",
          citation: "004 §3.1(vi)",
        },
        { text: "This should be recorded in red.", citation: "004 §3.1(vi)" },
      ],
      colour: { hex: "#FF0000", name: "red", citation: "004 §3.1(vi)" },
      rules: [
        { rule: "section-empty", citation: "004 §3.1(vi)" },
        { rule: "not-current", citation: "004 §4.4", options: { kind: "safety-plan" } },
        { rule: "section-colour", citation: "004 §3.1(vi)" },
        // When it was uploaded to forms is asked as a prompt, not a finding: managers reviewing
        // the corpus never raised it, and a missing upload date is not a weakness in the plan.
        {
          rule: "safety-plan-specific",
          citation: "004 §3.1(vi)",
          options: { uploadedPhrases: [] },
        },
      ],
      prompts: [
        { text: "Who does what when [Child's Name] is at risk of harm?", citation: "004 §3.1(vi)" },
        {
          text: "When was the plan agreed, and how was it shared with [Child's Name] and the family?",
          citation: "004 §3.1(vi)",
        },
        { text: "When was the plan uploaded to forms?", citation: "004 §3.1(vi)" },
      ],
    },
    {
      key: "contacts",
      heading: "[Child's Name] Family Contact Details and Professional Involvements",
      aliases: [
        "Contacts",
        "Professionals",
        "Professionals involved",
        "Contacts and professionals",
        "Family Contact Details and Professional Involvements",
        "Contact Details and Professional Involvements",
        "Family contact details",
        "Contact details",
        "Professional involvements",
        "Key professionals",
      ],
      notes: [
        {
          text: "Record the contact details for the child's parent/carers and other family members or friends who are relevant to the child. Check that these are the most up to date details as this is essential information for our emergency duty team who may need this information out of hours.",
          citation: "004 §3.1(vii)",
        },
        { text: "List the key professionals and telephone number/emails.", citation: "004 §3.1(vii)" },
      ],
      rules: [
        { rule: "section-empty", citation: "004 §3.1(vii)" },
        { rule: "contact-unnamed", citation: "004 §3.1(vii)" },
        { rule: "contact-details-missing", citation: "004 §3.1(vii)" },
        { rule: "required-topic", citation: "004 §3.1(vii)", options: parentsCarersContactTopic },
        { rule: "required-topic", citation: "004 §3.1(vii)", options: keyProfessionalsTopic },
        {
          rule: "required-topic",
          severity: "info",
          citation: "004 §3.1(vii)",
          options: contactDetailsCheckedTopic,
        },
        { takes: "family-network" },
      ],
      prompts: [
        {
          text: "Could the emergency duty team reach the family tonight with these details?",
          citation: "004 §3.1(vii)",
        },
        {
          text: "Have you checked that these are the most up-to-date details?",
          citation: "004 §3.1(vii)",
        },
        {
          text: "Is every key professional listed with a telephone number or email?",
          citation: "004 §3.1(vii)",
        },
        {
          text: "Who in the family network matters to [Child's Name]?",
          citation: "000 §What should be included(iv)",
        },
      ],
    },
  ],
  rules: [
    { rule: "section-missing", citation: "004 §3.1" },
    { rule: "heading-changed", citation: "004 §3.1" },
    { rule: "heading-names-other-child", citation: "004 §4.2" },
    { rule: "section-order", citation: "004 §3.1" },
    { rule: "section-duplicate", citation: "004 §4.4" },
    { rule: "section-unknown", citation: "004 §3.1" },
    { rule: "not-individual", citation: "004 §4.2" },
    { rule: "placeholder-left", citation: "004 §3.1" },
    { rule: "jargon-unexplained", citation: "004 §4.5" },
    { rule: "child-name-missing", citation: "004 §4.2" },
    { rule: "summary-overdue", citation: "004 §2.2" },
    { rule: "readability", severity: "info", citation: "004 §1.2" },
  ],
  prompts: [
    { text: "If [Child's Name] reads this as an adult, will they understand it?", citation: "004 §4.5" },
    {
      text: "Would someone else reading this know what is happening for [Child's Name] now, and what the plan is?",
      citation: "004 §4.5",
    },
    { text: "Is this summary current, or has new information been added to old?", citation: "004 §4.4" },
    {
      text: "Does this tell [Child's Name] who is working with them and their family, what support they are offered and by whom?",
      citation: "004 §1.1",
    },
    {
      text: "Has [Child's Name] just been allocated a worker? The summary should be completed now.",
      citation: "004 §2.2",
    },
    {
      text: "Has anything significant changed in [Child's Name]'s life? Update the summary now, not only every 3 months.",
      citation: "004 §2.2",
    },
    {
      text: "Is [Child's Name] about to be allocated a different worker, or is support ending and the record closing? Update the summary first.",
      citation: "004 §2.2",
    },
    {
      text: "Is this summary above [Child's Name]'s case note log, where anyone opening the record will see it?",
      citation: "004 §2.1",
    },
    {
      text: "Does this summary do its own job, an overview of what is happening and why, rather than repeating the Child's Plan, the assessment or the chronology?",
      citation: "004 §4.7",
    },
  ],
};
