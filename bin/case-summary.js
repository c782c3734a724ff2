#!/usr/bin/env node
/* Starts the command line from its webpack bundle, which `npm install` builds (the prepare script). */
"use strict";
const fs = require("fs");
const path = require("path");

const packageFolder = path.join(__dirname, "..");
const bundle = path.join(packageFolder, "dist", "cli", "case-summary.js");
if (!fs.existsSync(bundle)) {
  const advice = "run npm install (or npm run build:cli) in " + packageFolder;
  process.stderr.write("case-summary has not been built yet: " + advice + "\n");
  process.exit(2);
}
require(bundle).run(process.argv.slice(2));
