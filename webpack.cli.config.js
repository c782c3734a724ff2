/*
 * The command line as one CommonJS bundle for Node, so ESM-only dependencies (syllable) load,
 * and beside it the caseload report's worker thread (report-worker.js), which the report starts
 * from the bundle's own folder.
 */
const path = require("path");

/** @type {import('webpack').Configuration} */
module.exports = {
  target: "node20",
  entry: {
    "case-summary": path.resolve(__dirname, "src/cli/index.ts"),
    "report-worker": path.resolve(__dirname, "src/cli/report-worker.ts"),
  },
  output: {
    path: path.resolve(__dirname, "dist/cli"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  // __dirname is the bundle's folder, where report-worker.js is found.
  node: { __dirname: false, __filename: false },
  resolve: { extensions: [".ts", ".js", ".json"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          // Type checking is `npm run typecheck`'s job; here TypeScript only transpiles.
          options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: false } },
        },
      },
    ],
  },
  // Readable stack traces matter more than size for a tool run on the worker's computer.
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
};
