import { analyse, type AnalyseOptions } from "../../src/analysis/engine";
import {
  heading,
  paragraph,
  type DocumentSnapshot,
  type SnapshotParagraph,
} from "../../src/analysis/snapshot";
import type { Finding, RuleModule } from "../../src/analysis/types";
import { type Pack } from "../../src/guidance";
import { defaultPack } from "../../src/analysis/built-in-packs";

export { heading, paragraph };

/** A snapshot from paragraphs. */
export function snapshotOf(...paragraphs: SnapshotParagraph[]): DocumentSnapshot {
  return { paragraphs };
}

/**
 * A summary with every heading of the pack, each followed by the given body paragraphs (or a
 * neutral line where none is given), so a test can vary one section and keep the rest.
 */
export function summaryWith(
  bodies: Partial<Record<string, (string | SnapshotParagraph)[]>>,
  options: { pack?: Pack; childName?: string; preamble?: (string | SnapshotParagraph)[] } = {},
): DocumentSnapshot {
  const pack = options.pack ?? defaultPack;
  const name = options.childName ?? "Maya";
  const paragraphs: SnapshotParagraph[] = (options.preamble ?? []).map((p) =>
    typeof p === "string" ? paragraph(p) : p,
  );
  for (const section of pack.sections) {
    paragraphs.push(heading(section.heading.split("[Child's Name]").join(name)));
    const colour = section.colour?.hex ?? null;
    for (const body of bodies[section.key] ?? [`Some notes about ${name}.`]) {
      paragraphs.push(typeof body === "string" ? paragraph(body, { colour }) : body);
    }
  }
  return { paragraphs };
}

/**
 * Runs one rule through the real engine: the pack's configuration for that rule only, so a test
 * sees exactly what the rule reports.
 */
export function findingsOf(
  rule: RuleModule<unknown> | { meta: { id: string } },
  snapshot: DocumentSnapshot,
  options: Omit<AnalyseOptions, "rules"> = {},
): Finding[] {
  const pack = options.pack ?? defaultPack;
  const onlyThisRule: Pack = {
    ...pack,
    rules: pack.rules.filter((r) => r.rule === rule.meta.id),
    sections: pack.sections.map((s) => ({ ...s, rules: s.rules.filter((r) => r.rule === rule.meta.id) })),
  };
  const registry = new Map([[rule.meta.id, rule as RuleModule<unknown>]]);
  return analyse(snapshot, {
    childName: "Maya",
    today: new Date("2026-11-22T12:00:00Z"),
    ...options,
    pack: onlyThisRule,
    rules: registry,
  }).findings;
}
