import { useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { PackProblem, PackRegistry } from "../../analysis/pack-registry";
import type { DocumentSnapshot } from "../../analysis/snapshot";
import type { Pack } from "../../guidance";
import type { DocumentState, WordCapabilities, WordHost, Watching } from "../../word";
import { loadRuntime, type CoachRuntime } from "../load-runtime";
import { fetchOrganisationPacks, type FetchText, type OrganisationPacks } from "../organisation-packs";
import { words } from "../words";

/**
 * The document as the pane follows it: the engine's runtime once loaded, the packs (built-in and
 * the organisation's), what the worker chose (stored in the document), and each snapshot Word
 * hands over with the cursor's paragraph. Reads only; the actions write through src/word.
 */
export interface DocumentFeed {
  runtime: CoachRuntime | null;
  /** The built-in packs and the organisation's usable ones; null until the runtime is loaded. */
  registry: PackRegistry | null;
  /** The organisation's packs as read from packs/ beside the pane, for the checks' thread. */
  organisationTexts: OrganisationPacks["texts"];
  /** The organisation's packs that cannot be used, each with what is wrong. */
  packProblems: readonly PackProblem[];
  capabilities: WordCapabilities | null;
  /** "loading" until the document is first read; "failed" when it never could be. */
  status: "loading" | "ready" | "failed";
  snapshot: DocumentSnapshot | null;
  /** The newest snapshot, for an action that must compare with the document as it is now. */
  latestSnapshot: RefObject<DocumentSnapshot | null>;
  cursorParagraph: number | null;
  /** Why the document could not be read, until a read succeeds again. */
  readProblem: string | null;
  documentState: DocumentState;
  /** The pack the worker chose for this document, when it is one the pane has. */
  chosenPack: Pack | null;
  setDocumentState(state: DocumentState): void;
  /** Reads the document again now (after an action changed it). */
  refresh(): Promise<void>;
  /** After a failed read: reads again, or starts again from the beginning if the pane never started. */
  retry(): void;
}

export function useDocumentFeed(host: WordHost, fetchPacks?: FetchText): DocumentFeed {
  const [runtime, setRuntime] = useState<CoachRuntime | null>(null);
  // A broken organisation pack is set aside with its problems and the rest work.
  const [organisation, setOrganisation] = useState<OrganisationPacks>({ texts: [], problems: [] });
  const registry = useMemo(
    () => runtime?.createPackRegistry(organisation.texts) ?? null,
    [runtime, organisation.texts],
  );
  const packProblems = useMemo(
    () => [...organisation.problems, ...(registry?.problems ?? [])],
    [organisation.problems, registry],
  );
  useEffect(() => {
    let cancelled = false;
    void fetchOrganisationPacks(fetchPacks).then((found) => {
      if (!cancelled && (found.texts.length > 0 || found.problems.length > 0)) setOrganisation(found);
    });
    return () => {
      cancelled = true;
    };
  }, [fetchPacks]);

  const watching = useRef<Watching | null>(null);
  const latestSnapshot = useRef<DocumentSnapshot | null>(null);
  const [status, setStatus] = useState<DocumentFeed["status"]>("loading");
  const [snapshot, setSnapshot] = useState<DocumentSnapshot | null>(null);
  const [cursorParagraph, setCursorParagraph] = useState<number | null>(null);
  const [readProblem, setReadProblem] = useState<string | null>(null);
  const [documentState, setDocumentState] = useState<DocumentState>({
    childName: null,
    packId: null,
    dismissedFindings: [],
  });
  // Bumped by "Try again" when the pane could not start, to run the start-up again.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const loaded = await loadRuntime();
        if (cancelled) return;
        setRuntime(loaded);
        const stored = await loaded.word.loadDocumentState(host.run, host);
        if (!cancelled) setDocumentState(stored.state);
        const watch = await loaded.word.watchDocument(
          host.run,
          host,
          (update) => {
            if (cancelled) return;
            latestSnapshot.current = update.snapshot;
            setSnapshot(update.snapshot);
            setCursorParagraph(update.cursorParagraph);
            setReadProblem(null);
            setStatus("ready");
          },
          {
            onError: () => {
              if (cancelled) return;
              setReadProblem(words.readFailed);
              // The first read failing leaves nothing to show: say so rather than spin for ever.
              setStatus((current) => (current === "loading" ? "failed" : current));
            },
          },
        );
        if (cancelled) await watch.stop();
        else watching.current = watch;
      } catch {
        if (cancelled) return;
        setStatus("failed");
        setReadProblem(words.readFailed);
      }
    })();
    return () => {
      cancelled = true;
      void watching.current?.stop();
      watching.current = null;
    };
  }, [host, attempt]);

  const capabilities = useMemo(
    () => runtime?.word.getCapabilities(host.requirements) ?? null,
    [runtime, host],
  );

  return {
    runtime,
    registry,
    organisationTexts: organisation.texts,
    packProblems,
    capabilities,
    status,
    snapshot,
    latestSnapshot,
    cursorParagraph,
    readProblem,
    documentState,
    chosenPack: (documentState.packId && registry?.get(documentState.packId)) || null,
    setDocumentState,
    refresh: async () => {
      await watching.current?.refresh();
    },
    retry: () => {
      if (watching.current && runtime) {
        void watching.current.refresh();
        return;
      }
      setReadProblem(null);
      setStatus("loading");
      setAttempt((n) => n + 1);
    },
  };
}
