import {
  type AsyncResultLike,
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
 *
 * Two writers share it: the pane and the ribbon's function file, which Office runs as separate
 * runtimes, each holding what it read earlier. So no writer stores a whole state it read before:
 * updateDocumentState re-reads what is stored now, applies only what this writer changed, and
 * writes the result, so neither overwrites what the other stored in between.
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

/**
 * Office.context.document.settings. `refreshAsync` re-reads the settings stored in the document
 * into this runtime's in-memory copy (which is otherwise the copy read when the add-in started);
 * Office lists it under "methods that aren't part of a requirement set", so it is detected by
 * looking for it rather than with isSetSupported. Without it the merge is made with the copy in
 * memory.
 */
export interface RefreshableSettings extends OfficeSettingsLike {
  refreshAsync?(callback?: (result: AsyncResultLike) => void): void;
}

export interface StateHost {
  requirements: RequirementsLike;
  /** Office.context.document.settings, used where Word's document settings are missing. */
  officeSettings?: RefreshableSettings | null;
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

/**
 * Re-reads Office's settings from the document into this runtime's copy, where the host can; on
 * failure the copy in memory stands.
 */
async function refreshed(settings: RefreshableSettings): Promise<void> {
  if (typeof settings.refreshAsync !== "function") return;
  const refresh = settings.refreshAsync.bind(settings);
  await new Promise<void>((resolve) => {
    try {
      refresh(() => resolve());
    } catch {
      resolve();
    }
  });
}

/**
 * One sync with Word's settings; none with Office's settings, which are first re-read from the
 * document (refreshAsync) so that a runtime started earlier sees what another stored since.
 */
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
  if (host.officeSettings) await refreshed(host.officeSettings);
  const fromOffice = host.officeSettings ? parseState(host.officeSettings.get(STATE_SETTING_KEY)) : null;
  if (fromOffice) return { state: fromOffice, foundIn: "office-settings" };
  return { state: { ...EMPTY_STATE, dismissedFindings: [] }, foundIn: null };
}

export type SaveStateResult = { ok: true; storedIn: StateStore } | Failure;

export const STATE_NOT_SAVED =
  "Case Summary Coach couldn't store the child's name and dismissed checks in this document, so they will need choosing again next time. Your text is not affected.";

/**
 * What one writer changed: a field left out is left as stored. `dismiss` adds finding ids to the
 * dismissed ones, `restore` takes them out (a restore wins over a dismissal of the same id in
 * the same change).
 */
export interface StateChange {
  childName?: string | null;
  packId?: string | null;
  dismiss?: readonly string[];
  restore?: readonly string[];
}

/** The change that turns `before` into `after`: for a writer that holds whole states. */
export function changeBetween(before: DocumentState, after: DocumentState): StateChange {
  const change: StateChange = {};
  if (after.childName !== before.childName) change.childName = after.childName;
  if (after.packId !== before.packId) change.packId = after.packId;
  const had = new Set(before.dismissedFindings);
  const has = new Set(after.dismissedFindings);
  const dismiss = after.dismissedFindings.filter((id) => !had.has(id));
  const restore = before.dismissedFindings.filter((id) => !has.has(id));
  if (dismiss.length > 0) change.dismiss = dismiss;
  if (restore.length > 0) change.restore = restore;
  return change;
}

/** Applies a change to what is stored now. At the limit the oldest dismissals give way. */
export function applyStateChange(stored: DocumentState, change: StateChange): DocumentState {
  const restored = new Set(change.restore ?? []);
  const dismissed = [...new Set([...stored.dismissedFindings, ...(change.dismiss ?? [])])].filter(
    (id) => !restored.has(id),
  );
  return {
    childName: change.childName !== undefined ? change.childName : stored.childName,
    packId: change.packId !== undefined ? change.packId : stored.packId,
    dismissedFindings: dismissed.slice(-MAX_DISMISSED),
  };
}

export type UpdateStateResult = { ok: true; storedIn: StateStore; state: DocumentState } | Failure;

// One write at a time per runtime: two overlapping updates would each re-read before the other
// wrote, and the second would then lose the first's change.
const writeQueues = new WeakMap<object, Promise<unknown>>();

function oneAtATime<T>(key: object, write: () => Promise<T>): Promise<T> {
  const previous = writeQueues.get(key) ?? Promise.resolve();
  const next = previous.then(write, write);
  writeQueues.set(
    key,
    next.catch(() => undefined),
  );
  return next;
}

/**
 * Stores what this writer changed, merged with what the document holds now, and returns the
 * merged state for the pane to show.
 *
 * Word's document settings (WordApi 1.4): one run, two syncs: the stored setting is read
 * (getItemOrNullObject and load, sync), the change applied to it, and the result added (sync).
 * Office's settings: no syncs; refreshAsync re-reads this runtime's copy from the document (the
 * ribbon may have stored something since the pane started), then set and saveAsync. saveAsync
 * writes this runtime's whole copy, so the copy must be fresh. If refreshAsync fails, or the host
 * lacks it, the change is merged with the copy in memory rather than not stored at all.
 */
export function updateDocumentState(
  run: WordRun,
  host: StateHost,
  change: StateChange,
): Promise<UpdateStateResult> {
  if (hasWordSettings(host)) return oneAtATime(run, () => updateWordSettings(run, host, change));
  const settings = host.officeSettings;
  if (!settings) {
    return Promise.resolve({ ok: false, reason: "unsupported", message: STATE_NOT_SAVED });
  }
  return oneAtATime(settings, () => updateOfficeSettings(settings, change));
}

async function updateWordSettings(
  run: WordRun,
  host: StateHost,
  change: StateChange,
): Promise<UpdateStateResult> {
  try {
    const state = await run(async (context) => {
      const setting = context.document.settings.getItemOrNullObject(STATE_SETTING_KEY);
      setting.load("value");
      await context.sync();
      const stored =
        (setting.isNullObject ? null : parseState(setting.value as unknown)) ??
        (host.officeSettings ? parseState(host.officeSettings.get(STATE_SETTING_KEY)) : null) ??
        EMPTY_STATE;
      const merged = applyStateChange(stored, change);
      context.document.settings.add(STATE_SETTING_KEY, serialise(merged));
      await context.sync();
      return merged;
    });
    return { ok: true, storedIn: "word-settings", state };
  } catch (error) {
    return {
      ok: false,
      reason: "word-error",
      message: wordErrorMessage("store the add-in's settings in the document", error),
    };
  }
}

async function updateOfficeSettings(
  settings: RefreshableSettings,
  change: StateChange,
): Promise<UpdateStateResult> {
  await refreshed(settings);
  const merged = applyStateChange(parseState(settings.get(STATE_SETTING_KEY)) ?? EMPTY_STATE, change);
  settings.set(STATE_SETTING_KEY, serialise(merged));
  const saved = await new Promise<boolean>((resolve) =>
    settings.saveAsync((result) => resolve(result.status === "succeeded")),
  );
  return saved
    ? { ok: true, storedIn: "office-settings", state: merged }
    : { ok: false, reason: "word-error", message: STATE_NOT_SAVED };
}

/**
 * Replaces whatever is stored with `state`, without reading it first (one sync with Word's
 * settings). It overwrites what another runtime stored since this one read, so the add-in's
 * writers use updateDocumentState; this is for seeding a document, as tests do.
 */
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
