import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { z } from "zod";
import type { DocumentSnapshot, SnapshotParagraph } from "../src/analysis/snapshot";
import { readText } from "../src/cli/readers/text";

/**
 * Reads the evaluation corpus (test/corpus/README.md): each summary a Markdown file read as the
 * command line reads it, with the corpus's one addition, colour markers, and its labels beside it.
 */

const TEMPLATES = ["bradford-2025", "bradford-lcs", "lcs-12-week", "mosaic-step"] as const;
/** "check@section", "check@section/key" or "check/key@section". */
const LABEL = /^[a-z][a-z-]*(?:\/[^@\s]+)?@[a-z][a-z-]*(?:\/\S+)?$/;

export const labelsSchema = z.strictObject({
  template: z.enum(TEMPLATES),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD"),
  childName: z.string().min(1).optional(),
  quality: z.enum(["good", "mediocre", "poor"]),
  description: z.string().min(1),
  notes: z.string().optional(),
  expect: z.array(
    z.string().regex(LABEL, 'a label as "check@section", "check@section/key" or "check/key@section"'),
  ),
  allow: z
    .array(z.string().regex(LABEL, 'a label as "check@section", "check@section/key" or "check/key@section"'))
    .default([]),
});

export type Labels = z.infer<typeof labelsSchema>;

export interface CorpusEntry {
  /** The summary's path from the corpus folder, e.g. "bradford-2025/kai-strong.md". */
  name: string;
  snapshot: DocumentSnapshot;
  labels: Labels;
}

const COLOUR_NAMES: Record<string, string> = { blue: "#0000FF", red: "#FF0000" };
const COLOUR_OPEN = /^<!--\s*colour:\s*(#[0-9a-f]{6}|[a-z]+)\s*-->$/i;
const COLOUR_CLOSE = /^<!--\s*\/colour\s*-->$/i;

/** Reads one summary: Markdown as the command line reads it, in the colours its markers give. */
export function readSummary(markdown: string): DocumentSnapshot {
  const paragraphs: SnapshotParagraph[] = [];
  let colour: string | null = null;
  let marked = false;
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const { paragraphs: read } = readText(new TextEncoder().encode(pending.join("\n")), "markdown");
    paragraphs.push(...read.map((p) => ({ ...p, colour })));
    pending = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    const trimmed = line.trim();
    const open = COLOUR_OPEN.exec(trimmed);
    if (open) {
      flush();
      const value = open[1]!.toLowerCase();
      colour = value.startsWith("#") ? value.toUpperCase() : (COLOUR_NAMES[value] ?? null);
      if (colour === null) throw new Error(`unknown colour "${value}": use blue, red or a #RRGGBB value`);
      marked = true;
    } else if (COLOUR_CLOSE.test(trimmed)) {
      flush();
      colour = null;
    } else {
      pending.push(line);
    }
  }
  flush();
  return { paragraphs, coloursKnown: marked };
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return markdownFiles(path);
      return name.endsWith(".md") && name !== "README.md" ? [path] : [];
    });
}

/** Every summary under the folder with its labels; a summary without valid labels is an error. */
export function loadCorpus(folder: string, options: { skipUnlabelled?: boolean } = {}): CorpusEntry[] {
  const paths = markdownFiles(folder).filter(
    (path) => !options.skipUnlabelled || existsSync(path.replace(/\.md$/, ".json")),
  );
  return paths.map((path) => {
    const name = relative(folder, path);
    const labelPath = path.replace(/\.md$/, ".json");
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(labelPath, "utf8"));
    } catch (error) {
      throw new Error(
        `${name}: its labels (${relative(folder, labelPath)}) could not be read: ${String(error)}`,
      );
    }
    const parsed = labelsSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${name}: labels field ${issue.path.join(".") || "(top)"}: ${issue.message}`);
    }
    return { name, snapshot: readSummary(readFileSync(path, "utf8")), labels: parsed.data };
  });
}
