import { createPackRegistry, type PackProblem } from "../analysis/pack-registry";
import type { Pack } from "../guidance/schema";
import { fetchOrganisationPacks, sameOriginFetch, type FetchText } from "../taskpane/organisation-packs";
import type { WordHost } from "../word";
import { officeHost } from "../word/office-host";
import { askThroughDialog, showMessage, type OfficeLike, type Wait } from "./dialog";
import {
  COULD_NOT_INSERT,
  packProblemsMessage,
  runInsertTemplateCommand,
  type InsertCommandOutcome,
  type NameAnswer,
} from "./insert-template";

/* global Office */

export interface CommandEvent {
  completed(): void;
}

/**
 * Word ends a function command (ExecuteFunction) five minutes after it starts if it has not
 * called event.completed(). Before that the command stops waiting on the worker: a name dialog
 * still open is closed (what they had typed is said in the message, and filled in again next
 * time while this runtime lives) and a message still on screen is left there.
 */
export const TIME_LIMIT_MS = 270_000;

/** The latest the command calls completed(), whatever is still happening. */
export const LAST_CALL_MS = 290_000;

/** The packs the command offers, and the organisation's that cannot be used (file and problems). */
export interface OfferedPacks {
  packs: readonly Pack[];
  problems: readonly PackProblem[];
}

export interface CommandDependencies {
  office: OfficeLike;
  /** The Word host (officeHost() in Word). */
  host: () => WordHost;
  /** The address of the page the command runs in: the dialog page is next to it. */
  base: string;
  /** Waits between tries when a dialog is still closing (12007); real waits unless injected. */
  wait?: Wait;
  /** TIME_LIMIT_MS unless injected. */
  timeLimitMs?: number;
  /**
   * The packs to offer: the pack registry's, with the organisation's packs/ folder read (see
   * taskpane/organisation-packs.ts), and the organisation's packs that cannot be used, which the
   * worker is told of; the built-in packs without it.
   */
  packs?: () => Promise<readonly Pack[] | OfferedPacks>;
  /** Runs after inserting, where the pane can be shown (the shared runtime, see taskpane). */
  afterInsert?: () => void;
}

function after(ms: number): { reached: Promise<void>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reached = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return { reached, cancel: () => clearTimeout(timer) };
}

/**
 * The ribbon's "Insert template" button. Asks for the child's name in a dialog when the document
 * has none (or inserts [Child's Name] where Word has no dialogs), inserts through src/word, and
 * reports any failure in the dialog page; a person cancelling is not a failure, so nothing more
 * is shown. An organisation's pack that cannot be used is left out of the list and the worker is
 * told which file and what is wrong, once for each problem while this page lives (after the
 * headings go in, or with the failure's message). Always calls event.completed(), and within
 * Word's time limit: Word waits for it before the button works again.
 */
