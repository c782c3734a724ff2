import nlp from "compromise";
import { onForgetReadings } from "../language";

/**
 * Reading a sentence for what it says, not which words it uses: compromise tags each word (part
 * of speech, tense, negation, dates) and gives its root ("hoping" → hope), and the questions
 * below ask of that structure. A sentence is tagged once however many checks ask, and the
 * tagging is kept for sentences seen before, so re-checking as the worker types re-reads only
 * what changed.
 */

export interface Term {
  text: string;
  /** Lower case, with a contraction's hidden word written out ("doesn't" gives "does", "not"). */
  normal: string;
  /** The dictionary form: "hoping" → "hope", "copies" → "copy"; the normal form where there is none. */
  root: string;
  tags: ReadonlySet<string>;
  /** Offsets in the sentence. */
  start: number;
  end: number;
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  implicit?: string;
  root?: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

/**
 * compromise's last step groups the words into noun and verb phrases ("chunks"), which nothing
 * here reads (not a tag, root or offset changes without it), and it is a fifth of the tagging's
 * time. This module is the only one that uses compromise.
 */
const world = nlp.world() as { hooks: string[] };
world.hooks = world.hooks.filter((hook) => hook !== "chunks");

const CACHE_LIMIT = 5_000;
const cache = new Map<string, Term[]>();
onForgetReadings(() => cache.clear());

/** The words of one sentence, tagged. */
export function readSentence(text: string): Term[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const terms = text.length <= MAX_PIECE ? tagPiece(text, 0) : tagInPieces(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, terms);
  return terms;
}

/**
 * compromise's own sentence splitter backtracks on a long run of punctuation (40,000 full stops
 * took seconds), so no more than this many characters go to it at once; a longer "sentence" (no
 * sentence a person writes is this long) is read in pieces cut at a space where there is one.
 */
const MAX_PIECE = 1_000;

function tagInPieces(text: string): Term[] {
  const terms: Term[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_PIECE);
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      if (space > start + MAX_PIECE / 2) end = space;
    }
    terms.push(...tagPiece(text.slice(start, end), start));
    start = end;
  }
  return terms;
}

function tagPiece(text: string, offset: number): Term[] {
  const document = nlp(text);
  document.compute("root");
  const sentences = document.json({ offset: true, terms: { normal: true } }) as { terms: CompromiseTerm[] }[];
  const terms: Term[] = [];
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      const normal = (term.implicit ?? term.normal ?? term.text).toLowerCase();
      const start = offset + (term.offset?.start ?? 0);
      terms.push({
        text: term.text,
        normal,
        root: term.root || normal,
        tags: new Set(term.tags ?? []),
        start,
        end: start + (term.offset?.length ?? term.text.length),
      });
    }
  }
  return terms;
}

const has = (term: Term | undefined, tag: string): boolean => term?.tags.has(tag) ?? false;

/** Words that deny what follows, beyond the ones the tagger marks: "unable to", "cannot". */
const DENIALS = new Set([
  "not",
  "never",
  "no",
  "unable",
  "cannot",
  "can't",
  "nothing",
  "nobody",
  "neither",
  "nor",
  "without",
]);
/** Where a clause ends, looking back: a denial before one of these belongs to another clause. */
const CLAUSE_BREAKS = new Set([
  "but",
  "and",
  "although",
  "though",
  "however",
  "whereas",
  "while",
  "because",
  "so",
]);

/** Whether the word at `index` is denied within its clause ("does not want", "is unable to express"). */
export function isDenied(terms: readonly Term[], index: number, reach = 5): boolean {
  for (let i = index - 1; i >= 0 && i >= index - reach; i--) {
    const term = terms[i]!;
    if (CLAUSE_BREAKS.has(term.normal) || /[,;:.!?]$/.test(term.text)) return false;
    if (has(term, "Negative") || DENIALS.has(term.normal)) return true;
  }
  return false;
}

