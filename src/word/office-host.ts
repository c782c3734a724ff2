import type {
  AsyncResultLike,
  OfficeDocumentLike,
  RefreshableSettings,
  WordHost,
  WordRun,
  WordRunInContext,
} from "./index";

/**
 * The real host: Word.run and Office's context, handed to the pane once Office is ready. Tests and
 * the browser demo hand the pane the fake Word's host instead.
 */
export function officeHost(): WordHost {
  const run: WordRun = (batch) => Word.run(batch);
  // Word.run(object, batch) runs in that object's context: event handlers are removed through it.
  const runInContext: WordRunInContext = (context, batch) =>
    Word.run((context as Word.RequestContext).document, batch);
  return {
    run,
    runInContext,
    requirements: Office.context.requirements,
    document: officeDocument(Office.context.document),
    officeSettings: officeSettings(Office.context.document.settings),
    isVisible: () => document.visibilityState === "visible",
    ...(Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1")
      ? { openInBrowser: (url: string) => Office.context.ui.openBrowserWindow(url) }
      : {}),
  };
}

const asResult = (result: Office.AsyncResult<void>): AsyncResultLike => ({
  status: String(result.status),
  error: result.error ?? null,
});

/** Office's overloaded signatures, narrowed to the ones src/word uses. */
function officeDocument(officeDoc: Office.Document): OfficeDocumentLike {
  const eventType = (name: string): Office.EventType | undefined =>
    (Object.values(Office.EventType) as Office.EventType[]).find((value) => String(value) === name);
  const unknownEvent = (name: string): AsyncResultLike => ({
    status: "failed",
    error: { message: `Office has no event called ${name}.` },
  });
  return {
    addHandlerAsync(name, handler, callback) {
      const type = eventType(name);
      if (!type) return callback?.(unknownEvent(name));
      officeDoc.addHandlerAsync(type, handler, (result) => callback?.(asResult(result)));
    },
    removeHandlerAsync(name, options, callback) {
      const type = eventType(name);
      if (!type) return callback?.(unknownEvent(name));
      officeDoc.removeHandlerAsync(type, options ?? {}, (result) => callback?.(asResult(result)));
    },
  };
}

function officeSettings(settings: Office.Settings): RefreshableSettings {
  return {
    get: (name) => settings.get(name) as unknown,
    set: (name, value) => settings.set(name, value),
    saveAsync: (callback) => settings.saveAsync((result) => callback?.(asResult(result))),
    // Re-reads what another runtime (the ribbon's) saved; in no requirement set, so looked for.
    ...(typeof settings.refreshAsync === "function"
      ? {
          refreshAsync: (callback?: (result: AsyncResultLike) => void) =>
            settings.refreshAsync((result) =>
              callback?.({ status: String(result.status), error: result.error ?? null }),
            ),
        }
      : {}),
  };
}

export type ThemeName = "light" | "dark" | "high-contrast";

/** Follows Office's theme: high contrast when Windows forces colours, dark on a dark Office theme. */
export function officeThemeName(): ThemeName {
  if (typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches) {
    return "high-contrast";
  }
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  return background && luminance(background) < 0.4 ? "dark" : "light";
}

function luminance(hex: string): number {
  const value = /^#?([0-9a-f]{6})$/i.exec(hex.trim())?.[1];
  if (!value) return 1;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
