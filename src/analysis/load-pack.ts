import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";
import { extendablePacks } from "./built-in-packs";
import { packLayerSchema, packSchema, type Pack, type RuleConfig } from "../guidance/schema";
import { layPack } from "./layers";
import { builtInRules } from "./rules";
import { normaliseHeading } from "./sections";
import { placeholdersOf } from "./rules/messages";
import { optionsInput } from "./rules/options";
import type { RuleModule, RuleValidationContext } from "./types";

/**
 * Loads an organisation's own template pack from JSON. Everything that could go wrong with a
 * hand-written file (bad JSON, a missing or misspelt field, a check this version does not know, a
 * check's options of the wrong shape) is reported in plain words with the field's path, so the
 * person maintaining the pack can put it right; nothing throws.
 */

export type LoadPackResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

type RuleRegistry = ReadonlyMap<string, RuleModule<unknown>>;

/** Enough to put right in one go without burying the first, most useful messages. */
const MAX_ERRORS = 50;

/** Where a layer's parent comes from (see README "Layered packs"). */
export interface LoadContext {
  /**
   * The pack a layer's "extends" names: a loaded pack, its problems, or undefined when there is
   * no such pack. Without it, a layer may extend the built-in packs only.
   */
  parent?: (ref: string, chain: readonly string[]) => LoadPackResult | undefined;
  /** The packs a layer could extend, named when "extends" names none of them. */
  known?: readonly string[];
  /** The layers already being loaded above this one, to catch a loop. */
  chain?: readonly string[];
}

const builtInParents: LoadContext = {
  parent: (ref) => {
    const pack = extendablePacks.find((candidate) => candidate.id === ref);
    return pack ? { ok: true, pack } : undefined;
  },
  known: extendablePacks.map((pack) => pack.id),
};

export function loadPackFromJson(
  text: string,
  rules: RuleRegistry = builtInRules,
  context: LoadContext = builtInParents,
): LoadPackResult {
  try {
    return load(text, rules, context);
  } catch (error) {
    // A rule's own options schema could throw; the caller still gets a message, not a crash.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`The pack could not be checked: ${detail}`] };
  }
}

function load(text: string, rules: RuleRegistry, context: LoadContext): LoadPackResult {
  if (typeof text !== "string" || text.replace(/^\uFEFF/, "").trim() === "") {
    return {
      ok: false,
      errors: [
        "The file is empty. A template pack is a JSON object with id, name, description, source, reviewInterval and sections.",
      ],
    };
  }
  const source = text.replace(/^\uFEFF/, "");

  const syntaxError = findJsonSyntaxError(source);
  if (syntaxError) return { ok: false, errors: [syntaxError] };
  const data: unknown = JSON.parse(source);

  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return {
      ok: false,
      errors: [`The file must hold one JSON object (the pack), not ${describeValue(data)}.`],
    };
  }

  if (Object.hasOwn(data, "extends")) return loadLayer(data, rules, context);

  const errors = unknownFields(data, packSchema, []);
  const parsed = packSchema.safeParse(data);
  if (!parsed.success) {
    errors.push(...parsed.error.issues.map((issue) => describeIssue(issue, [], data)));
    // Every problem in one pass: the checks are looked at too, as far as the file gives them.
    errors.push(...ruleProblems(looseChecks(data), rules));
    return refuse(errors);
  }
  const pack = parsed.data;
  errors.push(...ambiguousHeadings(pack), ...ruleProblems(pack, rules));
  return errors.length > 0 ? refuse(errors) : { ok: true, pack };
}

