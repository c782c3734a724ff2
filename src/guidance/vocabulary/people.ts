/**
 * How workers name the people around a child, shared by the checks that need to know who is
 * speaking or who is meant (child-voice, family-view, required-topic). Data only.
 */

/** Parents and carers. */
export const parentsAndCarers = [
  "mum",
  "mummy",
  "mother",
  "dad",
  "daddy",
  "father",
  "parent*",
  "carer*",
  "foster carer*",
  "stepmum",
  "stepdad",
  "step-mum",
  "step-dad",
  "stepmother",
  "stepfather",
];

/** Grandparents, aunts and uncles. */
export const widerFamily = [
  "nan",
  "nana",
  "nanna",
  "gran",
  "granny",
  "grandma",
  "grandmother",
  "grandad",
  "grandpa",
  "grandfather",
  "grandparent*",
  "aunt*",
  "uncle*",
];

/** Words that report what someone told the worker: "told me", "says". Shared by the checks that ask whose words they are. */
export const toldWords = ["told me", "told us", "tells me", "tells us", "said", "says"];
