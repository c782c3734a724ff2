import type { DocumentSnapshot } from "../analysis/snapshot";
import { parseSectionTag } from "../analysis/tags";
import { getCapabilities, type FollowMode } from "./capabilities";
import { readSnapshotAndCursor } from "./read";
import type { OfficeDocumentLike, RequirementsLike, WordRun } from "./run";

/**
 * Following the worker: when the document changes, wait until typing pauses (about 300 ms), then
 * read the document and the cursor's paragraph in one sync and hand them over. Uses Word's
 * paragraph events (WordApi 1.6) where the host has them; content control events (1.5) on the
 * template's sections where not; and otherwise the selection-changed event of Office's common API
 * and a light poll while the pane is visible. Re-checking only the changed sections is the
 * engine's job (createAnalyser); this module delivers fresh snapshots.
 */

export interface WatchHost {
  requirements: RequirementsLike;
  /** Office.context.document, for DocumentSelectionChanged; omit where there is none. */
  document?: OfficeDocumentLike | null;
  /** Whether the pane can be seen; the poll pauses while it can't. Defaults to always. */
  isVisible?: () => boolean;
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
  /** How often to look for changes when Word raises no change events, in milliseconds. */
  pollMs?: number;
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

export async function watchDocument(
  run: WordRun,
  host: WatchHost,
  onChange: (update: DocumentUpdate) => void,
  options: WatchOptions = {},
): Promise<Watching> {
  const debounceMs = options.debounceMs ?? 300;
  const pollMs = options.pollMs ?? 2000;
  const isVisible = host.isVisible ?? (() => true);
  const { follow } = getCapabilities(host.requirements);

  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pendingReason: UpdateReason = "edit";
  let reading: Promise<void> | null = null;
  let readAgain = false;
  let lastDelivered = "";
  const handlerResults: OfficeExtension.EventHandlerResult<unknown>[] = [];

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
        const { snapshot, cursorParagraph } = await readSnapshotAndCursor(run);
        const key = JSON.stringify([snapshot, cursorParagraph]);
        if (!stopped && key !== lastDelivered) {
          lastDelivered = key;
          onChange({ snapshot, cursorParagraph, reason });
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

  const schedule = (reason: UpdateReason) => {
    if (stopped) return;
    pendingReason = reason;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void read(pendingReason);
    }, debounceMs);
  };

  const onEdit = async () => schedule("edit");
  const onSelection = () => schedule("selection");

  if (follow === "paragraph-events") {
    await run(async (context) => {
      const document = context.document;
      handlerResults.push(
        document.onParagraphAdded.add(onEdit),
        document.onParagraphChanged.add(onEdit),
        document.onParagraphDeleted.add(onEdit),
      );
      await context.sync();
    });
  } else if (follow === "content-control-events") {
    await run(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load("items/tag");
      await context.sync();
      for (const control of controls.items) {
        if (parseSectionTag(control.tag)) handlerResults.push(control.onDataChanged.add(onEdit));
      }
      if (handlerResults.length > 0) await context.sync();
    });
  }

  host.document?.addHandlerAsync(SELECTION_EVENT, onSelection);

  // Without paragraph events some changes raise nothing: look now and then while the pane is seen.
  const poll =
    follow === "paragraph-events"
      ? null
      : setInterval(() => {
          if (isVisible() && !timer) void read("poll");
        }, pollMs);

  if (options.initialUpdate ?? true) await read("start");

  return {
    follow,
    refresh: () => read("edit"),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      host.document?.removeHandlerAsync(SELECTION_EVENT, { handler: onSelection });
      // Event handlers belong to the context that added them; remove them through it.
      const contexts = new Set<OfficeExtension.ClientRequestContext>();
      for (const result of handlerResults) {
        result.remove();
        contexts.add(result.context);
      }
      handlerResults.length = 0;
      await Promise.all([...contexts].map((context) => context.sync()));
    },
  };
}
