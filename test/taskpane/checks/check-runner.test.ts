import { paragraph, type DocumentSnapshot } from "../../../src/analysis/snapshot";
import {
  createCheckRunner,
  inThreadWorker,
  withFallback,
  type CheckWorker,
  type SpawnCheckWorker,
  type Timers,
} from "../../../src/taskpane/checks/check-runner";
import { createAnswerer } from "../../../src/taskpane/checks/answer";
import type { CheckAnswer, CheckRequest } from "../../../src/taskpane/checks/protocol";

/** A checking thread the test drives: it records what it is asked and answers when told. */
class ScriptedThreads {
  spawned = 0;
  threads: {
    posted: CheckRequest[];
    terminated: boolean;
    answer: (answer: CheckAnswer) => void;
    fail: () => void;
  }[] = [];
  readonly spawn: SpawnCheckWorker = (onAnswer, onFailure) => {
    this.spawned++;
    const thread = { posted: [] as CheckRequest[], terminated: false, answer: onAnswer, fail: onFailure };
    this.threads.push(thread);
    return {
      post: (request) => thread.posted.push(request),
      terminate: () => {
        thread.terminated = true;
      },
    };
  };
  get last() {
    return this.threads[this.threads.length - 1]!;
  }
  /** Answers the latest request on the latest thread as checked. */
  answerLatest(): void {
    const request = this.last.posted[this.last.posted.length - 1]!;
    this.last.answer({ id: request.id, ok: true, result: resultFor(request) });
  }
}

/** Timers the test fires by hand, so nothing here waits for real time. */
class ManualTimers implements Timers {
  private pending = new Map<number, () => void>();
  private next = 0;
  set(callback: () => void): unknown {
    this.pending.set(++this.next, callback);
    return this.next;
  }
  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  get count(): number {
    return this.pending.size;
  }
  fireAll(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const callback of due) callback();
  }
}

const snapshotOf = (...texts: string[]): DocumentSnapshot => ({ paragraphs: texts.map((t) => paragraph(t)) });
const requestOf = (text: string) => ({
  snapshot: snapshotOf("Pen Picture of the child", text),
  packId: "bradford-2025",
  childName: "Maya",
  dismissed: [],
  today: Date.UTC(2026, 8, 1),
});
const resultFor = (request: CheckRequest) =>
  ({ packId: request.packId ?? "bradford-2025", marker: request.snapshot.paragraphs[1]?.text }) as never;

describe("the pane's checks on their own thread", () => {
  it("checks one request at a time, and of those asked while one runs, only the latest", async () => {
    const threads = new ScriptedThreads();
    const runner = createCheckRunner(threads.spawn, { timers: new ManualTimers() });
    const first = runner.check(requestOf("one"));
    const second = runner.check(requestOf("two"));
    const third = runner.check(requestOf("three"));
    expect(await second).toEqual({ kind: "superseded" });
    expect(threads.last.posted.map((r) => r.snapshot.paragraphs[1]?.text)).toEqual(["one"]);

    threads.answerLatest();
    expect(await first).toMatchObject({ kind: "checked", result: { marker: "one" } });
    // The waiting one goes as soon as the thread is free; the skipped one never does.
    expect(threads.last.posted.map((r) => r.snapshot.paragraphs[1]?.text)).toEqual(["one", "three"]);
    threads.answerLatest();
    expect(await third).toMatchObject({ kind: "checked", result: { marker: "three" } });
    expect(threads.spawned).toBe(1);
  });

  it("warming starts the thread before there is anything to check; the first check then uses it", async () => {
    const threads = new ScriptedThreads();
    const timers = new ManualTimers();
    const runner = createCheckRunner(threads.spawn, { timers });
    runner.warm();
    runner.warm();
    expect(threads.spawned).toBe(1);
    expect(threads.last.posted).toEqual([]);
    // An idle thread is not on the clock: nothing can be abandoned before a check is asked for.
    expect(timers.count).toBe(0);
    const first = runner.check(requestOf("one"));
    expect(threads.spawned).toBe(1);
    threads.answerLatest();
    expect(await first).toMatchObject({ kind: "checked", result: { marker: "one" } });
    runner.stop();
    runner.warm();
    expect(threads.spawned).toBe(1);
  });

  it("abandons a check that runs past the limit, stops its thread, and checks the next on a new one", async () => {
    const threads = new ScriptedThreads();
    const timers = new ManualTimers();
    const runner = createCheckRunner(threads.spawn, { timers, limitMs: 10_000 });
    const slow = runner.check(requestOf("a paragraph that never finishes"));
    const waiting = runner.check(requestOf("the worker typed on"));
    timers.fireAll();
    expect(await slow).toEqual({ kind: "abandoned", limitMs: 10_000 });
    expect(threads.threads[0]!.terminated).toBe(true);
    // The one that waited starts on a fresh thread, with a fresh limit.
    expect(threads.spawned).toBe(2);
    expect(timers.count).toBe(1);
    // The stopped thread's late answer is not taken for the new one's.
    const late = threads.threads[0]!.posted[0]!;
    threads.threads[0]!.answer({ id: late.id, ok: true, result: resultFor(late) });
    threads.answerLatest();
    expect(await waiting).toMatchObject({ kind: "checked", result: { marker: "the worker typed on" } });
  });

  it("a thread that fails (out of memory, say) fails its check only; the next check starts a new thread", async () => {
    const threads = new ScriptedThreads();
    const runner = createCheckRunner(threads.spawn, { timers: new ManualTimers() });
    const failing = runner.check(requestOf("one"));
    threads.last.fail();
    expect(await failing).toEqual({ kind: "failed" });
    const next = runner.check(requestOf("two"));
    expect(threads.spawned).toBe(2);
    threads.answerLatest();
    expect(await next).toMatchObject({ kind: "checked" });
  });

  it("an engine that could not check says so without any of the document", async () => {
    const threads = new ScriptedThreads();
    const runner = createCheckRunner(threads.spawn, { timers: new ManualTimers() });
    const check = runner.check(requestOf("one"));
    threads.last.answer({ id: threads.last.posted[0]!.id, ok: false });
    expect(await check).toEqual({ kind: "failed" });
  });

  it("stopping settles what is running and waiting, stops the thread, and clears its timer", async () => {
    const threads = new ScriptedThreads();
    const timers = new ManualTimers();
    const runner = createCheckRunner(threads.spawn, { timers });
    const running = runner.check(requestOf("one"));
    const waiting = runner.check(requestOf("two"));
    runner.stop();
    expect(await running).toEqual({ kind: "superseded" });
    expect(await waiting).toEqual({ kind: "superseded" });
    expect(threads.last.terminated).toBe(true);
    expect(timers.count).toBe(0);
    expect(await runner.check(requestOf("three"))).toEqual({ kind: "superseded" });
  });
});

