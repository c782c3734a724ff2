import type { AskForName, LeftOpen, NameAnswer, NameRequest } from "./insert-template";

/**
 * The ribbon's dialogs, through Office's Dialog API 1.1 (Office.context.ui.displayDialogAsync,
 * Dialog.addEventHandler and Dialog.close: DialogApi 1.1): name-dialog.html asks for the template
 * and the child's name, or shows a message. Where Word has no shared runtime a function command
 * cannot reach the pane, so a dialog is the one way it can ask or tell the worker anything.
 * Office is injected (the parts used are described below), so this is tested without Office.
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

/**
 * What the name dialog sends as the worker types (and when it opens), so that what they typed is
 * not lost if the command has to close the dialog before they answer (see commands.ts).
 */
export interface DialogDraft {
  kind: "draft";
  templateId: string;
  childName: string;
}

/** Any message the dialog page sends. */
export type DialogMessage = DialogReply | DialogDraft;

/** How a dialog ended: a reply, null (closed with its X), or closed by the command (`stop`). */
export type DialogEnd = DialogReply | null | { kind: "stopped" };

export function parseReply(message: string): DialogMessage | null {
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
    (reply.kind === "insert" || reply.kind === "draft") &&
    typeof reply.templateId === "string" &&
    typeof reply.childName === "string"
  ) {
    return { kind: reply.kind, templateId: reply.templateId, childName: reply.childName };
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
 * Office's "a dialog is already open from this host window". Dialog.close is asynchronous (it takes
 * no callback), so opening a dialog straight after closing one can get this until the first has
 * gone; Microsoft's advice is to try again ("Opening another dialog immediately after closing
 * one", Best practices and rules for the Office dialog API).
 */
export const DIALOG_ALREADY_OPEN = 12007;

/** The waits between tries after 12007: five tries in all, about 1.5 seconds at most. */
export const RETRY_WAITS_MS: readonly number[] = [100, 200, 400, 800];

/** Waits ms milliseconds (injected so tests need not wait). */
export type Wait = (ms: number) => Promise<void>;

export const realWait: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface OpenOptions {
  /** Between tries after 12007; realWait unless a test injects its own. */
  wait?: Wait;
  /** Called when the dialog is on screen. */
  onOpen?: () => void;
  /** Called with each draft the page sends (what the worker has typed so far). */
  onDraft?: (draft: DialogDraft) => void;
  /**
   * When this resolves, the command closes the dialog itself and openDialog resolves
   * { kind: "stopped" } (the function command's time limit, see commands.ts).
   */
  stop?: Promise<void>;
}

function displayOnce(
  office: OfficeLike,
  url: string,
  size: { height: number; width: number },
): Promise<DialogResultLike> {
  return new Promise((resolve) =>
    office.context.ui!.displayDialogAsync!(url, { ...size, displayInIframe: true }, resolve),
  );
}

/**
 * Opens the page and resolves with the first reply it sends (the dialog is then closed), null
 * when the person closed it, or { kind: "stopped" } when options.stop came first; rejects when
 * Office could not open it or the page failed. 12007 is tried again after RETRY_WAITS_MS; any
 * other refusal (a pop-up blocked, the person choosing Ignore) is final.
 */
export async function openDialog(
  office: OfficeLike,
  url: string,
  size: { height: number; width: number },
  options: OpenOptions = {},
): Promise<DialogEnd> {
  const origin = new URL(url).origin;
  const wait = options.wait ?? realWait;
  let result = await displayOnce(office, url, size);
  for (const ms of RETRY_WAITS_MS) {
    if (result.status === "succeeded" || result.error?.code !== DIALOG_ALREADY_OPEN) break;
    await wait(ms);
    result = await displayOnce(office, url, size);
  }
  if (result.status !== "succeeded") {
    throw new Error(`The dialog could not be opened (${result.error?.code ?? "no code"}).`);
  }
  const dialog = result.value;
  options.onOpen?.();
  return new Promise<DialogEnd>((resolve, reject) => {
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
    void options.stop?.then(() => finish(() => resolve({ kind: "stopped" })));
    dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
      if (!("message" in arg)) return;
      // Only the add-in's own page may answer (Office gives the sender's origin where it can).
      if (arg.origin !== undefined && arg.origin !== origin) return;
      const message = parseReply(arg.message);
      if (message?.kind === "draft") {
        if (!settled) options.onDraft?.(message);
        return;
      }
      finish(() =>
        message ? resolve(message) : reject(new Error("The dialog sent an unexpected message.")),
      );
    });
    dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
      if (!("error" in arg)) return;
      if (arg.error === DIALOG_CLOSED_BY_PERSON) finish(() => resolve(null));
      else finish(() => reject(new Error(`The dialog failed (${arg.error}).`)));
    });
  });
}

export function dialogUrl(base: string, params: Record<string, string>): string {
  const url = new URL(DIALOG_PAGE, base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

export interface AskOptions {
  wait?: Wait;
  /** When this resolves, the dialog is closed and the answer is LeftOpen (see commands.ts). */
  stop?: Promise<void>;
  /** What the worker had typed when a dialog was last closed on them: filled in again. */
  prefill?: NameAnswer | null;
}

/** The dialog that asks for the template and the name; null where this Word has no Dialog API. */
export function askThroughDialog(
  office: OfficeLike,
  base: string,
  options: AskOptions = {},
): AskForName | null {
  if (!canShowDialogs(office)) return null;
  return async (request: NameRequest): Promise<NameAnswer | LeftOpen | null> => {
    const prefill = options.prefill?.childName ? options.prefill : null;
    const url = dialogUrl(base, {
      template: prefill?.templateId ?? request.templateId,
      templates: JSON.stringify(request.templates),
      ...(prefill ? { name: prefill.childName } : {}),
    });
    let typed: NameAnswer | null = null;
    const end = await openDialog(
      office,
      url,
      { height: 45, width: 30 },
      {
        wait: options.wait,
        stop: options.stop,
        onDraft: (draft) => (typed = { templateId: draft.templateId, childName: draft.childName }),
      },
    );
    if (end?.kind === "stopped") return { leftOpen: true, typed };
    return end?.kind === "insert" ? { templateId: end.templateId, childName: end.childName } : null;
  };
}

export interface MessageOptions {
  wait?: Wait;
  /** Called when the message is on screen. */
  onOpen?: () => void;
  /** When this resolves, the message is closed (the worker pressed the button again). */
  stop?: Promise<void>;
}

/**
 * Shows a message in the dialog page and resolves when the person has closed it. Returns false
 * where there is no way to show it (no Dialog API, or Office refused to open the dialog, after
 * trying again while an earlier dialog was still closing).
 */
export async function showMessage(
  office: OfficeLike,
  base: string,
  message: string,
  options: MessageOptions = {},
): Promise<boolean> {
  if (!canShowDialogs(office)) return false;
  try {
    await openDialog(office, dialogUrl(base, { message }), { height: 30, width: 30 }, options);
    return true;
  } catch {
    return false;
  }
}
