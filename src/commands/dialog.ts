import type { AskForName, NameAnswer, NameRequest } from "./insert-template";

/**
 * The ribbon's dialogs, through Office's Dialog API 1.1 (Office.context.ui.displayDialogAsync):
 * name-dialog.html asks for the template and the child's name, or shows a message. The manifest
 * cannot declare a shared runtime (see README), so a button cannot open the pane; a dialog is
 * the one way a function command can ask or tell the worker anything. Office is injected (the
 * parts used are described below), so this is tested without Office.
 */

/** The argument of a dialog's DialogMessageReceived or DialogEventReceived handler. */
export type DialogEventArg = { message: string; origin?: string | undefined } | { error: number };

/** Office.EventType's members (typed as an enum in @types/office-js; strings in office.js). */
export type EventName = string | number;

export interface DialogLike {
  addEventHandler(eventType: EventName, handler: (arg: DialogEventArg) => void): void;
  close(): void;
}

export interface DialogResultLike {
  status: string;
  value: DialogLike;
  error?: { code: number; message: string } | null;
}

/** The parts of Office the ribbon's commands use. */
export interface OfficeLike {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    ui?: {
      displayDialogAsync?(
        startAddress: string,
        options: { height: number; width: number; displayInIframe?: boolean },
        callback: (result: DialogResultLike) => void,
      ): void;
    };
  };
  EventType: { DialogMessageReceived: EventName; DialogEventReceived: EventName };
}

/** The page, next to commands.html. */
export const DIALOG_PAGE = "name-dialog.html";

/** Messages the dialog page sends with messageParent, as JSON. */
export type DialogReply =
  { kind: "insert"; templateId: string; childName: string } | { kind: "cancel" } | { kind: "close" };

export function parseReply(message: string): DialogReply | null {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const reply = value as Record<string, unknown>;
  if (reply.kind === "cancel" || reply.kind === "close") return { kind: reply.kind };
  if (
    reply.kind === "insert" &&
    typeof reply.templateId === "string" &&
    typeof reply.childName === "string"
  ) {
    return { kind: "insert", templateId: reply.templateId, childName: reply.childName };
  }
  return null;
}

function canShowDialogs(office: OfficeLike): boolean {
  return (
    office.context.requirements.isSetSupported("DialogApi", "1.1") &&
    typeof office.context.ui?.displayDialogAsync === "function"
  );
}

/** Office's "the person closed the dialog" (the X in its title bar). */
const DIALOG_CLOSED_BY_PERSON = 12006;

/**
 * Opens the page and resolves with the first reply it sends (the dialog is then closed), or null
 * when the person closed it; rejects when Office could not open it or the page failed.
 */
export function openDialog(
  office: OfficeLike,
  url: string,
  size: { height: number; width: number },
): Promise<DialogReply | null> {
  const origin = new URL(url).origin;
  return new Promise((resolve, reject) => {
    office.context.ui!.displayDialogAsync!(url, { ...size, displayInIframe: true }, (result) => {
      if (result.status !== "succeeded") {
        reject(new Error(`The dialog could not be opened (${result.error?.code ?? "no code"}).`));
        return;
      }
      const dialog = result.value;
      let settled = false;
      const finish = (settle: () => void) => {
        if (settled) return;
        settled = true;
        try {
          dialog.close();
        } catch {
          // Already closed by the person.
        }
        settle();
      };
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
        if (!("message" in arg)) return;
        // Only the add-in's own page may answer (Office gives the sender's origin where it can).
        if (arg.origin !== undefined && arg.origin !== origin) return;
        const reply = parseReply(arg.message);
        finish(() => (reply ? resolve(reply) : reject(new Error("The dialog sent an unexpected message."))));
      });
      dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
        if (!("error" in arg)) return;
        if (arg.error === DIALOG_CLOSED_BY_PERSON) finish(() => resolve(null));
        else finish(() => reject(new Error(`The dialog failed (${arg.error}).`)));
      });
    });
  });
}

export function dialogUrl(base: string, params: Record<string, string>): string {
  const url = new URL(DIALOG_PAGE, base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

/** The dialog that asks for the template and the name; null where this Word has no Dialog API. */
export function askThroughDialog(office: OfficeLike, base: string): AskForName | null {
  if (!canShowDialogs(office)) return null;
  return async (request: NameRequest): Promise<NameAnswer | null> => {
    const url = dialogUrl(base, {
      template: request.templateId,
      templates: JSON.stringify(request.templates),
    });
    const reply = await openDialog(office, url, { height: 45, width: 30 });
    return reply?.kind === "insert" ? { templateId: reply.templateId, childName: reply.childName } : null;
  };
}

/**
 * Shows a message in the dialog page and resolves when the person has closed it. Returns false
 * where there is no way to show it (no Dialog API, or Office refused to open the dialog).
 */
export async function showMessage(office: OfficeLike, base: string, message: string): Promise<boolean> {
  if (!canShowDialogs(office)) return false;
  try {
    await openDialog(office, dialogUrl(base, { message }), { height: 30, width: 30 });
    return true;
  } catch {
    return false;
  }
}
