import {
  type OfficeSettingsLike,
  type RequirementsLike,
  type WordRun,
  wordErrorMessage,
  type Failure,
} from "./run";

/**
 * What the add-in remembers about a document (the child's name, the pack, the findings the worker
 * dismissed) is stored in the document itself, so reopening it on another machine restores it.
 * Word's document settings (WordApi 1.4) where the host has them; otherwise Office's settings,
 * which Word saves into the same document. Nothing is kept outside the document.
 */

export interface DocumentState {
  childName: string | null;
  packId: string | null;
  dismissedFindings: string[];
}

export const EMPTY_STATE: DocumentState = { childName: null, packId: null, dismissedFindings: [] };

/** One setting holds the state as JSON, with a version for later changes of shape. */
export const STATE_SETTING_KEY = "caseSummaryCoach.state";
const STATE_VERSION = 1;
const MAX_DISMISSED = 2000;

export interface StateHost {
  requirements: RequirementsLike;
  /** Office.context.document.settings, used where Word's document settings are missing. */
  officeSettings?: OfficeSettingsLike | null;
}

export type StateStore = "word-settings" | "office-settings";

/** Accepts what a previous version (or a damaged document) stored, keeping only what makes sense. */
export function parseState(stored: unknown): DocumentState | null {
  if (typeof stored === "string") {
    try {
      return parseState(JSON.parse(stored));
    } catch {
      return null;
    }
  }
  if (typeof stored !== "object" || stored === null) return null;
  const value = stored as Record<string, unknown>;
  const text = (field: unknown) => (typeof field === "string" && field.trim() ? field : null);
  const dismissed = Array.isArray(value.dismissedFindings)
    ? value.dismissedFindings.filter((id): id is string => typeof id === "string").slice(0, MAX_DISMISSED)
    : [];
  return {
    childName: text(value.childName),
    packId: text(value.packId),
    dismissedFindings: [...new Set(dismissed)],
  };
}

function serialise(state: DocumentState): Record<string, unknown> {
  return {
    version: STATE_VERSION,
    childName: state.childName,
    packId: state.packId,
    dismissedFindings: [...new Set(state.dismissedFindings)].slice(0, MAX_DISMISSED),
  };
}

function hasWordSettings(host: StateHost): boolean {
  return host.requirements.isSetSupported("WordApi", "1.4");
}

export interface LoadedState {
  state: DocumentState;
  /** Where it was found; null when the document has none yet. */
  foundIn: StateStore | null;
}

/** One sync with Word's settings; none with Office's settings (already in memory). */
export async function loadDocumentState(run: WordRun, host: StateHost): Promise<LoadedState> {
  if (hasWordSettings(host)) {
    const stored = await run(async (context) => {
      const setting = context.document.settings.getItemOrNullObject(STATE_SETTING_KEY);
      setting.load("value");
      await context.sync();
      return setting.isNullObject ? null : (setting.value as unknown);
    });
    const state = parseState(stored);
    if (state) return { state, foundIn: "word-settings" };
  }
  const fromOffice = host.officeSettings ? parseState(host.officeSettings.get(STATE_SETTING_KEY)) : null;
  if (fromOffice) return { state: fromOffice, foundIn: "office-settings" };
  return { state: { ...EMPTY_STATE, dismissedFindings: [] }, foundIn: null };
}

export type SaveStateResult = { ok: true; storedIn: StateStore } | Failure;

export const STATE_NOT_SAVED =
  "Case Summary Coach couldn't store the child's name and dismissed checks in this document, so they will need choosing again next time. Your text is not affected.";

/** Stores the state in the document (saved to disk when the worker saves the document). One sync. */
export async function saveDocumentState(
  run: WordRun,
  host: StateHost,
  state: DocumentState,
): Promise<SaveStateResult> {
  const value = serialise(state);
  if (hasWordSettings(host)) {
    try {
      await run(async (context) => {
        context.document.settings.add(STATE_SETTING_KEY, value);
        await context.sync();
      });
      return { ok: true, storedIn: "word-settings" };
    } catch (error) {
      return {
        ok: false,
        reason: "word-error",
        message: wordErrorMessage("store the add-in's settings in the document", error),
      };
    }
  }
  const settings = host.officeSettings;
  if (!settings) return { ok: false, reason: "unsupported", message: STATE_NOT_SAVED };
  settings.set(STATE_SETTING_KEY, value);
  const saved = await new Promise<boolean>((resolve) =>
    settings.saveAsync((result) => resolve(result.status === "succeeded")),
  );
  return saved
    ? { ok: true, storedIn: "office-settings" }
    : { ok: false, reason: "word-error", message: STATE_NOT_SAVED };
}