/** A pack that extends another: its own fields checked, its parent found, the two laid together. */
function loadLayer(data: object, rules: RuleRegistry, context: LoadContext): LoadPackResult {
  const errors = unknownFields(data, packLayerSchema, []);
  const parsed = packLayerSchema.safeParse(data);
  if (!parsed.success) {
    errors.push(...parsed.error.issues.map((issue) => describeIssue(issue, [], data)));
    errors.push(...ruleProblems(looseChecks(data), rules, { layer: true }));
    return refuse(errors);
  }
  const layer = parsed.data;
  const chain = [...(context.chain ?? []), layer.id];
  if (chain.slice(0, -1).includes(layer.id) || chain.includes(layer.extends)) {
    const loop = [...chain, layer.extends].join(" → ");
    return refuse([
      ...errors,
      `extends: "${layer.extends}" leads back to a pack already being laid (${loop}); a pack cannot extend itself, even through another`,
    ]);
  }
  const found = context.parent?.(layer.extends, chain);
  if (!found) {
    const known = context.known ?? [];
    const suggestion = known.length > 0 ? closest(layer.extends, [...known]) : undefined;
    const hint =
      suggestion && distance(layer.extends, suggestion) <= 3 ? ` (did you mean "${suggestion}"?)` : "";
    const list = known.length > 0 ? `; the packs it can extend are ${known.join(", ")}` : "";
    return refuse([...errors, `extends: "${layer.extends}" is not a pack this version knows${hint}${list}`]);
  }
  if (!found.ok) {
    return refuse([
      ...errors,
      ...found.errors.map((problem) => `extends: the pack "${layer.extends}" has a problem: ${problem}`),
    ]);
  }
  // The layer's own checks, by the layer's own fields, before they are laid.
  errors.push(...ruleProblems(looseChecks(data), rules, { layer: true }));
  const laid = layPack(found.pack, layer, rules);
  errors.push(...laid.errors);
  if (errors.length > 0) return refuse(errors);
  const whole = packSchema.safeParse(laid.pack);
  if (!whole.success) {
    return refuse(
      whole.error.issues.map(
        (issue) => `with "${layer.id}" laid over "${layer.extends}": ${describeIssue(issue, [], laid.pack)}`,
      ),
    );
  }
  const merged = [...ambiguousHeadings(whole.data), ...ruleProblems(whole.data, rules)];
  if (merged.length > 0)
    return refuse(merged.map((problem) => `with "${layer.id}" laid over "${layer.extends}": ${problem}`));
  return { ok: true, pack: whole.data };
}

function refuse(errors: string[]): LoadPackResult {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors };
  return {
    ok: false,
    errors: [...errors.slice(0, MAX_ERRORS), `…and ${errors.length - MAX_ERRORS} more problems like these.`],
  };
}

// ---------------------------------------------------------------------------------------------
// Field paths and plain-words descriptions of schema problems

type Path = readonly PropertyKey[];

/** "sections[2].rules[0].rule", or "the pack" for the whole. */
export function formatPath(path: Path): string {
  let result = "";
  for (const part of path) {
    if (typeof part === "number") result += `[${part}]`;
    else result += result === "" ? String(part) : `.${String(part)}`;
  }
  return result === "" ? "the pack" : result;
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const part of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string")
    return value === "" ? "empty text" : `the text ${JSON.stringify(shorten(value))}`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  return "an object";
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

const TYPE_WORDS: Record<string, string> = {
  string: "text in quotes",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "an object { … }",
  array: "a list [ … ]",
  record: "an object { … }",
};

/** One schema problem as "path: what is wrong", in words a pack's author can act on. */
function describeIssue(issue: z.core.$ZodIssue, prefix: Path, root: unknown): string {
  const path = [...prefix, ...issue.path];
  const where = formatPath(path);
  const value = valueAt(root, path);
  return `${where}: ${problem(issue, value)}`;
}

function problem(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) return "is missing";
      if (issue.expected === "int") return `must be a whole number, not ${describeValue(value)}`;
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return `must be ${expected}, not ${describeValue(value)}`;
    }
    case "too_small": {
      if (issue.origin === "array") {
        return Number(issue.minimum) === 1
          ? "must list at least one item"
          : `must list at least ${issue.minimum} items`;
      }
      if (issue.origin === "string")
        return Number(issue.minimum) === 1
          ? "must not be empty"
          : `must be at least ${issue.minimum} characters`;
      if (issue.origin === "number") {
        const bound = Number(issue.minimum);
        const kind =
          typeof value === "number" && Number.isInteger(value) && bound === 0 ? "a whole number" : "a number";
        return issue.inclusive ? `must be ${kind} of at least ${bound}` : `must be ${kind} above ${bound}`;
      }
      return "is too small";
    }
    case "too_big": {
      if (issue.origin === "array") return `must list at most ${issue.maximum} items`;
      if (issue.origin === "string") return `must be at most ${issue.maximum} characters`;
      return issue.inclusive ? `must be at most ${issue.maximum}` : `must be below ${issue.maximum}`;
    }
    case "invalid_format": {
      // The schema's own messages already say what a good value looks like.
      const shown = typeof value === "string" ? ` (it is ${JSON.stringify(shorten(value))})` : "";
      const fallback = `is not in the right format`;
      return `${issue.message && !issue.message.startsWith("Invalid") ? issue.message : fallback}${shown}`;
    }
    case "invalid_value": {
      const choices = issue.values.map((v) => JSON.stringify(v));
      const list =
        choices.length > 1
          ? `${choices.slice(0, -1).join(", ")} or ${choices[choices.length - 1]}`
          : choices[0];
      return `must be ${choices.length > 1 ? "one of " : ""}${list}, not ${describeValue(value)}`;
    }
    case "unrecognized_keys":
      return `has fields a pack cannot have: ${issue.keys.join(", ")}`;
    case "invalid_union":
      return `is not in any of the accepted forms (it is ${describeValue(value)})`;
    case "custom":
      return issue.message;
    default:
      return issue.message;
  }
}

