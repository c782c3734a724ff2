#!/usr/bin/env node
/*
 * `npm run start:word` and `npm run stop`: Office's sideloading tool (office-addin-debugging), or,
 * where it is not installed, a plain message saying what to install.
 *
 * office-addin-debugging is an optional dependency: it pulls in keytar, a native module that builds
 * against libsecret, and on a machine without libsecret-1-dev npm leaves the tool out rather than
 * failing the whole install. Everything else (the demo, the build, the tests, the command line)
 * needs Node alone.
 */
const { spawnSync } = require("node:child_process");
const path = require("node:path");

function toolPath() {
  try {
    const manifest = require.resolve("office-addin-debugging/package.json");
    const { bin } = require(manifest);
    const relative = typeof bin === "string" ? bin : bin["office-addin-debugging"];
    return path.join(path.dirname(manifest), relative);
  } catch {
    return undefined;
  }
}

const tool = toolPath();
if (!tool) {
  const stopping = process.argv[2] === "stop";
  const lines = [
    "",
    "Office's sideloading tool (office-addin-debugging) is not installed, so " +
      (stopping
        ? "there is no sideloaded Word to stop from here."
        : "Word cannot be started with the add-in from here."),
    "",
    "It is an optional part of `npm install` because it needs keytar, which is built against",
    "libsecret. To add it on Debian or Ubuntu:",
    "",
    "    sudo apt-get install libsecret-1-dev",
    "    npm install",
    "",
    "(on Fedora: libsecret-devel; on Windows and macOS nothing extra is needed).",
    "",
    "Without it: `npm start` runs the browser demo, and `npm run dev-server` serves the add-in over",
    "https for Word on the web (Home > Add-ins > My add-ins > Upload my add-in, then manifest.xml).",
    "",
  ];
  process.stderr.write(lines.join("\n"));
  process.exit(1);
}

const result = spawnSync(process.execPath, [tool, ...process.argv.slice(2)], { stdio: "inherit" });
if (result.error) {
  process.stderr.write(`Could not run office-addin-debugging: ${result.error.message}\n`);
  process.exit(1);
}
process.exit(result.status ?? 1);
