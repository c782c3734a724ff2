import type { WordHost } from "../word";
import { officeHost } from "../word/office-host";
import { askThroughDialog, showMessage, type OfficeLike } from "./dialog";
import { COULD_NOT_INSERT, runInsertTemplateCommand, type InsertCommandOutcome } from "./insert-template";

/* global Office */

export interface CommandEvent {
  completed(): void;
}

export interface CommandDependencies {
  office: OfficeLike;
  /** The Word host (officeHost() in Word). */
  host: () => WordHost;
  /** The address of commands.html: the dialog page is next to it. */
  base: string;
}

/**
 * The ribbon's "Insert template" button. Asks for the child's name in a dialog when the document
 * has none (or inserts [Child's Name] where Word has no dialogs), inserts through src/word, and
 * reports any failure in the dialog page; a person cancelling is not a failure, so nothing more
 * is shown. Always calls event.completed(): Word waits for it before the button works again.
 */
export function createInsertTemplateCommand(
  deps: CommandDependencies,
): (event: CommandEvent) => Promise<InsertCommandOutcome> {
  return async (event) => {
    let outcome: InsertCommandOutcome;
    try {
      try {
        outcome = await runInsertTemplateCommand(deps.host(), askThroughDialog(deps.office, deps.base));
      } catch {
        outcome = { kind: "failed", message: COULD_NOT_INSERT };
      }
      if (outcome.kind === "failed") await showMessage(deps.office, deps.base, outcome.message);
    } finally {
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

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    const insertTemplate = createInsertTemplateCommand({
      office: office(),
      host: officeHost,
      base: window.location.href,
    });
    Office.actions.associate("insertTemplate", (event: Office.AddinCommands.Event) => {
      void insertTemplate(event);
    });
  });
}
