import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Pack } from "../guidance";
import { reportFile, type FileOutcome } from "./report-file";
import type { ReportAnswer, ReportJob, ReportWorkerData } from "./report-worker";

/**
 * Checks the report's files on the computer's cores: a few worker threads, each running the
 * bundled report-worker.js, fed one file at a time. Where no thread can start (the command line
 * run from its sources, or a thread that fails), a file is checked in this thread instead, with
 * the same answer.
 */

/** Below this many files, starting threads (each loads the engine) costs more than it saves. */
export const THREADS_FROM_FILES = 24;

export interface FileChecker {
  /** How many files are worth reading ahead of the checks, so that no thread waits. */
  readonly lanes: number;
  readonly threads: number;
  check(file: string, bytes: Uint8Array): Promise<FileOutcome>;
  close(): Promise<void>;
}

/** Where the bundled worker is: beside the bundled command line. */
const WORKER_SCRIPT = path.join(__dirname, "report-worker.js");

/**
 * `requested` is the number of threads asked for (CASE_SUMMARY_REPORT_THREADS), this one among
 * them; null leaves it to the folder's size and the computer's cores; 0 or 1 checks every file in
 * this thread.
 */
export function startChecker(
  fileCount: number,
  pack: Pack | undefined,
  today: Date,
  requested: number | null,
  script = WORKER_SCRIPT,
): FileChecker {
  const inProcess = (file: string, bytes: Uint8Array) => reportFile(file, bytes, pack, today);
  // This thread checks files too, between reading them: one worker fewer to start and warm up.
  const total =
    requested ?? (fileCount < THREADS_FROM_FILES ? 1 : Math.min(availableParallelism(), 8, fileCount));
  const size = total - 1;
  if (size < 1 || !existsSync(script))
    return { lanes: 1, threads: 0, check: inProcess, close: async () => {} };

  interface Thread {
    worker: Worker;
    pending: Map<number, { file: string; bytes: Uint8Array; resolve(outcome: FileOutcome): void }>;
    alive: boolean;
  }
  let nextId = 0;
  const threads: Thread[] = [];
  const data: ReportWorkerData = { pack: pack ?? null, today };
  // A thread that fails hands what it was given to this thread, which checks it as if alone.
  const retire = (thread: Thread) => {
    if (!thread.alive) return;
    thread.alive = false;
    for (const job of thread.pending.values()) void inProcess(job.file, job.bytes).then(job.resolve);
    thread.pending.clear();
    void thread.worker.terminate();
  };
  for (let i = 0; i < size; i++) {
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: data });
    } catch {
      break;
    }
    const thread: Thread = { worker, pending: new Map(), alive: true };
    worker.on("message", (answer: ReportAnswer) => {
      const job = thread.pending.get(answer.id);
      thread.pending.delete(answer.id);
      job?.resolve(answer.outcome);
    });
    worker.on("error", () => retire(thread));
    worker.on("exit", () => retire(thread));
    threads.push(thread);
  }
  if (threads.length === 0) return { lanes: 1, threads: 0, check: inProcess, close: async () => {} };

  let ownPending = 0;
  return {
    // Two files in hand per thread: one being checked, the next read and waiting.
    lanes: (threads.length + 1) * 2,
    threads: threads.length + 1,
    async check(file, bytes) {
      const alive = threads.filter((t) => t.alive);
      const thread = alive.reduce<Thread | null>(
        (a, b) => (!a || b.pending.size < a.pending.size ? b : a),
        null,
      );
      // This thread takes a file only when it has fewer in hand than every worker.
      if (!thread || ownPending < thread.pending.size) {
        ownPending++;
        try {
          return await inProcess(file, bytes);
        } finally {
          ownPending--;
        }
      }
      return new Promise<FileOutcome>((resolve) => {
        const id = nextId++;
        thread.pending.set(id, { file, bytes, resolve });
        try {
          thread.worker.postMessage({ id, file, bytes } satisfies ReportJob);
        } catch {
          retire(thread);
        }
      });
    },
    async close() {
      for (const thread of threads) thread.alive = false;
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
