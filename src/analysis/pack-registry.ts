import { basePack, builtInPacks } from "./built-in-packs";
import type { Pack } from "../guidance/schema";
import { loadPackFromJson, type LoadPackResult } from "./load-pack";
import { builtInRules } from "./rules";

/**
 * The one list of packs the pane, the ribbon, the command line and the demo choose from: the
 * built-in packs, then the organisation's own (deployed in a packs/ folder beside the add-in, or
 * loaded in the demo). An organisation's pack may extend document 000's general requirements (the
 * base pack, which is not a template of its own), a built-in pack or one listed before it.
 * A broken one is set aside with its problems, naming the field; the others keep working.
 */

export interface OrganisationPackText {
  /** Where it came from, for messages: "packs/north-team.json". */
  file: string;
  text: string;
}

export interface PackProblem {
  file: string;
  errors: string[];
}

export interface PackRegistry {
  /** Built-in packs first (the default first of all), then the organisation's that loaded. */
  packs: readonly Pack[];
  /** The organisation's packs that could not be used, each with what is wrong. */
  problems: readonly PackProblem[];
  get(id: string): Pack | undefined;
}

export function createPackRegistry(organisation: readonly OrganisationPackText[] = []): PackRegistry {
  const packs: Pack[] = [...builtInPacks];
  const problems: PackProblem[] = [];
  for (const { file, text } of organisation) {
    const loaded = loadPackFromJson(text, builtInRules, {
      parent: (ref): LoadPackResult | undefined => {
        const pack = [basePack, ...packs].find((candidate) => candidate.id === ref);
        return pack ? { ok: true, pack } : undefined;
      },
      known: [basePack, ...packs].map((pack) => pack.id),
    });
    if (!loaded.ok) {
      problems.push({ file, errors: loaded.errors });
    } else if ([basePack, ...packs].some((pack) => pack.id === loaded.pack.id)) {
      problems.push({
        file,
        errors: [
          `id: "${loaded.pack.id}" is already the id of another pack; give this pack an id of its own (a pack that changes another says so with "extends")`,
        ],
      });
    } else {
      packs.push(loaded.pack);
    }
  }
  return { packs, problems, get: (id) => packs.find((pack) => pack.id === id) };
}
