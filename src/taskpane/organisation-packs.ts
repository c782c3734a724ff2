import type { OrganisationPackText, PackProblem } from "../analysis/pack-registry";

/**
 * Reads the organisation's own packs from the packs/ folder deployed beside taskpane.html: its
 * index.json lists the files ({"packs": ["north-team.json"]}), each fetched from the add-in's own
 * origin. Nothing else is fetched: a name with a slash, a colon or ".." is refused, so a list cannot
 * send the pane to another folder or address. No folder (most councils, and the demo out of the
 * box) is no packs and no message; a file that cannot be read is a problem named by its file.
 */

/** The part of fetch this needs; injected, so tests pass a fake and nothing else reaches the network. */
export type FetchText = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface OrganisationPacks {
  texts: OrganisationPackText[];
  problems: PackProblem[];
}

export const PACKS_FOLDER = "packs/";
const INDEX = `${PACKS_FOLDER}index.json`;
/** Far beyond a council's templates and teams; a longer list is a mistake, not a need. */
const MAX_PACKS = 50;

export async function fetchOrganisationPacks(fetchText: FetchText | undefined): Promise<OrganisationPacks> {
  if (!fetchText) return { texts: [], problems: [] };
  let indexText: string;
  try {
    const response = await fetchText(INDEX);
    if (!response.ok) return { texts: [], problems: [] };
    indexText = await response.text();
  } catch {
    return { texts: [], problems: [] };
  }
  const listed = listedFiles(indexText);
  if ("problem" in listed) return { texts: [], problems: [{ file: INDEX, errors: [listed.problem] }] };
  const texts: OrganisationPackText[] = [];
  const problems: PackProblem[] = [];
  for (const name of listed.files) {
    const file = `${PACKS_FOLDER}${name}`;
    try {
      const response = await fetchText(file);
      if (response.ok) texts.push({ file, text: await response.text() });
      else
        problems.push({
          file,
          errors: [`could not be read from the add-in's packs folder (HTTP ${response.status})`],
        });
    } catch {
      problems.push({ file, errors: ["could not be read from the add-in's packs folder"] });
    }
  }
  return { texts, problems };
}

function listedFiles(text: string): { files: string[] } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { problem: 'is not valid JSON; it should be like {"packs": ["north-team.json"]}' };
  }
  const packs = typeof data === "object" && data !== null ? (data as { packs?: unknown }).packs : undefined;
  if (!Array.isArray(packs))
    return { problem: 'packs: is missing; list the pack files, like {"packs": ["north-team.json"]}' };
  if (packs.length > MAX_PACKS)
    return { problem: `packs: lists ${packs.length} files; at most ${MAX_PACKS} can be used` };
  for (const [index, name] of packs.entries()) {
    if (typeof name !== "string" || !/^[A-Za-z0-9][A-Za-z0-9._-]*\.json$/.test(name) || name.includes("..")) {
      return {
        problem: `packs[${index}]: must be the name of a .json file in the packs folder, like "north-team.json" (no folders or addresses)`,
      };
    }
  }
  return { files: packs as string[] };
}

/**
 * The browser's fetch, for the pane's own folder only: a relative address (so the add-in's own
 * origin), no credentials beyond it, and asked again of the server each time, so a pack the
 * council has just put right is used at once.
 */
export function sameOriginFetch(): FetchText | undefined {
  if (typeof window === "undefined" || typeof window.fetch !== "function") return undefined;
  return (url) => window.fetch(url, { credentials: "same-origin", cache: "no-cache", redirect: "error" });
}
