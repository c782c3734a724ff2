import { createAnalyser } from "../../analysis/engine";
import { builtInPacks, getPack } from "../../guidance";
import type { CheckAnswer, CheckRequest } from "./protocol";

/**
 * Answers the pane's requests with one long-lived analyser, so each check re-reads only the
 * sections that changed. Runs in the Web Worker (analysis.worker.ts), or in the pane's own
 * thread where a worker cannot start.
 */
export function createAnswerer(): (request: CheckRequest) => CheckAnswer {
  const analyser = createAnalyser();
  return (request) => {
    try {
      const chosen = request.packId ? getPack(request.packId) : undefined;
      const { pack, ...rest } = analyser.analyse(request.snapshot, {
        ...(chosen ? { pack: chosen } : { packs: builtInPacks }),
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