export function createInsertTemplateCommand(
  deps: CommandDependencies,
): (event: CommandEvent) => Promise<InsertCommandOutcome> {
  const limitMs = deps.timeLimitMs ?? TIME_LIMIT_MS;
  // What the worker had typed when the dialog was closed on them, offered again next time.
  let leftOpen: NameAnswer | null = null;
  // Closes a message still on screen from the last press (one dialog at a time per page).
  let dismissLast = () => {};
  // The organisation's pack problems already shown, so a press of the button does not repeat them.
  const told = new Set<string>();
  const problemKey = (problem: PackProblem) => JSON.stringify([problem.file, problem.errors]);
  return async (event) => {
    dismissLast();
    const superseded = new Promise<void>((resolve) => (dismissLast = resolve));
    const limit = after(limitMs);
    const lastCall = after(limitMs + (LAST_CALL_MS - TIME_LIMIT_MS));
    let outcome: InsertCommandOutcome;
    let problems: readonly PackProblem[] = [];
    try {
      try {
        const ask = askThroughDialog(deps.office, deps.base, {
          wait: deps.wait,
          stop: limit.reached,
          prefill: leftOpen,
        });
        const offered = deps.packs ? await deps.packs() : undefined;
        const packs = offered && "packs" in offered ? offered.packs : offered;
        if (offered && "problems" in offered) problems = offered.problems;
        outcome = await runInsertTemplateCommand(deps.host(), ask, packs);
      } catch {
        outcome = { kind: "failed", message: COULD_NOT_INSERT };
      }
      if (outcome.kind === "left-open") leftOpen = outcome.typed;
      else if (outcome.kind !== "failed") leftOpen = null;
      if (outcome.kind === "inserted") deps.afterInsert?.();
      const untold = problems.filter((problem) => !told.has(problemKey(problem)));
      const notice = untold.length > 0 ? packProblemsMessage(untold) : null;
      const message =
        outcome.kind === "failed" || outcome.kind === "left-open"
          ? [outcome.message, notice].filter((part) => part !== null).join("\n\n")
          : notice;
      if (message !== null) {
        let shown = () => {};
        const onScreen = new Promise<void>((resolve) => (shown = resolve));
        const closed = showMessage(deps.office, deps.base, message, {
          wait: deps.wait,
          onOpen: () => {
            for (const problem of untold) told.add(problemKey(problem));
            shown();
          },
          stop: superseded,
        });
        // Before the limit, wait for the worker to close the message; after it, only until the
        // message is on screen: a dialog stays open after its command has ended.
        await Promise.race([
          closed,
          limit.reached.then(() => Promise.race([onScreen, closed, lastCall.reached])),
        ]);
      }
    } finally {
      limit.cancel();
      lastCall.cancel();
      event.completed();
    }
    return outcome;
  };
}

/** The real Office, narrowed to what the commands use. */
function office(): OfficeLike {
  const hasDialogs = typeof Office.context.ui?.displayDialogAsync === "function";
  return {
    context: {
      requirements: Office.context.requirements,
      ui: hasDialogs
        ? {
            displayDialogAsync: (address, options, callback) =>
              Office.context.ui.displayDialogAsync(address, options, (result) =>
                callback({
                  status: String(result.status),
                  value: {
                    addEventHandler: (type, handler) =>
                      result.value.addEventHandler(type as unknown as Office.EventType, handler),
                    close: () => result.value.close(),
                  },
                  error: result.error ? { code: result.error.code, message: result.error.message } : null,
                }),
              ),
          }
        : {},
    },
    EventType: {
      DialogMessageReceived: Office.EventType.DialogMessageReceived,
      DialogEventReceived: Office.EventType.DialogEventReceived,
    },
  };
}

/**
 * Registers the ribbon's functions with Office, in the page the command runs in: commands.html
 * (the function file where Word has no shared runtime) or taskpane.html (the shared runtime,
 * SharedRuntime 1.1, see manifest.xml). Call after Office.onReady.
 */
export function registerRibbonCommands(): void {
  // Office.actions.associate: the function commands' API (AddinCommands 1.1 hosts; it has no
  // requirement set of its own).
  Office.actions.associate("insertTemplate", (event: Office.AddinCommands.Event) => insertTemplate(event));
}

/**
 * The packs Insert template offers: the pack registry's, with the organisation's packs/ folder
 * read, and every organisation pack that cannot be used, a file that could not be read first and
 * then a pack that could not be laid, as the pane lists them.
 */
export async function offeredPacks(fetchText: FetchText | undefined): Promise<OfferedPacks> {
  const found = await fetchOrganisationPacks(fetchText);
  const registry = createPackRegistry(found.texts);
  return { packs: registry.packs, problems: [...found.problems, ...registry.problems] };
}

let command: ((event: CommandEvent) => Promise<InsertCommandOutcome>) | null = null;

/** Runs Insert template in this page (one command per page, so what was typed is kept between presses). */
export function insertTemplate(event: CommandEvent): void {
  command ??= createInsertTemplateCommand({
    office: office(),
    host: officeHost,
    base: window.location.href,
    afterInsert: showPane,
    packs: () => offeredPacks(sameOriginFetch()),
  });
  void command(event);
}

/** In the shared runtime, shows the pane after inserting so the worker sees the checks. */
function showPane(): void {
  // Office.addin.showAsTaskpane: SharedRuntime 1.1 (a function file of its own cannot show the pane).
  if (!Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) return;
  Office.addin.showAsTaskpane().catch(() => {
    // The headings are in; the worker can open the pane from the Home tab.
  });
}
