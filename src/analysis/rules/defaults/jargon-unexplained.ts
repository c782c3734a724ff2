/**
 * Acronyms for the jargon-unexplained check (004 §4.5: "If the child reads this as an adult, will
 * they understand it?"). The rule's defaults: a pack overrides any of them by name.
 * `expansion` is what the acronym stands for, written as the fix inserts it; `variants` are other
 * ways of writing it out that count as explaining it. An acronym with a digit (S47) is found in any
 * case; the others only in capitals, so that "Da" or "pep" are not taken for acronyms.
 */
export interface AcronymEntry {
  term: string;
  expansion: string;
  variants?: string[];
  /** Words that make `expansion` the meaning, where the acronym has others. */
  when?: string[];
  /** Other meanings, with the words in a summary that show each is meant. */
  senses?: { expansion: string; when: string[] }[];
}

/** Words that show a summary is about a disabled child's care and health. */
const DISABILITY_CONTEXT = [
  "disabilit*",
  "disabled",
  "wheelchair",
  "physio*",
  "mobility",
  "splint*",
  "hoist",
  "care package",
  "short break*",
  "direct payment*",
  "personal budget",
  "Children with Disabilities",
];

const acronyms: AcronymEntry[] = [
  { term: "CIN", expansion: "Child in Need", variants: ["children in need", "child-in-need"] },
  {
    term: "CP",
    expansion: "Child Protection",
    when: ["protection plan", "CP plan", "conference", "core group", "category of", "ICPC", "RCPC"],
    senses: [
      {
        expansion: "cerebral palsy",
        when: [
          "wheelchair",
          "physio*",
          "mobility",
          "splint*",
          "hoist",
          "spastic",
          "hemipleg*",
          "dipleg*",
          "quadripleg*",
          "seizure*",
        ],
      },
    ],
  },
  { term: "CPP", expansion: "Child Protection Plan" },
  {
    term: "CLA",
    expansion: "Child Looked After",
    variants: ["children looked after", "looked after child", "looked-after child", "looked after children"],
  },
  {
    term: "LAC",
    expansion: "Looked After Child",
    variants: ["looked-after child", "looked after children", "looked-after children", "child looked after"],
  },
  { term: "PLO", expansion: "Public Law Outline" },
  { term: "ICPC", expansion: "Initial Child Protection Conference" },
  { term: "RCPC", expansion: "Review Child Protection Conference", variants: ["review conference"] },
  {
    term: "S47",
    expansion: "Section 47",
    variants: ["child protection enquiry", "child protection enquiries"],
  },
  { term: "S17", expansion: "Section 17" },
  { term: "S20", expansion: "Section 20", variants: ["accommodated with parental agreement"] },
  {
    term: "CAMHS",
    expansion: "Child and Adolescent Mental Health Services",
    variants: ["child and adolescent mental health service"],
  },
  {
    term: "EHCP",
    expansion: "Education, Health and Care Plan",
    variants: ["education health and care plan"],
  },
  { term: "SGO", expansion: "Special Guardianship Order" },
  { term: "IRO", expansion: "Independent Reviewing Officer" },
  { term: "EDT", expansion: "Emergency Duty Team" },
  { term: "DA", expansion: "domestic abuse" },
  { term: "DV", expansion: "domestic violence" },
  { term: "CSE", expansion: "Child Sexual Exploitation" },
  { term: "CCE", expansion: "Child Criminal Exploitation" },
  { term: "MASH", expansion: "Multi-Agency Safeguarding Hub", variants: ["multi agency safeguarding hub"] },
  { term: "SDQ", expansion: "Strengths and Difficulties Questionnaire" },
  { term: "PEP", expansion: "Personal Education Plan" },
  { term: "TAF", expansion: "Team Around the Family" },
  {
    term: "CYPS",
    expansion: "Children and Young People's Service",
    variants: ["children and young people's services"],
  },
  { term: "LADO", expansion: "Local Authority Designated Officer" },
  {
    term: "MARAC",
    expansion: "Multi-Agency Risk Assessment Conference",
    variants: ["multi agency risk assessment conference"],
  },
  {
    term: "IDVA",
    expansion: "Independent Domestic Violence Adviser",
    variants: ["independent domestic violence advisor"],
  },
  { term: "EHA", expansion: "Early Help Assessment" },
  { term: "FGC", expansion: "Family Group Conference" },
  { term: "PR", expansion: "Parental Responsibility" },
  { term: "ICO", expansion: "Interim Care Order" },
  { term: "EPO", expansion: "Emergency Protection Order" },
  { term: "CAO", expansion: "Child Arrangements Order" },
  { term: "CAFCASS", expansion: "Children and Family Court Advisory and Support Service" },
  { term: "YOT", expansion: "Youth Offending Team" },
  { term: "YJS", expansion: "Youth Justice Service" },
  { term: "SEND", expansion: "special educational needs and disabilities" },
  {
    term: "SENCO",
    expansion: "Special Educational Needs Co-ordinator",
    variants: ["special educational needs coordinator"],
  },
  { term: "DSL", expansion: "Designated Safeguarding Lead" },
  { term: "HV", expansion: "Health Visitor" },
  {
    term: "UASC",
    expansion: "Unaccompanied Asylum-Seeking Child",
    variants: ["unaccompanied asylum seeking child"],
  },
  { term: "NFA", expansion: "No Further Action" },
  {
    term: "PA",
    expansion: "Personal Adviser",
    variants: ["personal advisor"],
    when: ["pathway plan", "leaving care", "care leaver*", "leaving-care"],
    senses: [{ expansion: "personal assistant", when: DISABILITY_CONTEXT }],
  },
  { term: "OT", expansion: "Occupational Therapist", variants: ["occupational therapy"] },
  { term: "SALT", expansion: "Speech and Language Therapy", variants: ["speech and language therapist"] },
  {
    term: "LD",
    expansion: "learning disability",
    variants: ["learning disabilities", "learning difficulties"],
  },
  { term: "CWD", expansion: "Children with Disabilities", variants: ["children with disabilities team"] },
  { term: "SEN", expansion: "Special Educational Needs" },
  { term: "PRU", expansion: "Pupil Referral Unit" },
  { term: "RHI", expansion: "Return Home Interview", variants: ["return home interviews"] },
  { term: "BTP", expansion: "British Transport Police" },
  { term: "ADHD", expansion: "Attention Deficit Hyperactivity Disorder" },
  { term: "PECS", expansion: "Picture Exchange Communication System" },
  { term: "DBS", expansion: "Disclosure and Barring Service" },
  { term: "EH", expansion: "Early Help" },
  { term: "ASD", expansion: "Autism Spectrum Disorder", variants: ["autistic spectrum disorder"] },
  { term: "MH", expansion: "mental health" },
  { term: "FSW", expansion: "Family Support Worker" },
  { term: "SW", expansion: "social worker" },
];

export const jargonUnexplainedOptions = {
  acronyms,
  /**
   * Abbreviations most adults understand without help; never reported, even if a council adds them
   * to the list above. ADHD is here: it is widely used and understood in everyday speech.
   */
  everyday: [
    "GP",
    "NHS",
    "A&E",
    "ADHD",
    "UK",
    "TV",
    "PE",
    "GCSE",
    "GCSEs",
    "SATs",
    "ID",
    "OK",
    "MP",
    "PC",
    "BBC",
    "DVD",
    "CCTV",
    "BMX",
    "PlayStation",
  ],
};
