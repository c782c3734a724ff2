import { heading, paragraph, type DocumentSnapshot, type SnapshotParagraph } from "../src/analysis/snapshot";
import { countWords } from "../src/analysis/language";
import { defaultPack } from "../src/analysis/built-in-packs";

/**
 * A fictional caseload for the report's benchmark: every child has their own names, family,
 * school and town, and their summary is put together from sentences chosen, ordered and filled in
 * differently for each child, so no two summaries share long passages except the few true sibling
 * pairs, where a brother's or sister's summary is written from the other's with the names changed
 * and only the pen picture their own. Deterministic: the same seed gives the same caseload.
 */

export const CASELOAD_TODAY = "2026-12-01";

const FIRST_NAMES = (
  "Maya Kai Amelia Noah Isla Leo Ava Oscar Freya Arlo Zara Ibrahim Poppy Yusuf Ella Theo Aisha Jack " +
  "Ruby Harrison Layla Mason Evie Reggie Hafsa Finley Sienna Musa Lily Alfie Maryam Tommy Grace " +
  "Ayaan Daisy Kacper Willow Bilal Phoebe Stanley Eman Riley Nadia Logan Matilda Zain Esme Toby " +
  "Amira Jayden Mia Ethan Sofia Hamza Chloe Lewis Jessica Adam Hollie Kian Aleena Bobby Imogen Dylan " +
  "Safa Archie Lacey Tyler Anaya Owen Scarlett Zak Millie Ronnie Inaya Callum Hannah Ismail Lola " +
  "Jenson Keira Aaron Maisie Umar Tilly Connor Alisha Ollie Erin Rayyan Niamh Frankie Halima Luca"
).split(" ");
const NAME_ENDINGS = ["", "-Jay", "-Rae", "-Leigh", "-Mai", "-Lou", "-Ann"];
/** Brothers' and sisters' names end otherwise, so they are nobody else's in the caseload either. */
const SIBLING_ENDINGS = ["-May", "-Jo", "-Belle", "-Ray", "-Dee", "-Jon", "-Lyn"];
const SURNAMES = (
  "Thompson Khan Hussain Smith Ahmed Walker Patel Wood Ali Robinson Begum Clarke Wright Shah Taylor " +
  "Mahmood Green Kowalski Hall Iqbal Turner Nowak Hughes Akhtar Lee Bibi Jackson Rashid Wilson Moore"
).split(" ");
const CARERS =
  "Sarah Kelly Shazia Joanne Nasreen Emma Gemma Farzana Lisa Amina Claire Rachel Samina Donna".split(" ");
const GRANDPARENTS = "Pauline Maureen Tariq Brenda Shirley Yasmin Derek Jean Abdul Linda".split(" ");
const SCHOOLS = (
  "Oakfield Primary|Greenhill Academy|St Mary's Primary|Westbourne Primary|Beckfoot Academy|" +
  "Lister Primary|Holycroft Primary|Thornton Grammar|Dixons Academy|Carrwood Primary"
).split("|");
const TOWNS = "Bradford Keighley Shipley Bingley Ilkley Queensbury Thornton Baildon Wibsey Allerton".split(
  " ",
);
const WORKERS = "Jo Brennan|Sam Okafor|Priya Desai|Tom Hargreaves|Hannah Fisher|Imran Qureshi".split("|");
const HOBBIES = (
  "swimming|drawing horses|football|gymnastics|baking with Nan|dancing|Minecraft|reading comics|" +
  "cycling|singing|Lego|karate|fishing with Grandad|drama club|the trampoline|painting|cricket|" +
  "looking after the rabbit|the school choir|boxing club"
).split("|");
const FEELINGS = "worried|anxious|upset|frightened|cross|sad|unsettled|confused".split("|");
const GOOD_FEELINGS = "happy|safe|settled|calm|proud|relaxed|listened to|more confident".split("|");
const SERVICES = (
  "the community mental health team|Early Help|the school nurse|CAMHS|the health visitor|" +
  "the drug and alcohol service|Women's Aid|the housing officer|the family support worker|the GP"
).split("|");
const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);
const NUMBERS = "two three four five six".split(" ");

interface Child {
  first: string;
  surname: string;
  age: number;
  carer: string;
  sibling: string;
  siblingAge: number;
  grandparent: string;
  school: string;
  town: string;
  worker: string;
  /** The day the summary was last brought up to date. */
  updated: string;
}

