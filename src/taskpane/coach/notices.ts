import { useCallback, useEffect, useRef, useState } from "react";
import type { DocumentSnapshot } from "../../analysis/snapshot";
import type { Failure } from "../../word";

export type Intent = "success" | "info" | "warning" | "error";

export interface Notice {
  intent: Intent;
  text: string;
  /** The notice offers Undo (after a Fix that replaced words). */
  undo?: boolean;
}

/** A notice as shown: numbered, so the same words shown again are a new message (and read out). */
export interface ShownNotice extends Notice {
  id: number;
}

export const isFailure = (result: { ok: boolean }): result is Failure => !result.ok;

/** What the Word layer said, as a notice: its own messages are written for the worker. */
export const outcome = (result: { ok: boolean; message: string }): Notice => ({
  intent: isFailure(result) ? (result.reason === "unsupported" ? "warning" : "error") : "success",
  text: result.message,
});

/**
 * The last thing an action did or could not do. A success or an aside stops being true once the
 * worker edits the document (the snapshot it describes is passed to `settle`); warnings and
 * errors stay until closed or replaced.
 */
export function useNotices(snapshot: DocumentSnapshot | null): {
  notice: ShownNotice | null;
  setNotice(next: Notice | null): void;
  /** The document as the notice describes it: once it changes, a success is no longer news. */
  settle(basis: DocumentSnapshot | null): void;
} {
  const [notice, setShownNotice] = useState<ShownNotice | null>(null);
  const count = useRef(0);
  const basis = useRef<DocumentSnapshot | null>(null);
  const setNotice = useCallback((next: Notice | null) => {
    setShownNotice(next ? { ...next, id: ++count.current } : null);
  }, []);
  // The watcher hands over a new snapshot only on a change.
  useEffect(() => {
    if (!snapshot || !basis.current || snapshot === basis.current) return;
    basis.current = null;
    setShownNotice((current) =>
      current && (current.intent === "success" || current.intent === "info") ? null : current,
    );
  }, [snapshot]);
  const settle = useCallback((next: DocumentSnapshot | null) => {
    basis.current = next;
  }, []);
  return { notice, setNotice, settle };
}
