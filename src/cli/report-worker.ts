import { parentPort, workerData } from "node:worker_threads";
import type { Pack } from "../guidance";
import { reportFile, type FileOutcome } from "./report-file";

/**
 * A thread of the caseload report (bundled by webpack.cli.config.js as dist/cli/report-worker.js):
 * reads and checks the files the report's main thread sends, one message each, and answers with
 * each file's row. The main thread reads the files from disc; nothing here touches the file system.
 */

export interface ReportWorkerData {
  pack: Pack | null;
  today: Date;
}

export interface ReportJob {
  id: number;
  file: string;
  bytes: Uint8Array;
}

export interface ReportAnswer {
  id: number;
  outcome: FileOutcome;
}

const port = parentPort;
if (port) {
  const { pack, today } = workerData as ReportWorkerData;
  port.on("message", (job: ReportJob) => {
    void reportFile(job.file, job.bytes, pack ?? undefined, today).then((outcome) =>
      port.postMessage({ id: job.id, outcome } satisfies ReportAnswer),
    );
  });
}