/** "If …", "Unless …", "Should Dad return …", "In the event that …", "Were Mum to …", "Where …,". */
function conditionStart(terms: readonly Term[]): number {
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const opensClause = i === 0 || /[,;:]$/.test(terms[i - 1]!.text) || terms[i - 1]!.normal === "and";
    if (term.normal === "if" || term.normal === "unless") return i;
    if (term.normal === "event" && terms[i - 1]?.normal === "the" && terms[i - 2]?.normal === "in") return i;
    // Inversion: "Should Dad return", "Were Mum to relapse"; "where" opening a clause.
    if (opensClause && (term.normal === "should" || term.normal === "were") && has(terms[i + 1], "Noun"))
      return i;
    if (i === 0 && term.normal === "where") return i;
  }
  return -1;
}

const MODALS = new Set(["will", "would", "shall", "must", "'ll"]);
const OBLIGATIONS = new Set(["need", "needs", "have", "has", "is", "are"]);

/** Whether some word from `from` on says something will be done: "we will hold", "Nan would ring", "we need to seek". */
function actionAfter(terms: readonly Term[], from: number): boolean {
  for (let i = from; i < terms.length; i++) {
    const term = terms[i]!;
    const isModal =
      MODALS.has(term.normal) || (has(term, "Modal") && term.normal !== "should" && term.normal !== "could");
    const isObligation = OBLIGATIONS.has(term.normal) && terms[i + 1]?.normal === "to";
    if (!isModal && !isObligation) continue;
    // The verb follows within a few words ("will then be asked to", "would immediately ring").
    for (let j = i + 1; j < Math.min(terms.length, i + 5); j++) {
      if (has(terms[j], "Verb") && !isDenied(terms, j, 2)) return true;
    }
  }
  return false;
}

/**
 * A conditional with an action: "If Wayne returns, we will hold a strategy discussion the same
 * day"; "Should Dad drink again, Mum would ring 999"; "We will seek legal advice if …". With
 * `when`, "when"/"whenever"/"as soon as" open a condition too, as they do in a safety plan.
 */
/** Good news in a condition: "If Maya's attendance improves, we will close the case" is no plan B. */
const IMPROVING = new Set([
  "settled",
  "stable",
  "well",
  "improve",
  "progress",
  "succeed",
  "sustain",
  "maintain",
  "achieve",
  "stabilise",
  "stabilize",
  "settle",
]);

/** Whether the condition that starts at `start` (to the next comma) hopes for things going well. */
function hopesForBetter(terms: readonly Term[], start: number): boolean {
  for (let i = start + 1; i < terms.length; i++) {
    const term = terms[i]!;
    if ((IMPROVING.has(term.root) || IMPROVING.has(term.normal)) && !isDenied(terms, i)) return true;
    if (/[,;:]$/.test(term.text)) break;
  }
  return false;
}

export function isConditionalAction(
  sentence: string,
  options: { when?: boolean; setbacksOnly?: boolean } = {},
): boolean {
  const terms = readSentence(sentence);
  let start = conditionStart(terms);
  if (start < 0 && options.when) {
    start = terms.findIndex(
      (t) =>
        t.normal === "when" ||
        t.normal === "whenever" ||
        (t.normal === "soon" && terms[terms.indexOf(t) - 1]?.normal === "as"),
    );
  }
  if (start < 0) return false;
  if (options.setbacksOnly && hopesForBetter(terms, start)) return false;
  // The action may come before the condition ("We will seek legal advice if …") or after it.
  return actionAfter(terms, 0);
}

const WANTING = new Set(["want", "hope", "wish", "dream", "aspire", "aim", "intend", "plan", "long", "look"]);
const ASPIRATION_NOUNS = new Set(["ambition", "aspiration", "dream", "hope", "goal", "plan", "aim"]);
const FUTURE_PATHS = new Set([
  "apprenticeship",
  "college",
  "university",
  "career",
  "job",
  "course",
  "training",
  "sixth",
  "army",
  "uni",
]);

