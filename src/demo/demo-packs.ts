import type { FetchText } from "../taskpane/organisation-packs";

/**
 * The demo's packs/ folder, as the pane reads it: the folder served beside the demo (if any), with
 * the packs loaded in the demo's "Load your organisation's template pack" added to its list. A
 * loaded pack never leaves the page: the pane's fetch is answered here for it.
 */
export interface LoadedPack {
  /** The file name in the packs folder it is given: the pack's id, e.g. "north-team.json". */
  name: string;
  text: string;
}

export function demoPacksFetch(loaded: readonly LoadedPack[], served: FetchText | undefined): FetchText {
  const found = (text: string) => ({ ok: true, status: 200, text: async () => text });
  const missing = { ok: false, status: 404, text: async () => "" };
  return async (url) => {
    if (url === "packs/index.json") {
      let listed: unknown[] = [];
      if (served) {
        try {
          const response = await served(url);
          if (response.ok) {
            const data: unknown = JSON.parse(await response.text());
            const packs =
              typeof data === "object" && data !== null ? (data as { packs?: unknown }).packs : [];
            if (Array.isArray(packs)) listed = packs;
          }
        } catch {
          // No folder served beside the demo: the loaded packs only.
        }
      }
      const names = loaded.map((pack) => pack.name);
      if (listed.length === 0 && names.length === 0) return missing;
      return found(
        JSON.stringify({ packs: [...listed.filter((n) => !names.includes(String(n))), ...names] }),
      );
    }
    const own = loaded.find((pack) => url === `packs/${pack.name}`);
    if (own) return found(own.text);
    return served ? served(url) : missing;
  };
}

/** The name a loaded pack is listed under: its id where it has a usable one. */
export function loadedPackName(text: string, fallback: string): string {
  try {
    const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    const id = typeof data === "object" && data !== null ? (data as { id?: unknown }).id : undefined;
    if (typeof id === "string" && /^[a-z0-9][a-z0-9-]*$/.test(id)) return `${id}.json`;
  } catch {
    // The loader says what is wrong with it.
  }
  return fallback;
}