// ---------------------------------------------------------------------------------------------
// Misspelt fields: the schema ignores unknown fields, so "promts" would silently lose the prompts.

/** Walks the data alongside the schema and reports fields the schema has no place for. */
function unknownFields(value: unknown, schema: z.ZodType, path: Path): string[] {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((item, index) => unknownFields(item, inner.element as z.ZodType, [...path, index]));
  }
  if (!(inner instanceof z.ZodObject) || typeof value !== "object" || value === null || Array.isArray(value))
    return [];
  const shape = inner.shape as Record<string, z.ZodType>;
  const known = Object.keys(shape);
  const errors: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    // Own keys only: "constructor" or "__proto__" is in every object, not a field of the schema.
    if (Object.hasOwn(shape, key)) {
      errors.push(...unknownFields(child, shape[key]!, [...path, key]));
    } else if (!(path.length === 0 && key === "$schema")) {
      const suggestion = closest(key, known);
      const hint =
        suggestion && distance(key.toLowerCase(), suggestion.toLowerCase()) <= 2
          ? `; did you mean "${suggestion}"?`
          : `; the fields here are ${known.join(", ")}`;
      errors.push(`${formatPath([...path, key])}: is not a field this version knows${hint}`);
    }
  }
  return errors;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (let depth = 0; depth < 10; depth++) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodOptional) {
      current = current.unwrap() as z.ZodType;
    } else {
      break;
    }
  }
  return current;
}

// ---------------------------------------------------------------------------------------------
// Checks the schema cannot make

/** Two sections with one heading or alias could not be told apart in a document. */
function ambiguousHeadings(pack: Pack): string[] {
  const owner = new Map<string, number>();
  const errors: string[] = [];
  pack.sections.forEach((section, sectionIndex) => {
    const names: [string, Path][] = [
      [section.heading, ["sections", sectionIndex, "heading"]],
      ...section.aliases.map((alias, aliasIndex): [string, Path] => [
        alias,
        ["sections", sectionIndex, "aliases", aliasIndex],
      ]),
    ];
    for (const [text, path] of names) {
      const normalised = normaliseHeading(text);
      const first = owner.get(normalised);
      if (first !== undefined && first !== sectionIndex) {
        errors.push(
          `${formatPath(path)}: "${text}" is also a heading or alias of sections[${first}] ("${pack.sections[first]!.key}"); a heading must belong to one section only`,
        );
      } else {
        owner.set(normalised, sectionIndex);
      }
    }
  });
  return errors;
}

