import { basePackSchema, packLayerSchema, type Pack } from "../guidance/schema";
import { builtInPackLayers, generalRequirements } from "../guidance";
import { basePackAsPack, layBuiltInPack } from "./layers";
import { builtInRules } from "./rules";

/**
 * The built-in packs as the engine uses them: each council template (src/guidance/, data only)
 * laid over document 000's general requirements. Laying needs the checks' metadata, which is why
 * it is done here and not in src/guidance.
 */

/**
 * Document 000's general requirements: no headings of its own, only topics that the packs laid
 * over it place in their sections. Not a template to choose; a pack to extend.
 */
export const basePack: Pack = basePackAsPack(basePackSchema.parse(generalRequirements));

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
