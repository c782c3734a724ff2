import { createFakeWord, type FakeWord, type FakeWordOptions, type ParagraphSpec } from "../../src/fake-word";
import { defaultPack } from "../../src/analysis/built-in-packs";
import {
  planSectionColours,
  planPromptComments,
  planReviewComments,
  type CommentBasis,
  type DescribeCitation,
  type PromptPlacement,
} from "../../src/analysis/plans";
import type { Finding } from "../../src/analysis/types";
import {
  applySectionColours as applyColourPlan,
  readSnapshot,
  writeComments,
  type WordRun,
} from "../../src/word";
import type { Pack } from "../../src/guidance/schema";

export const pack = defaultPack;

export function word(paragraphs: (ParagraphSpec | string)[] = [""], options?: FakeWordOptions): FakeWord {
  return createFakeWord(paragraphs, options);
}

/** Lets the fake's asynchronous events and callbacks run. */
export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Every character the worker typed, in order, survives in the document, in order. */
export function containsInOrder(haystack: string[], needles: string[]): boolean {
  let at = 0;
  for (const needle of needles) {
    while (at < haystack.length && haystack[at] !== needle) at++;
    if (at === haystack.length) return false;
    at++;
  }
  return true;
}

/** The pane's Review: the engine plans the comments, the Word layer writes them. */
export function writeReviewComments(run: WordRun, findings: readonly Finding[], basis: CommentBasis) {
  return writeComments(run, planReviewComments(findings, basis));
}

/** The pane's "put the prompts in the margin": planned, then written. */
export function placePromptComments(
  run: WordRun,
  placements: readonly PromptPlacement[],
  options: { describeCitation?: DescribeCitation } = {},
) {
  return writeComments(run, planPromptComments(placements, options));
}

/** Insert template as the ribbon and the pane do it: read, planned by the engine, carried out. */
export { insertTemplateNow as insertTemplate } from "../../src/commands/insert-template";

/** The pane's "Colour the sections": the engine plans from a read of the document, the Word layer colours. */
export async function applySectionColours(run: WordRun, pack: Pack, childName: string | null = null) {
  return applyColourPlan(run, planSectionColours(await readSnapshot(run), pack, childName));
}

/**
 * Waits until `done()` holds, or `ms` pass: for what arrives after timers and events, so that a
 * busy machine (CI) makes a test slower, not wrong. Times nothing.
 */
export async function eventually(done: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await settle(10);
}
