/* The command line as one CommonJS bundle for Node, so ESM-only dependencies (syllable) load. */
const path = require("path");

/** @type {import('webpack').Configuration} */
module.exports = {
  target: "node20",
  entry: path.resolve(__dirname, "src/cli/index.ts"),
  output: {
    path: path.resolve(__dirname, "dist/cli"),
    filename: "case-summary.js",
    library: { type: "commonjs2" },
    clean: true,
  },
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
