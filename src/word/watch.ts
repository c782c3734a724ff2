import type { DocumentSnapshot } from "../analysis/snapshot";
import { wordTextOf } from "../analysis/plans/freshness";
import { parseSectionTag } from "../analysis/tags";
import { getCapabilities, type FollowMode } from "./capabilities";
import { probeForChange, readCursorParagraph, readSnapshotAndCursor, textFingerprint } from "./read";
import type { OfficeDocumentLike, RequirementsLike, WordRun, WordRunInContext } from "./run";

/**
 * Following the worker: when the document changes, wait until typing pauses (about 300 ms), then
 * read the document and the cursor's paragraph in one sync and hand them over. Uses Word's
 * paragraph events (WordApi 1.6) where the host has them, and content control events (1.5) on the
 * template's sections where not. Word's events go missing (fast edits, tracked deletions and large
 * documents on a Mac, formatting on the web: see the office-js issues in the fake's
 * EventDelivery), so in every mode a light poll runs while the pane is visible: every 2 s without
 * events, every 5 s with them. The poll first looks for a change cheaply (the body's text,
 * fingerprinted: one property, one sync) and reads the whole document only when it changed, or
 * when no full read has happened for `fullReadMs` (formatting-only changes, such as a colour,
 * leave the text as it was). A selection change (Office's DocumentSelectionChanged) reads only
 * which paragraph the cursor is in, one sync, and hands over the snapshot already read with it.
 * Re-checking only the changed sections is the engine's job (createAnalyser); this module
 * delivers fresh snapshots.
 *
 * Event handlers are removed as Office documents: through the context that added them, with
 * Word.run(result.context, …) (the host's `runInContext`). A host without it keeps the run that
 * added the handlers open until stop(), and removes them in that same run.
 */

export interface WatchHost {
  requirements: RequirementsLike;
  /** Office.context.document, for DocumentSelectionChanged; omit where there is none. */
  document?: OfficeDocumentLike | null;
  /** Whether the pane can be seen; the poll pauses while it can't. Defaults to always. */
  isVisible?: () => boolean;
  /** Word.run(context, batch): how event handlers are removed through the context that added them. */
  runInContext?: WordRunInContext | null;
}

export type UpdateReason = "start" | "edit" | "selection" | "poll";

export interface DocumentUpdate {
  snapshot: DocumentSnapshot;
  cursorParagraph: number | null;
  reason: UpdateReason;
}

export interface WatchOptions {
  /** Quiet time after the last change before reading, in milliseconds. */
  debounceMs?: number;
  /**
   * How often to look for changes Word's events missed, in milliseconds: 2000 where Word raises
   * no change events, 5000 where it does.
   */
  pollMs?: number;
  /**
   * The poll reads the whole document only when the body's text changed, or when this long has
   * passed since the last full read (to catch formatting-only changes), in milliseconds.
   */
  fullReadMs?: number;
  /** Deliver the document once at the start. */
  initialUpdate?: boolean;
  /** Told when a read fails (the next change tries again). */
  onError?: (message: string) => void;
}

export interface Watching {
  follow: FollowMode;
  /** Reads now, without waiting for a change (e.g. the pane was shown again). */
  refresh(): Promise<void>;
  stop(): Promise<void>;
}

const SELECTION_EVENT = "documentSelectionChanged";

type HandlerResult = OfficeExtension.EventHandlerResult<unknown>;

interface Registration {
  remove(): Promise<void>;
}

const NOTHING_REGISTERED: Registration = { remove: async () => undefined };

/**
 * Adds event handlers in a Word.run (`add` queues them; the registration's sync sends them) and
 * returns how to remove them through the same context.
 */
async function registerHandlers(
  run: WordRun,
  runInContext: WordRunInContext | null | undefined,
  add: (context: Word.RequestContext) => Promise<HandlerResult[]>,
): Promise<Registration> {
  if (runInContext) {
    const results = await run(async (context) => {
      const added = await add(context);
      if (added.length > 0) await context.sync();
      return added;
    });
    if (results.length === 0) return NOTHING_REGISTERED;
    return {
      async remove() {
        const byContext = new Map<OfficeExtension.ClientRequestContext, HandlerResult[]>();
        for (const result of results)
          byContext.set(result.context, [...(byContext.get(result.context) ?? []), result]);
        results.length = 0;
        for (const [context, own] of byContext) {
          await runInContext(context, async (reopened) => {
            own.forEach((result) => result.remove());
            await reopened.sync();
          });
        }
      },
    };
  }

  // No Word.run(context, …) to come back with: keep this run open until stop(), then remove the
  // handlers in it, so that nothing is ever synced through a context whose run has ended.
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let registered: (count: number) => void = () => undefined;
  let failed: (error: unknown) => void = () => undefined;
  const ready = new Promise<number>((resolve, reject) => {
    registered = resolve;
    failed = reject;
  });
  const running = run(async (context) => {
    const added = await add(context);
    if (added.length > 0) await context.sync();
    registered(added.length);
    if (added.length === 0) return;
    await released;
    added.forEach((result) => result.remove());
    await context.sync();
  });
  // A failure before registration fails watchDocument; one while removing is reported by stop().
  running.catch(failed);
  if ((await ready) === 0) return NOTHING_REGISTERED;
  return {
    async remove() {
      release();
      await running;
    },
  };
}

