import { bradford2025 } from "./packs/bradford-2025";
import { bradfordLcs } from "./packs/bradford-lcs";
import { generalRequirements } from "./packs/general-requirements";
import { lcs12Week } from "./packs/lcs-12-week";
import { mosaicStep } from "./packs/mosaic-step";
import type { PackLayerInput } from "./schema";

export * from "./schema";

/** Document 000's general requirements as written: the topics the built-in packs take in. */
export { generalRequirements };

/**
 * The built-in packs as written: each a layer over the base pack, saying what its template adds.
 * src/analysis/built-in-packs.ts lays them over the base.
 */
export const builtInPackLayers: readonly PackLayerInput[] = [
  bradford2025,
  bradfordLcs,
  lcs12Week,
  mosaicStep,
];
