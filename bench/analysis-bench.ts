import { analyse } from "../src/analysis/engine";
import { defaultPack } from "../src/guidance";
import { generateSummary, wordsIn } from "./generate";
import { medianMs } from "./measure";

const TODAY = new Date("2026-11-22T12:00:00Z");

/** Analysis time for summaries of 2,000, 20,000 and 100,000 words (a fresh analysis each run). */
export function benchAnalysis(): string[] {
  const lines = ["Analysis (one full check, no cache; median of repeated runs):"];
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
  lines.push(
    `  First check after start-up (cold, before the JIT warms up): ${coldMs.toFixed(1)} ms for 2,000 words.`,
  );
  lines.push("  Targets: 2,000 words in at most 5 ms; 100,000 words within 60× the 2,000-word time.");
  return lines;
}
