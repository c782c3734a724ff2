import { basePackAsPack, layBuiltInPack } from "../analysis/layers";
import { builtInRules } from "../analysis/rules";
import { bradford2025 } from "./packs/bradford-2025";
import { bradfordLcs } from "./packs/bradford-lcs";
import { generalRequirements } from "./packs/general-requirements";
import { lcs12Week } from "./packs/lcs-12-week";
import { mosaicStep } from "./packs/mosaic-step";
import { basePackSchema, packLayerSchema, type Pack, type PackLayerInput } from "./schema";

export * from "./schema";

/**
 * Document 000's general requirements: no headings of its own, only topics that the packs laid
 * over it place in their sections. Not a template to choose; a pack to extend.
 */
export const basePack: Pack = basePackAsPack(basePackSchema.parse(generalRequirements));

/** The built-in packs as written: each a layer over the base pack, saying what its template adds. */
export const builtInPackLayers: readonly PackLayerInput[] = [
  bradford2025,
  bradfordLcs,
  lcs12Week,
  mosaicStep,
];

/** The packs that ship with the add-in, the default first, each laid over the base pack. */
export const builtInPacks: readonly Pack[] = builtInPackLayers.map((input) =>
  layBuiltInPack(basePack, packLayerSchema.parse(input), builtInRules),
);

export const defaultPack: Pack = builtInPacks[0]!;

export function getPack(id: string): Pack | undefined {
  return builtInPacks.find((pack) => pack.id === id);
}

/** The packs a layer may extend without a file of its own: the base pack, then the built-in packs. */
export const extendablePacks: readonly Pack[] = [basePack, ...builtInPacks];
