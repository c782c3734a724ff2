import { createAnswerer } from "./answer";
import type { CheckAnswer, CheckRequest } from "./protocol";

/** The checking thread: the engine runs here so that typing in Word never waits for a check. */

interface WorkerScope {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(answer: CheckAnswer): void;
}

const scope = globalThis as unknown as WorkerScope;
const answer = createAnswerer();
scope.onmessage = (event) => scope.postMessage(answer(event.data));
