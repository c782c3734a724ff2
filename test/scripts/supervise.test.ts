import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { join } from "node:path";

/**
 * `npm start` runs the dev server through scripts/supervise.js so that stopping npm stops the
 * server. npm's shell stands between: these tests put a shell between too, and a long-running
 * Node process stands in for webpack.
 */
const SUPERVISE = join(__dirname, "..", "..", "scripts", "supervise.js");
const SERVER = "setInterval(() => {}, 1000); process.on('SIGTERM', () => process.exit(0));";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The processes whose parent is `pid` (Linux's ps). */
const childrenOf = (pid: number): number[] =>
  spawnSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
    .stdout.split("\n")
    .map((line) => Number(line.trim()))
    .filter((n) => n > 0);

async function until(condition: () => boolean, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

/** A shell (as npm has) running supervise over the stand-in server; returns the shell and the server's pid. */
async function startThroughShell(): Promise<{ shell: ChildProcess; supervisor: number; server: number }> {
  const command = `"${process.execPath}" "${SUPERVISE}" node -e "${SERVER}"`;
  const shell = spawn("sh", ["-c", command], { stdio: "ignore" });
  let supervisor = 0;
  let server = 0;
  await until(() => {
    supervisor = childrenOf(shell.pid!)[0] ?? 0;
    server = supervisor ? (childrenOf(supervisor)[0] ?? 0) : 0;
    return server > 0;
  });
  if (!server) throw new Error("the stand-in server did not start");
  return { shell, supervisor, server };
}

const started: number[] = [];
afterEach(() => {
  for (const pid of started.splice(0)) if (alive(pid)) process.kill(pid, "SIGKILL");
});

test("when the shell npm started goes (npm stopped by a signal), the server goes too", async () => {
  const { shell, supervisor, server } = await startThroughShell();
  started.push(supervisor, server);
  shell.kill("SIGKILL");
  expect(await until(() => !alive(server))).toBe(true);
  expect(await until(() => !alive(supervisor))).toBe(true);
});

test("Ctrl+C (SIGINT) and SIGTERM to the supervisor are passed on to the server", async () => {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    const { shell, supervisor, server } = await startThroughShell();
    started.push(supervisor, server);
    process.kill(supervisor, signal);
    expect(await until(() => !alive(server))).toBe(true);
    expect(await until(() => shell.exitCode !== null || shell.signalCode !== null)).toBe(true);
  }
});

test("a command that is not installed is named, with what to do", () => {
  const result = spawnSync(process.execPath, [SUPERVISE, "no-such-tool-here"], { encoding: "utf8" });
  expect(result.status).toBe(1);
  expect(result.stderr).toBe("Could not find no-such-tool-here: run `npm install` first.\n");
});
