import { closest, distance } from "fastest-levenshtein";
import {
  packSchema,
  type BasePack,
  type Pack,
  type PackLayer,
  type PromptSpec,
  type RuleConfig,
  type SectionLayer,
  type SectionRuleLayer,
  type SectionSpec,
  type Topic,
} from "../guidance/schema";
import type { RuleModule } from "./types";

/**
 * Lays one pack over another: document 000's general requirements → a council's template → a
 * team's additions. The layer says only what it changes:
 *
 * - id, name, description, source and reviewInterval: the layer's where it gives them.
 * - sections, by key: a key the pack below has is changed (heading, required and colour replaced
 *   where given; aliases, notes and prompts added); a new key is added at the end; `"remove": true`
 *   takes a section away.
 * - checks, by id (and, for a check used more than once in a section, its instance option, e.g.
 *   required-topic's "topic"): a check the pack below has keeps its place, with severity and
 *   citation replaced where given and its options (and messages) laid over one by one; a new check is added
 *   after the others (it needs a citation); `"off": true` takes a check away.
 * - prompts: added after the pack below's.
 * - topics (document 000's general requirements, from the base pack): carried up; a section's
 *   `{ "takes": "family-network" }` puts that topic's checks at that point of its checks, marked
 *   with the layer that defined the topic.
 *
 * Every check and prompt is marked with the layer it came from (the one that added or last changed
 * it), so the pane and the command line can say so. Problems are returned, each naming the field
 * of the layer; nothing throws.
 */

type RuleRegistry = ReadonlyMap<string, RuleModule<unknown>>;

export interface LaidPack {
  pack: Pack;
  errors: string[];
}

export function layPack(below: Pack, layer: PackLayer, rules: RuleRegistry): LaidPack {
  const errors: string[] = [];
  const from = layer.id;
  const topics = below.topics ?? [];
  const mark = <T extends { layer?: string }>(items: readonly T[], id: string): T[] =>
    items.map((item) => (item.layer ? item : { ...item, layer: id }));

  const sections: SectionSpec[] = below.sections.map((section) => ({
    ...section,
    rules: mark(section.rules, below.id),
    prompts: mark(section.prompts, below.id),
  }));
  (layer.sections ?? []).forEach((change, index) => {
    const path = `sections[${index}]`;
    const at = sections.findIndex((section) => section.key === change.key);
    if (change.remove) {
      if (at < 0)
        errors.push(
          `${path}.remove: "${change.key}" is not a section of "${below.id}", so there is nothing to remove`,
        );
      else sections.splice(at, 1);
      return;
    }
    if (at >= 0) {
      sections[at] = changeSection(sections[at]!, change, path, from, rules, topics, errors);
      return;
    }
    const added = newSection(change, path, from, rules, topics, errors);
    if (added) sections.push(added);
  });

  const pack: Pack = {
    ...below,
    id: layer.id,
    extends: below.id,
    name: layer.name ?? below.name,
    description: layer.description ?? below.description,
    source: layer.source ?? below.source,
    reviewInterval: layer.reviewInterval ?? below.reviewInterval,
    sections,
    rules: layRules(mark(below.rules, below.id), layer.rules ?? [], "rules", from, rules, [], errors),
    prompts: [...mark(below.prompts, below.id), ...mark(layer.prompts ?? [], from)],
  };
  return { pack, errors };
}

function changeSection(
  section: SectionSpec,
  change: SectionLayer,
  path: string,
  from: string,
  rules: RuleRegistry,
  topics: readonly Topic[],
  errors: string[],
): SectionSpec {
  const colour = change.colour ?? section.colour;
  return {
    ...section,
    heading: change.heading ?? section.heading,
    aliases: [...section.aliases, ...(change.aliases ?? [])],
    notes: [...section.notes, ...(change.notes ?? [])],
    required: change.required ?? section.required,
    ...(colour ? { colour } : {}),
    rules: layRules(section.rules, change.rules ?? [], `${path}.rules`, from, rules, topics, errors),
    prompts: [...section.prompts, ...marked(change.prompts ?? [], from)],
  };
}

function newSection(
  change: SectionLayer,
  path: string,
  from: string,
  rules: RuleRegistry,
  topics: readonly Topic[],
  errors: string[],
): SectionSpec | null {
  const before = errors.length;
  if (!change.heading)
    errors.push(`${path}.heading: is missing; "${change.key}" is a new section, so it needs its heading`);
  if (!change.notes || change.notes.length === 0)
    errors.push(
      `${path}.notes: is missing; "${change.key}" is a new section, so it needs at least one guidance note`,
    );
  const laid = layRules([], change.rules ?? [], `${path}.rules`, from, rules, topics, errors);
  if (errors.length > before) return null;
  return {
    key: change.key,
    heading: change.heading!,
    aliases: change.aliases ?? [],
    notes: change.notes!,
    required: change.required ?? true,
    ...(change.colour ? { colour: change.colour } : {}),
    rules: laid,
    prompts: marked(change.prompts ?? [], from),
  };
}

function marked(prompts: readonly PromptSpec[], from: string): PromptSpec[] {
  return prompts.map((prompt) => ({ ...prompt, layer: from }));
}

