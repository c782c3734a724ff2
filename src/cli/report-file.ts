import { siblingDocumentOf, summariseForCaseload, type CaseloadSummary } from "../analysis/caseload";
import { analyse } from "../analysis/engine";
import type { SiblingDocument } from "../analysis/siblings";
import { builtInPacks } from "../analysis/built-in-packs";
import type { Pack } from "../guidance";
import { UnreadableFileError } from "./errors";
import { readDocument } from "./readers";

/**
 * One file of the caseload report, checked as `check` checks it: what its row needs, in a form
 * that crosses between threads (no functions, and the template named by its place among the
 * built-in packs rather than copied back each time).
 */

/** Where the summary's template is: an index into builtInPacks, or GIVEN_PACK for --template's. */
export const GIVEN_PACK = -1;

export type FileOutcome =
  | {
      ok: true;
      summary: Omit<CaseloadSummary, "pack"> & { packIndex: number };
      sibling: SiblingDocument;
    }
  | { ok: false; failure: FileFailure };

/** Why a file could not be reported: the reader's own words, a file-system code, or a fault. */
export type FileFailure =
  | { kind: "unreadable"; message: string }
  | { kind: "coded"; code: string; fileKind?: string }
  | { kind: "fault" };

export async function reportFile(
  file: string,
  bytes: Uint8Array,
  pack: Pack | undefined,
  today: Date,
): Promise<FileOutcome> {
  try {
    const snapshot = await readDocument(file, bytes);
    const result = analyse(snapshot, { pack, packs: builtInPacks, today });
    const { pack: used, ...summary } = summariseForCaseload(snapshot, result, today);
    const index = builtInPacks.indexOf(used);
    return {
      ok: true,
      summary: { ...summary, packIndex: pack !== undefined || index < 0 ? GIVEN_PACK : index },
      sibling: siblingDocumentOf(snapshot, result),
    };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}

export function failureOf(error: unknown): FileFailure {
  if (error instanceof UnreadableFileError) return { kind: "unreadable", message: error.message };
  const { code, kind } = (error ?? {}) as { code?: unknown; kind?: unknown };
  if (typeof code === "string" && code)
    return { kind: "coded", code, ...(typeof kind === "string" ? { fileKind: kind } : {}) };
  return { kind: "fault" };
}
