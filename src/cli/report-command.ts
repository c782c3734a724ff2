import { realpath } from "node:fs/promises";
import path from "node:path";
import { priorityOrder } from "../analysis/caseload";
import { findSiblingPairs, type SiblingDocument } from "../analysis/siblings";
import { type Pack } from "../guidance";
import { builtInPacks } from "../analysis/built-in-packs";
import { caseloadCsv, caseloadHtml, type CaseloadEntry } from "./caseload-report";
import { failureOf, GIVEN_PACK, type FileFailure, type FileOutcome } from "./report-file";
import { startChecker } from "./report-pool";

/**
 * `case-summary report FOLDER… --out report.html`: every .docx, .md and .txt under the folders,
 * checked as `check` does, written as one report. Only --out is written.
 */

export interface FolderEntry {
  name: string;
  kind: "file" | "folder" | "link" | "other";
}

export interface ReportIo {
  readFile(path: string): Promise<Uint8Array>;
  readFolder(path: string): Promise<FolderEntry[]>;
  writeFile(path: string, text: string): Promise<void>;
  /** Writes to stderr as it is (progress uses a carriage return). */
  progress?(text: string): void;
  stderrIsTty?: boolean;
}

/** Without a terminal, progress is shown only for more files than this, every PROGRESS_EVERY files. */
export const PROGRESS_OVER = 100;
const PROGRESS_EVERY = 100;

const SUMMARY_EXTENSION = /\.(docx|md|txt)$/i;

export interface ReportOutcome {
  written: boolean;
  message: string;
  summaries: number;
  unreadable: number;
}

export class ReportRefused extends Error {}

/** The summaries under the folders, in a stable order; links are read as files (the reader refuses loops and devices), never followed as folders. */
async function listSummaries(
  folders: readonly string[],
  io: ReportIo,
  unreadable: { file: string; reason: string }[],
  describe: (error: unknown) => string,
): Promise<string[]> {
  const files: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries: FolderEntry[];
    try {
      entries = await io.readFolder(folder);
    } catch (error) {
      unreadable.push({
        file: folder,
        reason: describe(error).replace("is a folder, not a file", "is a folder"),
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.kind === "folder") await walk(full);
      else if (
        (entry.kind === "file" || entry.kind === "link" || entry.kind === "other") &&
        SUMMARY_EXTENSION.test(entry.name) &&
        !entry.name.startsWith("~$")
      )
        files.push(full);
    }
  };
  for (const folder of folders) await walk(folder);
  return files;
}

export async function runReport(
  request: {
    folders: string[];
    out: string;
    format: "html" | "csv";
    today: Date | null;
    /** Threads to check the files on (CASE_SUMMARY_REPORT_THREADS); null or absent: as the folder and the computer suit. */
    threads?: number | null;
  },
  pack: Pack | undefined,
  io: ReportIo,
  describe: (error: unknown) => string,
): Promise<ReportOutcome> {
  const today = request.today ?? new Date();
  const unreadable: { file: string; reason: string }[] = [];
  const files = await listSummaries(request.folders, io, unreadable, describe);
  if (files.length === 0) {
    const reason = unreadable[0]
      ? `${unreadable[0].file} ${unreadable[0].reason}`
      : `there are no .docx, .md or .txt files in ${request.folders.join(", ")}`;
    return {
      written: false,
      message: `no report was written: ${reason}`,
      summaries: 0,
      unreadable: unreadable.length,
    };
  }
  const outReal = await realpath(request.out).catch(() => path.resolve(request.out));
  for (const file of files) {
    const real = await realpath(file).catch(() => path.resolve(file));
    if (real === outReal)
      throw new ReportRefused(
        `--out ${request.out} is one of the summaries read; choose another file for the report.`,
      );
  }

  // Each file's outcome in its place, whichever thread finishes first: the report's order is the files'.
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length);
  const showProgress = io.progress && (io.stderrIsTty || files.length > PROGRESS_OVER);
  let done = 0;
  const checker = startChecker(files.length, pack, today, request.threads ?? null);
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      let bytes: Uint8Array | null = null;
      try {
        bytes = await io.readFile(file);
      } catch (error) {
        outcomes[i] = { ok: false, failure: failureOf(error) };
      }
      if (bytes) outcomes[i] = await checker.check(file, bytes);
      done++;
      if (showProgress && io.progress) {
        if (io.stderrIsTty)
          io.progress(`\rRead ${done} of ${files.length} files${done === files.length ? "\n" : ""}`);
        else if (done % PROGRESS_EVERY === 0 || done === files.length)
          io.progress(`Read ${done} of ${files.length} files\n`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: checker.lanes }, lane));
  } finally {
    await checker.close();
  }

  const packs = [...builtInPacks];
  const entries: (CaseloadEntry & { sibling: SiblingDocument })[] = [];
  outcomes.forEach((outcome, i) => {
    const file = files[i]!;
    if (outcome.ok) {
      const { packIndex, ...rest } = outcome.summary;
      const used = packIndex === GIVEN_PACK ? pack : packs[packIndex];
      if (used) {
        entries.push({ file, summary: { ...rest, pack: used }, sibling: outcome.sibling });
        return;
      }
    }
    const failure: FileFailure = outcome.ok ? { kind: "fault" } : outcome.failure;
    const reason =
      failure.kind === "unreadable"
        ? failure.message
        : failure.kind === "coded"
          ? describe({ code: failure.code, kind: failure.fileKind })
          : "could not be checked because of a fault in case-summary. Please report it.";
    unreadable.push({ file, reason });
  });
  if (entries.length === 0) {
    return {
      written: false,
      message: `no report was written: none of the ${files.length} files could be read as a summary`,
      summaries: 0,
      unreadable: unreadable.length,
    };
  }
  // Siblings are found over the files as read; the table is then put in priority order.
  const pairs = findSiblingPairs(entries.map((x) => x.sibling));
  const order = entries
    .map((_, i) => i)
    .sort((a, b) => priorityOrder(entries[a]!.summary, entries[b]!.summary));
  const position = new Map(order.map((old, now) => [old, now]));
  const sorted = order.map((i) => ({ file: entries[i]!.file, summary: entries[i]!.summary }));
  const siblings = pairs.map((p) => {
    const [first, second] = [position.get(p.first)!, position.get(p.second)!].sort((a, b) => a - b);
    return {
      ...p,
      first: first!,
      second: second!,
      sections:
        first === position.get(p.first)
          ? p.sections
          : p.sections.map((s) => ({
              key: s.key,
              shareOfFirst: s.shareOfSecond,
              shareOfSecond: s.shareOfFirst,
            })),
    };
  });
  const report = { entries: sorted, unreadable, siblings, today };
  await io.writeFile(request.out, request.format === "csv" ? caseloadCsv(report) : caseloadHtml(report));
  return {
    written: true,
    message: `wrote ${request.out}: ${entries.length} ${entries.length === 1 ? "summary" : "summaries"}${pairs.length ? `, ${pairs.length} sharing long passages` : ""}${unreadable.length ? `, ${unreadable.length} could not be read` : ""}`,
    summaries: entries.length,
    unreadable: unreadable.length,
  };
}
