import type { CheckAnswer, CheckedDocument, CheckRequest } from "./protocol";

/**
 * Runs the pane's checks on another thread, one at a time, latest first: while a check runs, a
 * newer request waits and any older waiting one is dropped (the worker typed on). A check that
 * runs past the limit is abandoned and its thread stopped, so a hostile document costs the pane
 * a message, never a frozen window.
 */

/** A thread that answers check requests: a Web Worker, or the pane's own thread where none can start. */
export interface CheckWorker {
  post(request: CheckRequest): void;
  /** Stops it; an answer already on its way is ignored. */
  terminate(): void;
}

/** Starts a checking thread that calls back with each answer, or once if the thread itself fails. */
export type SpawnCheckWorker = (
  onAnswer: (answer: CheckAnswer) => void,
  onFailure: () => void,
) => CheckWorker;

/** Where the pane's checks run, and how long one may take. */
export interface CheckThread {
  spawn: SpawnCheckWorker;
  limitMs?: number;
}

export type CheckOutcome =
  | { kind: "checked"; result: CheckedDocument }
  /** A newer request took its place before it ran, or the runner was stopped. */
  | { kind: "superseded" }
  /** It ran past the limit, and its thread was stopped. */
  | { kind: "abandoned"; limitMs: number }
  /** The engine could not check it, or its thread failed. */
  | { kind: "failed" };

export interface CheckRunner {
  check(request: Omit<CheckRequest, "id">): Promise<CheckOutcome>;
  /**
   * Starts the thread now, before there is anything to check, so that its scripts load and the
   * engine is ready while the pane is still reading the document.
   */
  warm(): void;
  stop(): void;
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface CheckRunnerOptions {
  /** How long one check may run before it is abandoned. */
  limitMs?: number;
  timers?: Timers;
}

/** Long enough for the longest real summary many times over; the hostile-input bench's worst is under 2 s. */
export const CHECK_TIME_LIMIT_MS = 10_000;

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

type Settle = (outcome: CheckOutcome) => void;

export function createCheckRunner(spawn: SpawnCheckWorker, options: CheckRunnerOptions = {}): CheckRunner {
  const limitMs = options.limitMs ?? CHECK_TIME_LIMIT_MS;
  const timers = options.timers ?? realTimers;
  let worker: CheckWorker | null = null;
  let running: { id: number; settle: Settle; timer: unknown } | null = null;
  let waiting: { request: Omit<CheckRequest, "id">; settle: Settle } | null = null;
  let lastId = 0;
  let stopped = false;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };

  const start = (request: Omit<CheckRequest, "id">, settle: Settle) => {
    const id = ++lastId;
    const timer = timers.set(() => {
      stopWorker();
      finish({ kind: "abandoned", limitMs });
    }, limitMs);
    running = { id, settle, timer };
    worker ??= spawn(onAnswer, onFailure);
    worker.post({ ...request, id });
  };

  const finish = (outcome: CheckOutcome) => {
    const finished = running;
    if (!finished) return;
    running = null;
    timers.clear(finished.timer);
    finished.settle(outcome);
    const next = waiting;
    waiting = null;
    if (next) start(next.request, next.settle);
  };

  function onAnswer(answer: CheckAnswer) {
    if (running?.id !== answer.id) return;
    finish(answer.ok ? { kind: "checked", result: answer.result } : { kind: "failed" });
  }

  function onFailure() {
    stopWorker();
    finish({ kind: "failed" });
  }

  return {
    check(request) {
      if (stopped) return Promise.resolve({ kind: "superseded" });
      return new Promise((settle) => {
        if (!running) return start(request, settle);
        waiting?.settle({ kind: "superseded" });
        waiting = { request, settle };
      });
    },
    warm() {
      if (!stopped) worker ??= spawn(onAnswer, onFailure);
    },
    stop() {
      stopped = true;
      stopWorker();
      waiting?.settle({ kind: "superseded" });
      waiting = null;
      if (running) {
        timers.clear(running.timer);
        running.settle({ kind: "superseded" });
        running = null;
      }
    },
  };
}

/**
 * Checks in the pane's own thread, for where a Web Worker cannot start (and for tests without
 * one). The engine loads on first use; each answer waits a turn of the event loop, so the pane
 * paints between checks, but a long check here still holds the pane until it ends.
 */
export function inThreadWorker(
  load: () => Promise<(request: CheckRequest) => CheckAnswer>,
): SpawnCheckWorker {
  return (onAnswer, onFailure) => {
    let terminated = false;
    let answerer: Promise<(request: CheckRequest) => CheckAnswer> | null = null;
    return {
      post(request) {
        answerer ??= load();
        answerer
          .then(async (answer) => {
            await new Promise((resolve) => setTimeout(resolve, 0));
            if (!terminated) onAnswer(answer(request));
          })
          .catch(() => {
            if (!terminated) onFailure();
          });
      },
      terminate() {
        terminated = true;
      },
    };
  };
}

/**
 * The worker where it starts, else the fallback: a worker that cannot be created, or fails
 * before its first answer (its script refused, say), hands its requests to the fallback, which
 * is used from then on.
 */
export function withFallback(primary: SpawnCheckWorker, fallback: SpawnCheckWorker): SpawnCheckWorker {
  let primaryBroken = false;
  return (onAnswer, onFailure) => {
    if (primaryBroken) return fallback(onAnswer, onFailure);
    let answered = false;
    let unanswered: CheckRequest[] = [];
    let current: CheckWorker;
    const useFallback = () => {
      primaryBroken = true;
      current = fallback(onAnswer, onFailure);
      for (const request of unanswered) current.post(request);
      unanswered = [];
    };
    try {
      current = primary(
        (answer) => {
          answered = true;
          unanswered = [];
          onAnswer(answer);
        },
        () => {
          if (answered) return onFailure();
          current.terminate();
          useFallback();
        },
      );
    } catch {
      current = fallback(onAnswer, onFailure);
      primaryBroken = true;
    }
    return {
      post(request) {
        if (!answered && !primaryBroken) unanswered.push(request);
        current.post(request);
      },
      terminate: () => current.terminate(),
    };
  };
}
