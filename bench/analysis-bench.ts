import { analyse } from "../src/analysis/engine";
import { forgetReadings, sentences } from "../src/analysis/language";
import { readSentence } from "../src/analysis/reading/meaning";
import { defaultPack } from "../src/analysis/built-in-packs";
import { generateSummary, wordsIn } from "./generate";
import { medianMs } from "./measure";

const TODAY = new Date("2026-11-22T12:00:00Z");

/** Analysis time for summaries of 2,000, 20,000 and 100,000 words (a fresh analysis each run). */
export function benchAnalysis(): string[] {
  const lines = [
    "Analysis (one full check with a fresh analyser, so no section is skipped; the readers' caches warm, as when re-checking while typing; median of repeated runs):",
  ];
  let baseline = 0;
  const first = generateSummary(2_000);
  const coldStart = performance.now();
  analyse(first, { pack: defaultPack, childName: "Maya", today: TODAY });
  const coldMs = performance.now() - coldStart;
  for (const [target, runs] of [
    [2_000, 51],
    [20_000, 15],
    [100_000, 5],
  ] as const) {
    const snapshot = generateSummary(target);
    const words = wordsIn(snapshot);
    const ms = medianMs(runs, () =>
      analyse(snapshot, { pack: defaultPack, childName: "Maya", today: TODAY }),
    );
    if (target === 2_000) baseline = ms;
    const ratio = target === 2_000 ? "" : `, ${(ms / baseline).toFixed(1)}× the 2,000-word time`;
    lines.push(
      `  ${words.toLocaleString("en-GB")} words: ${ms.toFixed(2)} ms (${Math.round(words / ms).toLocaleString("en-GB")} words per ms${ratio})`,
    );
  }
  // The readers keep what they have read (sentences, dates, tagging), so a re-check as the
  // worker types re-reads only the paragraphs that changed. Text never seen before costs more:
  const unseen: string[] = [];
  for (const [target, runs] of [
    [2_000, 31],
    [20_000, 7],
  ] as const) {
    const snapshot = generateSummary(target);
    const ms = medianMs(runs, () => {
      forgetReadings();
      analyse(snapshot, { pack: defaultPack, childName: "Maya", today: TODAY });
    });
    unseen.push(`${wordsIn(snapshot).toLocaleString("en-GB")} words ${ms.toFixed(2)} ms`);
  }
  lines.push(`  The same check of text never read before (reading caches cleared): ${unseen.join("; ")}.`);
  // What the NLP library costs on its own: tagging every sentence of the 2,000-word summary afresh
  // (the checks tag only the sentences they need to read for meaning).
  const texts = first.paragraphs.flatMap((p) => sentences(p.text).map((s) => s.text));
  const tagMs = medianMs(11, () => {
    forgetReadings();
    for (const text of texts) readSentence(text);
  });
  lines.push(
    `  compromise tagging all ${texts.length} sentences of the 2,000-word summary afresh: ${tagMs.toFixed(2)} ms (${(tagMs / texts.length).toFixed(3)} ms a sentence).`,
  );
  lines.push(
    `  First check after start-up (cold, before the JIT warms up): ${coldMs.toFixed(1)} ms for 2,000 words.`,
  );
  lines.push("  Targets: 2,000 words in at most 5 ms; 100,000 words within 60× the 2,000-word time.");
  return lines;
}
