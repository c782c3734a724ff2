import type { CheckAnswer } from "./protocol";
import type { CheckThread, SpawnCheckWorker } from "./check-runner";

/**
 * Starts the checking thread as a Web Worker. Kept apart because only webpack understands
 * `new URL(…, import.meta.url)`: it builds the worker as its own file on the add-in's origin,
 * which the pages' Content Security Policy allows (worker-src 'self').
 */
export const spawnAnalysisWorker: SpawnCheckWorker = (onAnswer, onFailure) => {
  const worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { name: "checks" });
  worker.onmessage = (event: MessageEvent<CheckAnswer>) => onAnswer(event.data);
  // A script that will not load, or a thread out of memory; the browser's own report names nothing of the document.
  worker.onerror = (event) => {
    event.preventDefault();
    onFailure();
  };
  return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
};

/** The built pane's checks: on their own thread, with the standard time limit. */
export const analysisWorkerThread: CheckThread = { spawn: spawnAnalysisWorker };
