import { bradford2025 } from "./packs/bradford-2025";
import { bradfordLcs } from "./packs/bradford-lcs";
import { lcs12Week } from "./packs/lcs-12-week";
import { mosaicStep } from "./packs/mosaic-step";
import { packSchema, type Pack, type PackInput } from "./schema";

export * from "./schema";

/** The packs that ship with the add-in, the default first. */
const packInputs: PackInput[] = [bradford2025, bradfordLcs, lcs12Week, mosaicStep];

export const builtInPacks: readonly Pack[] = packInputs.map((input) => packSchema.parse(input));

export const defaultPack: Pack = builtInPacks[0]!;

export function getPack(id: string): Pack | undefined {
  return builtInPacks.find((pack) => pack.id === id);
}