/** What ruleProblems reads of a pack. */
interface PackChecks {
  rules: RuleConfig[];
  sections: { key: string; colour?: unknown; rules: RuleConfig[] }[];
  /** Checks a layer above places in its sections with "takes"; looked at where they are placed. */
  topics?: { rules: RuleConfig[] }[];
}

/**
 * The checks of a pack that failed its schema, where they are well enough formed to look at
 * (a "rule" that is a string), so their problems are reported in the same pass.
 */
function looseChecks(data: object): PackChecks {
  const configs = (value: unknown): RuleConfig[] =>
    Array.isArray(value)
      ? value.flatMap((item) =>
          typeof item === "object" && item !== null && typeof (item as { rule?: unknown }).rule === "string"
            ? [{ ...(item as RuleConfig), options: (item as Partial<RuleConfig>).options ?? {} }]
            : [],
        )
      : [];
  const record = data as { rules?: unknown; sections?: unknown; topics?: unknown };
  const sections = Array.isArray(record.sections) ? record.sections : [];
  const topics = Array.isArray(record.topics) ? record.topics : [];
  return {
    rules: configs(record.rules),
    topics: topics.map((topic: unknown) => ({
      rules: configs(typeof topic === "object" && topic !== null ? (topic as { rules?: unknown }).rules : []),
    })),
    sections: sections.map((section: unknown) => {
      const s = (typeof section === "object" && section !== null ? section : {}) as Record<string, unknown>;
      return {
        key: typeof s.key === "string" ? s.key : "",
        colour: s.colour,
        rules: configs(s.rules),
      };
    }),
  };
}

/** Unknown check ids, checks listed at the wrong level, and options a check cannot use or does not know. */
function ruleProblems(pack: PackChecks, rules: RuleRegistry, mode: { layer?: boolean } = {}): string[] {
  const errors: string[] = [];
  const knownIds = [...rules.keys()].sort();
  let listedKnownChecks = false;
  const check = (
    config: RuleConfig,
    path: Path,
    level: "section" | "document",
    where: RuleValidationContext["section"] | undefined,
  ) => {
    const rule = rules.get(config.rule);
    if (!rule) {
      const suggestion = knownIds.length > 0 ? closest(config.rule, knownIds) : undefined;
      const hint =
        suggestion && distance(config.rule, suggestion) <= 3 ? ` (did you mean "${suggestion}"?)` : "";
      // The full list once is enough; repeating it under every unknown check buries the rest.
      const known = listedKnownChecks
        ? "see above for the checks it knows"
        : `known checks are ${knownIds.join(", ")}`;
      listedKnownChecks = true;
      errors.push(
        `${formatPath([...path, "rule"])}: "${config.rule}" is not a check this version knows${hint}; ${known}`,
      );
      return;
    }
    if (rule.meta.scope !== level) {
      errors.push(
        rule.meta.scope === "document"
          ? `${formatPath([...path, "rule"])}: "${config.rule}" checks the whole summary, so it belongs in the pack's own "rules" list, not under a section`
          : `${formatPath([...path, "rule"])}: "${config.rule}" checks one section at a time, so it belongs in a section's "rules" list, not the pack's`,
      );
    }
    // A misspelt option ("phrasez") would be dropped and the check would misfire: say so.
    if (config.options !== undefined)
      errors.push(...unknownFields(config.options, rule.meta.options, [...path, "options"]));
    // A layer's options are laid over the pack below's, so they are checked once laid.
    const options = mode.layer
      ? ({ success: true } as const)
      : rule.meta.options.safeParse(optionsInput(rule, config.options));
    if (!options.success) {
      for (const issue of options.error.issues) {
        errors.push(describeIssue(issue, [...path, "options"], pack));
      }
    }
    errors.push(...phraseProblems(config.options, [...path, "options"]));
    errors.push(...messageProblems(rule, config.messages, [...path, "messages"]));
    // A topic's checks have no section until a layer places them; they are checked there.
    const needs = mode.layer || where === undefined ? null : rule.meta.validate?.({ section: where });
    if (needs) errors.push(`${formatPath([...path, "rule"])}: "${config.rule}" ${needs}`);
  };
  pack.rules.forEach((config, index) => check(config, ["rules", index], "document", null));
  (pack.topics ?? []).forEach((topic, topicIndex) =>
    topic.rules.forEach((config, index) =>
      check(config, ["topics", topicIndex, "rules", index], "section", undefined),
    ),
  );
  pack.sections.forEach((section, sectionIndex) =>
    section.rules.forEach((config, index) =>
      check(config, ["sections", sectionIndex, "rules", index], "section", {
        key: section.key,
        index: sectionIndex,
        colour: section.colour,
      }),
    ),
  );
  return errors;
}