/** The sentences each section is written from: {slots} are filled for the child, {a|b} is one of the choices. */
const SECTION_SENTENCES: Record<string, string[]> = {
  "pen-picture": [
    "{first} is {an} {age}-year-old who {loves|enjoys|talks a lot about|is keen on} {hobby} and {hobby}.",
    "{first} {lives|has lived since {month} {year}} with {their} {mum|mother}, {carer}, and {their} {brother|sister} {sibling}, aged {siblingAge}, in {a two-bedroom flat|a terraced house|a council house} in {town}.",
    "{first} attends {school}, where {their} teacher describes {them} as {kind|funny|quiet but thoughtful|keen to help|a good friend to others}.",
    "{their} {nan|grandparent}, {grandparent}, is {very important|a big part of life} to {them} and {first} stays {there} {most weekends|every other weekend|on Fridays}.",
    '{first} told me, "I like it when {Mum|my mum} is well because we {go to the park|make tea together|watch films} after school."',
    "When I visited on {day} {month} {year}, {first} showed me {their} {drawings|bedroom|new bike|school books} and talked about {hobby}.",
    "{first} says {their} best friend is {friend}, who {lives nearby|is in the same class|goes to {hobby} too}.",
    "{first} can be {feeling} when plans change, and {their} {mum|carer} {carer} has learned to explain things to {them} {in advance|one step at a time|with pictures}.",
  ],
  background: [
    "Children's social care first became involved in {month} {year} after {school|the police|the health visitor|a neighbour} raised concerns about {concern}.",
    "{carer} has a history of {poor mental health|depression|alcohol misuse|domestic abuse from a former partner} going back to {year}.",
    "{first}'s father, {dad}, {has not seen {them} since {year}|sees {them} at weekends|lives in {town} and phones on {weekday}s}.",
    "There were {number} previous referrals, in {year} and {year}, which were closed after {assessment|support from Early Help|a single assessment}.",
    "The family moved to {town} in {month} {year} to be closer to {grandparent}.",
    "{sibling} has {asthma|additional needs|a speech delay|no health concerns} and {sees the school nurse|has an education plan|is doing well at nursery}.",
  ],
  involvement: [
    "Since {month} {year} the {Child in Need (CIN)|child protection} plan has focused on {focus} and on {focus}.",
    "{carer} has {engaged well with|attended most appointments with|found it hard to keep in touch with} {service}.",
    "I have visited {first} {number} times in the last three months, {twice|once|each time} seeing {them} alone at {school|home|the park}.",
    "{service} {began|finished|continued} work with the family in {month} {year}.",
    "In {month} the core group met and agreed {number} new actions about {focus}.",
    "{first}'s attendance was {pct}% in {month}, and school have put in {a breakfast club place|a key adult|a reduced timetable|mentoring}.",
    "{grandparent} has {collected the children from school|helped with bedtimes|had the children to stay} {every week|when needed|on {weekday}s}.",
  ],
  difference: [
    "This matters for {first} because when {carer} is unwell, {first} {takes on caring for {sibling}|misses school|stays up late|worries at night}.",
    "We know this is working because {first}'s attendance has {risen|gone up} from {pct}% to {pct}% this term, which {school} confirmed.",
    "So what does this mean for {first}? {first} {is more settled|sleeps better|is less worried about {their} mum|has made new friends} and says {they} {feel} {goodFeeling}.",
    "{school} report {fewer late marks|better concentration|fewer arguments in class|more homework handed in} since {month}.",
    "{first} has joined {the after-school {hobby} club|a {hobby} group in {town}|the youth club} and goes {every week|most weeks}.",
    "The main worry remains that {carer} may {stop taking {their2} medication|start drinking again|let {dad} back into the house}, as happened in {year}.",
  ],
  goals: [
    "{first} will {attend school every day|see {grandparent} each weekend|keep going to {hobby}} and {their} attendance will be above {pct}% by {month} {year}.",
    "{carer} will {keep every appointment with|stay in touch with|tell us if {they2} stop seeing} {service} until {month} {year}.",
    "The plan will be reviewed at the next {CIN review|core group|review conference} on {day} {month} {year}.",
    "{worker} will {visit every two weeks|see {first} alone at each visit|meet {school} each half term} and {record {first}'s views|share the plan with the family}.",
    "By {month} {year}, {carer} and {worker} will {agree a routine for mornings|finish the parenting course|set up the housing move}.",
    "If the plan does not keep {first} safe, we will {hold a strategy discussion|consider a child protection enquiry|ask for a legal planning meeting}.",
  ],
  "safety-plan": [
    "If {carer} becomes unwell, {grandparent} will collect the children and call the duty team on 01274 {phone}.",
    "The safety plan was agreed with {first}, {carer} and {grandparent} on {day} {month} {year} and a copy was given to each of them.",
    "{first} knows that {they} can {ring {grandparent}|tell {teacher} at school|go next door to {neighbour}} if {they} {feel} {feeling}.",
    "{dad} {must not come to the house|will only see the children at {grandparent}'s|has agreed not to drink before contact}.",
    "{carer} has agreed to {keep the front door locked at night|tell {worker} about any new partner|take {their2} medication each morning}.",
    "The plan will be checked at each visit by {worker}, who will ask {first} {how it is working|whether {they} {feel} {goodFeeling}}.",
  ],
  contacts: [
    "Mother: {carer} {surname}, 07{phone}{phone}.",
    "{nan|Grandparent}: {grandparent} {surname}, 01274 {phone}.",
    "School: {school}, designated safeguarding lead {teacher}, 01274 {phone}.",
    "Social worker: {worker}, Bradford Children and Families Trust, 01274 {phone}.",
    "{service}: {professional}, 01274 {phone}.",
    "GP: {town} Medical Practice, 01274 {phone}.",
  ],
};