export async function watchDocument(
  run: WordRun,
  host: WatchHost,
  onChange: (update: DocumentUpdate) => void,
  options: WatchOptions = {},
): Promise<Watching> {
  const debounceMs = options.debounceMs ?? 300;
  const { follow, trackedChanges } = getCapabilities(host.requirements);
  const pollMs = options.pollMs ?? (follow === "selection-and-poll" ? 2000 : 5000);
  const fullReadMs = options.fullReadMs ?? 30_000;
  const isVisible = host.isVisible ?? (() => true);

  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pendingReason: UpdateReason = "edit";
  /** Whether the next read must read the document, not only the cursor (an edit, or nothing read yet). */
  let contentStale = true;
  let lastSnapshot: DocumentSnapshot | null = null;
  let lastCursor: number | null = null;
  let reading: Promise<void> | null = null;
  let readAgain = false;
  let lastDelivered = "";
  let lastFullRead = Date.now();
  let lastProbe: string | null = null;
  /** The body text's fingerprint as the last full read saw it, so a poll after it reads nothing new. */
  let readFingerprint: string | null = null;
  let probing = false;
  let registration: Registration = NOTHING_REGISTERED;

  const read = async (reason: UpdateReason): Promise<void> => {
    if (stopped) return;
    if (reading) {
      // A change arrived while reading: read once more afterwards, not in parallel.
      readAgain = true;
      pendingReason = reason;
      return reading;
    }
    reading = (async () => {
      try {
        lastFullRead = Date.now();
        contentStale = false;
        const { snapshot, cursorParagraph } = await readSnapshotAndCursor(run, { trackedChanges });
        const key = JSON.stringify(snapshot);
        readFingerprint = textFingerprint(snapshot.paragraphs.map(wordTextOf).join("\r"));
        if (stopped) return;
        if (key !== lastDelivered || cursorParagraph !== lastCursor || !lastSnapshot) {
          // The same snapshot object when only the cursor moved, so nothing is checked again.
          if (key !== lastDelivered || !lastSnapshot) lastSnapshot = snapshot;
          lastDelivered = key;
          lastCursor = cursorParagraph;
          onChange({ snapshot: lastSnapshot, cursorParagraph, reason });
        }
      } catch (error) {
        options.onError?.(error instanceof Error ? error.message : String(error));
      } finally {
        reading = null;
      }
    })();
    await reading;
    if (readAgain && !stopped) {
      readAgain = false;
      await read(pendingReason);
    }
  };

  /** Only the cursor moved: which paragraph it is in, one sync, with the snapshot already read. */
  const readCursor = async (): Promise<void> => {
    if (stopped || !lastSnapshot) return;
    try {
      const cursorParagraph = await readCursorParagraph(run);
      if (stopped || contentStale || cursorParagraph === lastCursor) return;
      lastCursor = cursorParagraph;
      onChange({ snapshot: lastSnapshot, cursorParagraph, reason: "selection" });
    } catch {
      // The cursor could not be read (it is somewhere Word will not say): read everything.
      await read("selection");
    }
  };

  const schedule = (reason: UpdateReason) => {
    if (stopped) return;
    pendingReason = reason;
    if (reason !== "selection") contentStale = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void (contentStale || !lastSnapshot ? read(pendingReason) : readCursor());
    }, debounceMs);
  };

  /** One poll: a light look at the body's text; the whole document only if it changed (or now and then). */
  const poll = async () => {
    if (stopped || probing || timer || reading || !isVisible()) return;
    probing = true;
    try {
      let changed = true;
      try {
        const fingerprint = await probeForChange(run, { trackedChanges });
        changed = fingerprint !== lastProbe && fingerprint !== readFingerprint;
        lastProbe = fingerprint;
      } catch {
        // Could not look: read the whole document, which reports its own failure.
      }
      if (!stopped && (changed || Date.now() - lastFullRead >= fullReadMs)) await read("poll");
    } finally {
      probing = false;
    }
  };

  const onEdit = async () => schedule("edit");
  const onSelection = () => schedule("selection");

  if (follow === "paragraph-events") {
    registration = await registerHandlers(run, host.runInContext, async (context) => {
      const document = context.document;
      return [
        document.onParagraphAdded.add(onEdit),
        document.onParagraphChanged.add(onEdit),
        document.onParagraphDeleted.add(onEdit),
      ];
    });
  } else if (follow === "content-control-events") {
    registration = await registerHandlers(run, host.runInContext, async (context) => {
      const controls = context.document.body.contentControls;
      controls.load("items/tag");
      await context.sync();
      return controls.items
        .filter((control) => parseSectionTag(control.tag))
        .map((control) => {
          // Word raises content control events only for a tracked control (Microsoft's events guide).
          control.track();
          return control.onDataChanged.add(onEdit);
        });
    });
  }

  host.document?.addHandlerAsync(SELECTION_EVENT, onSelection);

  // Word's events are not to be relied on: look now and then while the pane is seen, in every mode.
  const pollTimer = setInterval(() => void poll(), pollMs);

  if (options.initialUpdate ?? true) await read("start");

  return {
    follow,
    refresh: () => read("edit"),
    async stop() {
      if (stopped) return;
      stopped = true;
      if (timer) clearTimeout(timer);
      if (pollTimer) clearInterval(pollTimer);
      host.document?.removeHandlerAsync(SELECTION_EVENT, { handler: onSelection });
      try {
        await registration.remove();
      } catch (error) {
        options.onError?.(error instanceof Error ? error.message : String(error));
      }
      registration = NOTHING_REGISTERED;
    },
  };
}
