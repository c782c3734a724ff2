#!/usr/bin/env node
/*
 * Runs a development server so that stopping `npm start` stops it too. npm runs a script through
 * a shell; when npm is stopped by a signal (an editor's Stop button, `kill`, a closed terminal),
 * the shell goes but the server it started is left holding its port. This runs the server as its
 * own child, passes on Ctrl+C and the other stop signals, and stops it when whoever started this
 * has gone, so nothing is left behind.
 *
 *   node scripts/supervise.js <node-package-bin> [args...]    e.g. webpack serve --mode development
 */
/* global setTimeout, setInterval, clearInterval */
const { spawn } = require("node:child_process");
const path = require("node:path");

const [name, ...args] = process.argv.slice(2);
if (!name) {
  process.stderr.write("Usage: node scripts/supervise.js <command> [arguments...]\n");
  process.exit(2);
}

/** A package's own bin, run with this Node: the same on Windows, where there is no `sh`. */
function binOf(command) {
  if (command === "node") return null;
  try {
    const manifest = require.resolve(`${command}/package.json`, { paths: [process.cwd()] });
    const { bin } = require(manifest);
    const relative = typeof bin === "string" ? bin : bin[command];
    return relative ? path.join(path.dirname(manifest), relative) : null;
  } catch {
    return null;
  }
}

const bin = binOf(name);
if (name !== "node" && !bin) {
  process.stderr.write(`Could not find ${name}: run \`npm install\` first.\n`);
  process.exit(1);
}
const child = spawn(process.execPath, bin ? [bin, ...args] : args, { stdio: "inherit" });

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  child.kill(signal);
  // A server that does not close within five seconds is stopped outright.
  setTimeout(() => child.kill("SIGKILL"), 5000).unref();
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));

// Whoever started this (npm's shell) has gone when this process is handed to another parent.
const startedBy = process.ppid;
const watch = setInterval(() => {
  if (process.ppid !== startedBy) stop("SIGTERM");
}, 500);

child.on("exit", (code, signal) => {
  clearInterval(watch);
  process.exit(code ?? (signal ? 0 : 1));
});