/**
 * Hopes for the future: "Kai wants a motor vehicle apprenticeship next September", "she would
 * like to become a nurse", "her dream is to…", "he hopes to go to college"; not "Kai does not
 * want to…" nor "wanted to be a vet when she was little".
 */
/** People whose wishes for the child are theirs, not the child's hopes: "Mum wants Kai home by ten". */
const OTHERS = new Set([
  "mum",
  "dad",
  "mother",
  "father",
  "parents",
  "nan",
  "gran",
  "grandad",
  "carer",
  "carers",
  "school",
  "we",
  "i",
  "worker",
  "aunt",
  "uncle",
]);

function wantedBySomeoneElse(terms: readonly Term[], verbAt: number): boolean {
  for (let j = verbAt - 1; j >= Math.max(0, verbAt - 4); j--) {
    const term = terms[j]!;
    if (OTHERS.has(term.normal)) return true;
    if (has(term, "Noun")) return false;
  }
  return false;
}

export function expressesAspiration(sentence: string): boolean {
  const terms = readSentence(sentence);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (
      WANTING.has(term.root) &&
      has(term, "Verb") &&
      !has(term, "PastTense") &&
      !isDenied(terms, i) &&
      !wantedBySomeoneElse(terms, i)
    ) {
      if (term.root === "look" && terms[i + 1]?.normal !== "forward") continue;
      if (term.root === "plan" && terms[i + 1]?.normal !== "to") continue;
      return true;
    }
    // "would like to", "would love to", "is keen to", "sees herself as"
    if (
      (term.root === "like" || term.root === "love") &&
      terms[i - 1]?.normal === "would" &&
      !isDenied(terms, i)
    )
      return true;
    if (term.normal === "keen" && terms[i + 1]?.normal === "to" && !isDenied(terms, i)) return true;
    if (ASPIRATION_NOUNS.has(term.root) && has(term, "Noun") && has(terms[i - 1], "Possessive")) return true;
    if (
      FUTURE_PATHS.has(term.root) &&
      terms.some((t) => has(t, "Date") || t.normal === "future" || t.normal === "when")
    )
      return true;
  }
  return false;
}

const HOLDING = new Set([
  "have",
  "keep",
  "hold",
  "carry",
  "receive",
  "get",
  "give",
  "send",
  "post",
  "email",
  "take",
  "print",
  "stick",
  "put",
]);
/** Past forms the tagger may leave without a root. */
const HOLDING_FORMS = new Set([
  "given",
  "sent",
  "kept",
  "taken",
  "got",
  "received",
  "posted",
  "emailed",
  "printed",
  "held",
]);
const COPIES = new Set([
  "copy",
  "copies",
  "photo",
  "picture",
  "version",
  "leaflet",
  "card",
  "printout",
  "screenshot",
]);
/** Words that are a copy of the plan on their own; a photo or picture must be "of it". */
const PLAIN_COPIES = new Set(["copy", "copies", "version", "printout"]);

/**
 * The plan in someone's hands: "Kai and Mum each have a printed copy", "Kai keeps a photo of it
 * on his phone", "a copy was given to Nan".
 */
export function speaksOfACopy(sentence: string): boolean {
  const terms = readSentence(sentence);
  // A copy is of the plan; a photo only when it is of the plan ("a photo of it"), not "a recent
  // photo" sent to the police.
  const copyAt = terms.findIndex((t, i) => {
    if (!(COPIES.has(t.root) || COPIES.has(t.normal)) || !has(t, "Noun")) return false;
    if (PLAIN_COPIES.has(t.root) || PLAIN_COPIES.has(t.normal)) return true;
    return (
      terms[i + 1]?.normal === "of" &&
      ["it", "the", "this", "her", "his", "their"].includes(terms[i + 2]?.normal ?? "")
    );
  });
  if (copyAt < 0) return false;
  return terms.some(
    (t, i) =>
      (HOLDING.has(t.root) || HOLDING_FORMS.has(t.normal)) &&
      Math.abs(i - copyAt) <= 6 &&
      !isDenied(terms, i),
  );
}