/**
 * A pack's wording of a check's messages: each must be one of the check's message ids, and use
 * only the {{placeholders}} the check fills in for that message (any other would be shown as
 * written).
 */
function messageProblems(rule: RuleModule<unknown>, given: unknown, path: Path): string[] {
  if (typeof given !== "object" || given === null || Array.isArray(given)) return [];
  const ids = Object.keys(rule.meta.messages);
  const errors: string[] = [];
  for (const [id, text] of Object.entries(given)) {
    const where = formatPath([...path, id]);
    if (!Object.hasOwn(rule.meta.messages, id)) {
      const suggestion = ids.length > 0 ? closest(id, ids) : undefined;
      const hint = suggestion && distance(id, suggestion) <= 3 ? ` (did you mean "${suggestion}"?)` : "";
      const list = ids.length > 0 ? `; its messages are ${ids.join(", ")}` : "; it has no messages to change";
      errors.push(`${where}: "${rule.meta.id}" has no message "${id}"${hint}${list}`);
      continue;
    }
    if (typeof text !== "string") continue;
    const fills = placeholdersOf(rule.meta.messages[id]!);
    const unknown = placeholdersOf(text).filter((name) => !fills.includes(name));
    if (unknown.length > 0) {
      const filled =
        fills.length > 0 ? `it fills in ${fills.map((n) => `{{${n}}}`).join(", ")}` : "it fills in none";
      errors.push(
        `${where}: ${unknown.map((n) => `{{${n}}}`).join(", ")} ${unknown.length === 1 ? "is" : "are"} not filled in by "${rule.meta.id}" in this message; ${filled}`,
      );
    }
  }
  return errors;
}

/**
 * Phrases in a check's word lists that cannot work: an empty one, or one with no letter or digit
 * such as "*", which would match any text and so make a topic always count as covered.
 */
function phraseProblems(value: unknown, path: Path): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index): string[] => {
      if (typeof item !== "string") return phraseProblems(item, [...path, index]);
      // Only a phrase that is nothing but an ending "*" matches any text; "£" or "&" matches itself.
      if (item.replace(/\*$/, "").trim() !== "") return [];
      const where = formatPath([...path, index]);
      return item.trim() === ""
        ? [
            `${where}: is empty; a phrase needs at least one letter or digit, so write the phrase or remove it`,
          ]
        : [
            `${where}: ${JSON.stringify(item)} has no letter or digit, so it would match any text and the check would always pass; write the start of a word before any "*" (like "worr*"), or remove it`,
          ];
    });
  }
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => phraseProblems(child, [...path, key]));
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// JSON syntax: Node's own messages do not always say where the mistake is, so find it here.

/**
 * Null when the text is valid JSON; otherwise a message with the line and column of the first
 * mistake and what was expected there.
 */
export function findJsonSyntaxError(text: string): string | null {
  const scanner = new JsonScanner(text);
  try {
    scanner.skipSpace();
    scanner.value();
    scanner.skipSpace();
    if (scanner.position < text.length)
      scanner.fail("there is more after the end of the pack; remove it or check for a stray bracket");
    return null;
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const { line, column } = lineAndColumn(text, error.position);
      const stop = /[.?!]$/.test(error.problem) ? "" : ".";
      return `The file is not valid JSON: line ${line}, column ${column}: ${error.problem}${stop}`;
    }
    throw error;
  }
}

