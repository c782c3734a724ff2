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