describe("where a Web Worker cannot start", () => {
  const refusing: SpawnCheckWorker = () => {
    throw new Error("Refused by the Content Security Policy");
  };

  it("a worker that cannot be created leaves the checks to the pane's own thread", async () => {
    const fallback = new ScriptedThreads();
    const runner = createCheckRunner(withFallback(refusing, fallback.spawn), { timers: new ManualTimers() });
    const check = runner.check(requestOf("one"));
    fallback.answerLatest();
    expect(await check).toMatchObject({ kind: "checked", result: { marker: "one" } });
  });

  it("a worker whose script fails before its first answer hands its request to the fallback, which is used from then on", async () => {
    const primary = new ScriptedThreads();
    const fallback = new ScriptedThreads();
    const spawn = withFallback(primary.spawn, fallback.spawn);
    const runner = createCheckRunner(spawn, { timers: new ManualTimers() });
    const check = runner.check(requestOf("one"));
    primary.last.fail();
    expect(fallback.last.posted.map((r) => r.snapshot.paragraphs[1]?.text)).toEqual(["one"]);
    fallback.answerLatest();
    expect(await check).toMatchObject({ kind: "checked", result: { marker: "one" } });
    expect(primary.last.terminated).toBe(true);
    spawn(
      () => {},
      () => {},
    );
    expect(primary.spawned).toBe(1);
  });

  it("a worker that has answered and then fails is a failed check, not a switch", async () => {
    const primary = new ScriptedThreads();
    const fallback = new ScriptedThreads();
    const runner = createCheckRunner(withFallback(primary.spawn, fallback.spawn), {
      timers: new ManualTimers(),
    });
    const first = runner.check(requestOf("one"));
    primary.answerLatest();
    await first;
    const second = runner.check(requestOf("two"));
    primary.last.fail();
    expect(await second).toEqual({ kind: "failed" });
    expect(fallback.spawned).toBe(0);
  });

  it("the pane's own thread answers with the real engine, a turn of the event loop later", async () => {
    let loads = 0;
    const spawn = inThreadWorker(async () => {
      loads++;
      return createAnswerer();
    });
    const answers: CheckAnswer[] = [];
    const thread: CheckWorker = spawn(
      (answer) => answers.push(answer),
      () => {},
    );
    thread.post({ ...requestOf("Maya is 9."), id: 7 });
    thread.post({ ...requestOf("Maya is 9 and lives with her mum."), id: 8 });
    expect(answers).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answers.map((a) => a.id)).toEqual([7, 8]);
    expect(loads).toBe(1);
  });
});

describe("the checking thread's answers", () => {
  const answer = createAnswerer();
  const summary = (...texts: string[]): CheckRequest => ({
    id: 1,
    snapshot: snapshotOf(...texts),
    packId: null,
    childName: null,
    dismissed: [],
    today: Date.UTC(2026, 8, 1),
  });

  it("carry the pack by its id and only plain data, so they cross to the pane by structured clone", () => {
    const reply = answer(summary("Maya's Safety Plan", "If Maya feels unsafe she will ring her nan."));
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.result.packId).toBe("bradford-2025");
    expect(reply.result).not.toHaveProperty("pack");
    expect(structuredClone(reply.result)).toEqual(reply.result);
    expect(reply.result.findings.length).toBeGreaterThan(0);
  });

  it("an engine that throws answers 'not checked' with nothing of the document in it", () => {
    const broken = {
      ...summary("Maya lives at 4 Elm Road"),
      snapshot: { paragraphs: null },
    } as unknown as CheckRequest;
    const reply = answer(broken);
    expect(reply).toEqual({ id: 1, ok: false });
  });
});