/** Which configuration of a check a layer's entry means: its id, and its instance option if it has one. */
function identity(rule: string, options: Record<string, unknown> | undefined, rules: RuleRegistry): string {
  const instance = rules.get(rule)?.meta.instanceOption;
  const value = instance !== undefined ? options?.[instance] : undefined;
  return typeof value === "string" ? `${rule}\u0000${value}` : rule;
}

function layRules(
  below: readonly RuleConfig[],
  changes: readonly SectionRuleLayer[],
  path: string,
  from: string,
  rules: RuleRegistry,
  topics: readonly Topic[],
  errors: string[],
): RuleConfig[] {
  const result = [...below];
  changes.forEach((change, index) => {
    const where = `${path}[${index}]`;
    if (change.takes !== undefined) {
      result.push(
        ...taken(change.takes, change.severity, result, `${where}.takes`, from, rules, topics, errors),
      );
      return;
    }
    // The schema gives every entry without "takes" a rule.
    if (change.rule === undefined) return;
    const key = identity(change.rule, change.options, rules);
    const at = result.findIndex((config) => identity(config.rule, config.options, rules) === key);
    if (change.off) {
      if (at < 0)
        errors.push(
          `${where}.off: "${change.rule}" is not a check of the pack below here, so there is nothing to turn off`,
        );
      else result.splice(at, 1);
      return;
    }
    if (at >= 0) {
      const current = result[at]!;
      result[at] = {
        ...current,
        ...(change.severity ? { severity: change.severity } : {}),
        citation: change.citation ?? current.citation,
        options: { ...current.options, ...(change.options ?? {}) },
        ...(current.messages || change.messages
          ? { messages: { ...current.messages, ...change.messages } }
          : {}),
        layer: from,
      };
      return;
    }
    if (!change.citation) {
      errors.push(
        `${where}.citation: is missing; "${change.rule}" is a check this layer adds, so it needs the guidance paragraph it comes from`,
      );
      return;
    }
    result.push({
      rule: change.rule,
      ...(change.severity ? { severity: change.severity } : {}),
      citation: change.citation,
      options: change.options ?? {},
      ...(change.messages ? { messages: change.messages } : {}),
      layer: from,
    });
  });
  return result;
}

/** A topic's checks, placed where a section takes it; a check the section has already is refused. */
function taken(
  key: string,
  severity: SectionRuleLayer["severity"],
  section: readonly RuleConfig[],
  where: string,
  from: string,
  rules: RuleRegistry,
  topics: readonly Topic[],
  errors: string[],
): RuleConfig[] {
  const topic = topics.find((candidate) => candidate.key === key);
  if (!topic) {
    const keys = topics.map((candidate) => candidate.key);
    if (keys.length === 0) {
      errors.push(
        `${where}: "${key}" is not a topic of the pack below here, which has none; "takes" places a topic of document 000's general requirements, in a pack laid over them`,
      );
      return [];
    }
    const suggestion = closest(key, keys);
    const hint = distance(key, suggestion) <= 3 ? ` (did you mean "${suggestion}"?)` : "";
    errors.push(
      `${where}: "${key}" is not a topic of the pack below here${hint}; its topics are ${keys.join(", ")}`,
    );
    return [];
  }
  const placed: RuleConfig[] = [];
  for (const config of topic.rules) {
    const same = identity(config.rule, config.options, rules);
    if ([...section, ...placed].some((other) => identity(other.rule, other.options, rules) === same)) {
      errors.push(
        `${where}: the section already has the check "${config.rule}" that "${key}" brings, so it would be checked twice; take the topic or list the check, not both`,
      );
      continue;
    }
    placed.push({ ...config, ...(severity ? { severity } : {}), layer: config.layer ?? from });
  }
  return placed;
}

/** A base pack (document 000's general requirements) as the pack the first layer is laid over. */
export function basePackAsPack(base: BasePack): Pack {
  return {
    ...base,
    sections: [],
    rules: [],
    prompts: [],
    topics: base.topics.map((topic) => ({
      ...topic,
      rules: topic.rules.map((config) => ({ ...config, layer: config.layer ?? base.id })),
    })),
  };
}

/**
 * A built-in pack, laid over the base pack it extends. It is used as the templates it encodes, so
 * it names no layer: its checks and prompts carry no layer and it has no "extends", as before the
 * general requirements moved into the base (the topics it carries up keep theirs, for a layer
 * above to take). A problem is a fault in the add-in, so it throws.
 */
export function layBuiltInPack(base: Pack, layer: PackLayer, rules: RuleRegistry): Pack {
  if (layer.extends !== base.id)
    throw new Error(
      `The built-in pack "${layer.id}" extends "${layer.extends}", not the base pack "${base.id}"`,
    );
  const laid = layPack(base, layer, rules);
  if (laid.errors.length > 0)
    throw new Error(
      `The built-in pack "${layer.id}" cannot be laid over "${base.id}": ${laid.errors.join("; ")}`,
    );
  const pack: Pack = { ...laid.pack };
  delete pack.extends;
  const plain = <T extends { layer?: string }>(items: readonly T[]): T[] =>
    items.map((item) => {
      const copy = { ...item };
      delete copy.layer;
      return copy;
    });
  return packSchema.parse({
    ...pack,
    sections: pack.sections.map((section) => ({
      ...section,
      rules: plain(section.rules),
      prompts: plain(section.prompts),
    })),
    rules: plain(pack.rules),
    prompts: plain(pack.prompts),
  });
}