class JsonSyntaxError extends Error {
  constructor(
    readonly position: number,
    readonly problem: string,
  ) {
    super(problem);
  }
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/** A recursive-descent reader of the JSON grammar that only reports where it goes wrong. */
class JsonScanner {
  position = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  fail(problem: string, at = this.position): never {
    throw new JsonSyntaxError(at, problem);
  }

  skipSpace(): void {
    while (this.position < this.text.length && " \t\n\r".includes(this.text[this.position]!)) this.position++;
  }

  private found(): string {
    if (this.position >= this.text.length) return "the end of the file";
    const char = this.text[this.position]!;
    if (char === '"') return "a double quote";
    if (char === "'") return "a single quote (JSON needs double quotes)";
    if (char === "\u201C" || char === "\u201D") return "a curly quote (JSON needs straight double quotes)";
    return `"${char}"`;
  }

  value(): void {
    this.skipSpace();
    const char = this.text[this.position];
    if (this.depth > 500) this.fail("the pack is nested too deeply");
    if (char === "{") return this.object();
    if (char === "[") return this.array();
    if (char === '"') return this.string();
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) return this.number();
    for (const word of ["true", "false", "null"]) {
      if (this.text.startsWith(word, this.position)) {
        this.position += word.length;
        return;
      }
    }
    this.fail(
      `expected a value (text in double quotes, a number, true, false, null, { or [) but found ${this.found()}`,
    );
  }

  private object(): void {
    this.depth++;
    this.position++;
    this.skipSpace();
    if (this.text[this.position] === "}") {
      this.position++;
      this.depth--;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.position] === "}") this.fail("there is a comma before this }; remove it");
      if (this.text[this.position] !== '"')
        this.fail(`expected a field name in double quotes but found ${this.found()}`);
      this.string();
      this.skipSpace();
      if (this.text[this.position] !== ":")
        this.fail(`expected ":" after the field name but found ${this.found()}`);
      this.position++;
      this.value();
      this.skipSpace();
      const next = this.text[this.position];
      if (next === ",") {
        this.position++;
        continue;
      }
      if (next === "}") {
        this.position++;
        this.depth--;
        return;
      }
      this.fail(`expected "," or "}" after a value but found ${this.found()}; is a comma missing?`);
    }
  }

  private array(): void {
    this.depth++;
    this.position++;
    this.skipSpace();
    if (this.text[this.position] === "]") {
      this.position++;
      this.depth--;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.position] === "]") this.fail("there is a comma before this ]; remove it");
      this.value();
      this.skipSpace();
      const next = this.text[this.position];
      if (next === ",") {
        this.position++;
        continue;
      }
      if (next === "]") {
        this.position++;
        this.depth--;
        return;
      }
      this.fail(`expected "," or "]" after an item in a list but found ${this.found()}; is a comma missing?`);
    }
  }

  private string(): void {
    const start = this.position;
    this.position++;
    while (this.position < this.text.length) {
      const char = this.text[this.position]!;
      if (char === '"') {
        this.position++;
        return;
      }
      if (char === "\n" || char === "\r")
        this.fail("text in quotes cannot run over a line break; close the quotes or write \\n");
      if (char < " ") this.fail("text in quotes contains a control character; remove it");
      if (char === "\\") {
        const escape = this.text[this.position + 1];
        if (escape === "u") {
          if (!/^[0-9A-Fa-f]{4}$/.test(this.text.slice(this.position + 2, this.position + 6))) {
            this.fail("\\u must be followed by four hexadecimal digits");
          }
          this.position += 6;
          continue;
        }
        if (escape === undefined || !'"\\/bfnrt'.includes(escape)) {
          this.fail(`"\\${escape ?? ""}" is not an escape JSON allows; write \\\\ for a backslash`);
        }
        this.position += 2;
        continue;
      }
      this.position++;
    }
    this.fail("the text in quotes that starts here is never closed", start);
  }

  private number(): void {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(
      this.text.slice(this.position, this.position + 400),
    );
    if (!match) this.fail(`expected a number but found ${this.found()}`);
    this.position += match[0].length;
  }
}
