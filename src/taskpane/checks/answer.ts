import { createAnalyser } from "../../analysis/engine";
import { createPackRegistry, type PackRegistry } from "../../analysis/pack-registry";
import type { CheckAnswer, CheckRequest } from "./protocol";

/**
 * Answers the pane's requests with one long-lived analyser, so each check re-reads only the
 * sections that changed. Runs in the Web Worker (analysis.worker.ts), or in the pane's own
 * thread where a worker cannot start.
 */
export function createAnswerer(): (request: CheckRequest) => CheckAnswer {
  const analyser = createAnalyser();
  // The registry is laid again only when the organisation's packs change, so the analyser's cache
  // (keyed by pack) holds between checks.
  let registry: PackRegistry = createPackRegistry();
  let registryKey = "";
  return (request) => {
    try {
      const organisation = request.organisationPacks ?? [];
      const key = JSON.stringify(organisation);
      if (key !== registryKey) {
        registry = createPackRegistry(organisation);
        registryKey = key;
      }
      const chosen = request.packId ? registry.get(request.packId) : undefined;
      const { pack, ...rest } = analyser.analyse(request.snapshot, {
        ...(chosen ? { pack: chosen } : { packs: registry.packs }),
        childName: request.childName,
        dismissed: request.dismissed,
        today: new Date(request.today),
      });
      return { id: request.id, ok: true, result: { ...rest, packId: pack.id } };
    } catch {
      // Nothing of the error goes back: it could quote the document.
      return { id: request.id, ok: false };
    }
  };
}