const BEHAVIOUR_EXCLUDED = new Set([
  "be",
  "have",
  "live",
  "attend",
  "go",
  "need",
  "do",
  "get",
  "seem",
  "appear",
]);

/**
 * Something the child does, seen: "she laughs when Dad blows raspberries", "reaches for keys",
 * "Amara cries at raised voices": a verb in the present tense with the child (or she/he) doing it.
 */
export function observesBehaviour(sentence: string, childWords: ReadonlySet<string>): boolean {
  const terms = readSentence(sentence);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (
      !has(term, "Verb") ||
      has(term, "Auxiliary") ||
      has(term, "Copula") ||
      BEHAVIOUR_EXCLUDED.has(term.root)
    )
      continue;
    if (!(has(term, "PresentTense") || has(term, "Gerund")) || has(term, "Infinitive")) continue;
    // The doer is a few words back: the child's name, she/he, "the baby".
    for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
      const doer = terms[j]!;
      if (
        childWords.has(doer.normal) ||
        doer.normal === "she" ||
        doer.normal === "he" ||
        doer.normal === "baby"
      )
        return !isDenied(terms, i);
      if (/[,;:.]$/.test(doer.text)) break;
    }
  }
  return false;
}

const THINKING = new Set([
  "think",
  "believe",
  "consider",
  "feel",
  "see",
  "assess",
  "judge",
  "know",
  "worry",
  "conclude",
  "recognise",
  "recognize",
  "understand",
  "wonder",
  "question",
  "suspect",
]);
const EXPLAINING = new Set([
  "mean",
  "show",
  "suggest",
  "indicate",
  "reflect",
  "demonstrate",
  "explain",
  "cause",
  "lead",
  "result",
  "allow",
  "enable",
  "affect",
  "impact",
  "help",
  "tell",
  "evidence",
  "link",
  "contribute",
  "reduce",
  "increase",
  "prevent",
]);

/**
 * Standing back from events to say why or so what: the worker's judgement ("I think", "we are
 * not yet confident"), cause and consequence ("which meant", "because", "this has helped her
 * to"), or evidence ("school tell us", "this shows").
 */
export function readsAsAnalysis(sentence: string): boolean {
  const terms = readSentence(sentence);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (EXPLAINING.has(term.root) && has(term, "Verb")) return true;
    if (THINKING.has(term.root) && has(term, "Verb")) {
      const doer = terms.slice(Math.max(0, i - 3), i).some((t) => t.normal === "i" || t.normal === "we");
      if (doer) return true;
    }
    // "so" joining two clauses: "Dad stepped in, so Leah has not been left alone".
    if (term.normal === "so" && i > 0 && has(terms[i + 1], "Noun")) return true;
  }
  return false;
}

/** People named in a sentence ("Chloe", "Mrs Begum"), as the tagger reads names: each with its place. */
export function namedPeople(sentence: string): { text: string; start: number; end: number }[] {
  return readSentence(sentence)
    .filter((t) => has(t, "Person") || (has(t, "ProperNoun") && has(t, "FirstName")))
    .map((t) => ({ text: t.text, start: t.start, end: t.end }));
}

/** What happens anyway, and so is no plan B: reviewing, monitoring, discussing, considering. */
const ROUTINE = new Set([
  "review",
  "monitor",
  "discuss",
  "consider",
  "look",
  "keep",
  "continue",
  "revisit",
  "reassess",
]);

/** Whether every action the sentence promises is routine: "we will review the plan". */
export function onlyReviews(sentence: string): boolean {
  const terms = readSentence(sentence);
  const actions: Term[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (!MODALS.has(terms[i]!.normal)) continue;
    const verb = terms.slice(i + 1, i + 4).find((t) => has(t, "Verb") && !has(t, "Auxiliary"));
    if (verb) actions.push(verb);
  }
  return actions.length > 0 && actions.every((verb) => ROUTINE.has(verb.root) || ROUTINE.has(verb.normal));
}
