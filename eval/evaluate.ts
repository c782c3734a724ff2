import { builtInPacks } from "../src/analysis/built-in-packs";
import { analyse } from "../src/analysis/engine";
import { builtInRules } from "../src/analysis/rules";
import type { CorpusEntry } from "./corpus";
import { scoreCorpus, scoreSummary, type CorpusScore } from "./score";

/** Runs the engine over every summary as the pane would (the worker's template and name) and scores it. */
export function evaluate(entries: readonly CorpusEntry[]): CorpusScore {
  const documentRules = new Set(
    [...builtInRules.values()].filter((r) => r.meta.scope === "document").map((r) => r.meta.id),
  );
  return scoreCorpus(
    entries.map(({ name, snapshot, labels }) => {
      const pack = builtInPacks.find((p) => p.id === labels.template);
      if (!pack) throw new Error(`${name}: there is no built-in template "${labels.template}"`);
      const result = analyse(snapshot, {
        pack,
        childName: labels.childName ?? null,
        today: new Date(`${labels.today}T12:00:00Z`),
      });
      return scoreSummary(name, result.findings, labels, documentRules);
    }),
  );
}

/** The bar issue 8 sets, which the corpus test holds. */
export const BAR = { precision: 0.85, requiredPrecision: 0.95, recall: 0.9, requiredOnGood: 0 };

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

export function formatScore(score: CorpusScore, verbose: boolean): string[] {
  const lines: string[] = [];
  if (verbose) {
    for (const s of score.summaries) {
      if (s.falsePositives.length === 0 && s.missed.length === 0) continue;
      lines.push(`${s.name} (${s.quality})`);
      for (const f of s.falsePositives)
        lines.push(`  false: ${f.id} [${f.severity}] ${f.message.slice(0, 160)}`);
      for (const m of s.missed) lines.push(`  missed: ${m}`);
    }
    lines.push("");
  }
  lines.push("check                       found  missed  right  wrong  precision  recall");
  for (const [rule, t] of [...score.byRule].sort(([a], [b]) => a.localeCompare(b))) {
    const precision =
      t.truePositives + t.falsePositives === 0
        ? "—"
        : percent(t.truePositives / (t.truePositives + t.falsePositives));
    const recall = t.found + t.missed === 0 ? "—" : percent(t.found / (t.found + t.missed));
    lines.push(
      `${rule.padEnd(27)} ${String(t.found).padStart(5)} ${String(t.missed).padStart(7)} ${String(t.truePositives).padStart(6)} ${String(t.falsePositives).padStart(6)} ${precision.padStart(10)} ${recall.padStart(7)}`,
    );
  }
  const good = score.summaries.filter((s) => s.quality === "good").length;
  lines.push("");
  lines.push(`Summaries: ${score.summaries.length} (${good} good)`);
  lines.push(
    `Required findings on good summaries: ${score.requiredOnGood.length} (bar: ${BAR.requiredOnGood})`,
  );
  lines.push(
    `Precision: ${percent(score.precision)} overall (bar: ${percent(BAR.precision)}); ${percent(score.requiredPrecision)} on Required, ${score.requiredFindings} findings (bar: ${percent(BAR.requiredPrecision)})`,
  );
  lines.push(`Recall: ${percent(score.recall)} (bar: ${percent(BAR.recall)})`);
  return lines;
}

export function meetsBar(score: CorpusScore): boolean {
  return (
    score.requiredOnGood.length <= BAR.requiredOnGood &&
    score.precision >= BAR.precision &&
    score.requiredPrecision >= BAR.requiredPrecision &&
    score.recall >= BAR.recall
  );
}
