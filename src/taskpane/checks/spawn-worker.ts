import type { CheckAnswer } from "./protocol";
import type { CheckThread, SpawnCheckWorker } from "./check-runner";

/**
 * Starts the checking thread as a Web Worker. Kept apart because only webpack understands
 * `new URL(…, import.meta.url)`: it builds the worker as its own file on the add-in's origin,
 * which the pages' Content Security Policy allows (worker-src 'self').
 */

const createWorker = () => new Worker(new URL("./analysis.worker.ts", import.meta.url), { name: "checks" });

/** A worker started before the pane asked for one, and whether its script has already failed. */
let early: { worker: Worker; failed: boolean } | null = null;

/**
 * Starts the checking thread as the page's scripts start, before the pane has rendered or Office
 * is ready, so that the engine loads while everything else does. The pane's first spawn takes it.
 */
export function startChecksEarly(): void {
  if (early || typeof Worker === "undefined") return;
  try {
    const started = { worker: createWorker(), failed: false };
    // Until the pane takes it, a script that will not load is remembered, not lost.
    started.worker.onerror = (event) => {
      event.preventDefault();
      started.failed = true;
    };
    early = started;
  } catch {
    early = null;
  }
}

export const spawnAnalysisWorker: SpawnCheckWorker = (onAnswer, onFailure) => {
  const taken = early;
  early = null;
  const worker = taken?.worker ?? createWorker();
  worker.onmessage = (event: MessageEvent<CheckAnswer>) => onAnswer(event.data);
  // A script that will not load, or a thread out of memory; the browser's own report names nothing of the document.
  worker.onerror = (event) => {
    event.preventDefault();
    onFailure();
  };
  if (taken?.failed) queueMicrotask(onFailure);
  return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
};

/** The built pane's checks: on their own thread, with the standard time limit. */
export const analysisWorkerThread: CheckThread = { spawn: spawnAnalysisWorker };