/**
 * A deterministic pseudo-random stream (mulberry32): numbers in [0, 1). Children's streams must
 * not be one stream shifted, as a plain LCG's are, or two children would share whole paragraphs.
 */
function random(seed: number): () => number {
  let state = Math.imul(seed, 0x9e3779b9) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

function childOf(index: number, next: () => number): Child {
  const updatedDaysAgo = Math.floor(next() * 140) + 1;
  const updated = new Date(Date.UTC(2026, 11, 1) - updatedDaysAgo * 86_400_000);
  return {
    // Each child's name is their own in the caseload: a name shared with an unrelated child would
    // make the two share every sentence a template and the name make between them.
    first: `${FIRST_NAMES[index % FIRST_NAMES.length]!}${NAME_ENDINGS[Math.floor(index / FIRST_NAMES.length) % NAME_ENDINGS.length]!}`,
    surname: pick(next, SURNAMES),
    age: 3 + Math.floor(next() * 14),
    carer: pick(next, CARERS),
    sibling: `${FIRST_NAMES[(index + 41) % FIRST_NAMES.length]!}${SIBLING_ENDINGS[Math.floor(index / FIRST_NAMES.length) % SIBLING_ENDINGS.length]!}`,
    siblingAge: 1 + Math.floor(next() * 15),
    grandparent: pick(next, GRANDPARENTS),
    school: pick(next, SCHOOLS),
    town: pick(next, TOWNS),
    worker: pick(next, WORKERS),
    updated: `${updated.getUTCDate()} ${MONTHS[updated.getUTCMonth()]} ${updated.getUTCFullYear()}`,
  };
}

/** One sentence for the child: choices made and slots filled by the stream. */
function fill(template: string, child: Child, next: () => number): string {
  const slots: Record<string, () => string> = {
    first: () => child.first,
    surname: () => child.surname,
    age: () => String(child.age),
    an: () => ([8, 11, 18].includes(child.age) ? "an" : "a"),
    carer: () => child.carer,
    sibling: () => child.sibling,
    siblingAge: () => String(child.siblingAge),
    grandparent: () => child.grandparent,
    school: () => child.school,
    town: () => child.town,
    worker: () => child.worker,
    they: () => "they",
    they2: () => "they",
    them: () => "them",
    their: () => "their",
    their2: () => "her",
    feel: () => "feel",
    hobby: () => pick(next, HOBBIES),
    feeling: () => pick(next, FEELINGS),
    goodFeeling: () => pick(next, GOOD_FEELINGS),
    service: () => pick(next, SERVICES),
    month: () => pick(next, MONTHS),
    weekday: () => pick(next, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
    day: () => String(1 + Math.floor(next() * 28)),
    year: () => String(2019 + Math.floor(next() * 8)),
    pct: () => String(60 + Math.floor(next() * 40)),
    number: () => pick(next, NUMBERS),
    phone: () => String(100000 + Math.floor(next() * 899999)),
    friend: () => pick(next, FIRST_NAMES),
    dad: () => pick(next, ["Darren", "Imran", "Lee", "Tariq", "Craig", "Piotr", "Wayne"]),
    teacher: () => `${pick(next, ["Mrs", "Mr", "Ms", "Miss"])} ${pick(next, SURNAMES)}`,
    neighbour: () => pick(next, CARERS),
    professional: () => `${pick(next, CARERS)} ${pick(next, SURNAMES)}`,
    concern: () =>
      pick(next, [
        "attendance",
        "bruising",
        "neglect at home",
        "arguments at home",
        "Mum's drinking",
        "missing meals",
      ]),
    focus: () =>
      pick(next, [
        "Mum's mental health support",
        "routines at home",
        "school attendance",
        "keeping the children safe from Dad",
        "the family's housing",
        "bedtimes and mornings",
      ]),
    Mum: () => "Mum",
  };
  // Innermost braces first, so a choice may hold a slot and a slot may sit in a choice.
  let text = template;
  for (let pass = 0; pass < 4 && text.includes("{"); pass++) {
    text = text.replace(/\{([^{}]*)\}/g, (_, inner: string) => {
      if (inner.includes("|")) return pick(next, inner.split("|"));
      const slot = slots[inner];
      return slot ? slot() : inner;
    });
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A section's paragraphs of about `words` words: its sentences in an order of the child's own, two or three to a paragraph. */
function sectionText(key: string, child: Child, words: number, next: () => number): string[] {
  const templates = SECTION_SENTENCES[key] ?? SECTION_SENTENCES.involvement!;
  const paragraphs: string[] = [];
  let written = 0;
  while (written < words) {
    const count = 2 + Math.floor(next() * 2);
    const text = Array.from({ length: count }, () => fill(pick(next, templates), child, next)).join(" ");
    written += countWords(text);
    paragraphs.push(text);
  }
  return paragraphs;
}

function summaryOf(child: Child, sections: Map<string, string[]>): DocumentSnapshot {
  const paragraphs: SnapshotParagraph[] = [
    paragraph(`Case summary for ${child.first} ${child.surname}`),
    paragraph(`Updated: ${child.updated}`),
  ];
  for (const section of defaultPack.sections) {
    paragraphs.push(heading(section.heading.split("[Child's Name]").join(child.first)));
    for (const text of sections.get(section.key) ?? [])
      paragraphs.push(paragraph(text, { colour: section.colour?.hex ?? null }));
  }
  return { paragraphs };
}

/** Swaps two first names throughout: a brother's summary made from his sister's. */
const swapNames = (text: string, a: string, b: string) =>
  text
    .split(a)
    .map((part) => part.split(b).join("\u0000"))
    .join(b)
    .split("\u0000")
    .join(a);

/**
 * `count` summaries of about `words` words each. Every `siblingEvery`th is the previous child's
 * brother or sister, written from that summary with the names changed and a pen picture of their own.
 */
export function generateCaseload(count: number, words: number, siblingEvery = 50): DocumentSnapshot[] {
  const summaries: DocumentSnapshot[] = [];
  let previous: { child: Child; sections: Map<string, string[]> } | null = null;
  // Paragraphs are added until a section reaches its share, so each runs a little over.
  const perSection = Math.round((words * 0.9) / defaultPack.sections.length);
  for (let i = 0; i < count; i++) {
    const next = random(i + 1);
    if (previous && i % siblingEvery === siblingEvery - 1) {
      const elder = previous.child;
      const child: Child = {
        ...elder,
        first: elder.sibling,
        sibling: elder.first,
        age: elder.siblingAge,
        siblingAge: elder.age,
      };
      const sections = new Map(
        [...previous.sections].map(([key, texts]) => [
          key,
          key === "pen-picture"
            ? sectionText(key, child, perSection, next)
            : texts.map((t) => swapNames(t, elder.first, child.first)),
        ]),
      );
      summaries.push(summaryOf(child, sections));
      previous = null;
      continue;
    }
    const child = childOf(i, next);
    const sections = new Map(
      defaultPack.sections.map((s) => [s.key, sectionText(s.key, child, perSection, next)] as const),
    );
    summaries.push(summaryOf(child, sections));
    previous = { child, sections };
  }
  return summaries;
}

/** How many sibling pairs generateCaseload writes into `count` summaries. */
export const siblingPairsIn = (count: number, siblingEvery = 50) => Math.floor(count / siblingEvery);
