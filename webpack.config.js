/* Builds the task pane, the ribbon's function file and the browser demo (Office's template layout). */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const urlDev = "https://localhost:3000/";
// The address the add-in is published at; set ADDIN_PUBLIC_URL when building for a council.
const urlProd = process.env.ADDIN_PUBLIC_URL || "https://case-summary-coach.example.org/";
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Office's developer certificates, for the https dev server Word loads the add-in from. */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/** After the first build of `npm start`: where the demo is, and how to use the add-in in Word. */
class DemoAddressPlugin {
  apply(compiler) {
    let shown = false;
    compiler.hooks.done.tap("DemoAddressPlugin", (stats) => {
      if (shown || stats.hasErrors()) return;
      shown = true;
      const lines = [
        "",
        "Case Summary Coach: the demo is running (a simulation of Word; no real data).",
        "",
        `  Open  http://localhost:${port}/demo.html  in a browser.  Stop with Ctrl+C.`,
        "",
        "To use the add-in in Word itself (stop this server first; both use port " + port + "):",
        "  Word on Windows or Mac:  npm run start:word",
        "      (trusts Office's developer certificate, starts the https server and sideloads manifest.xml)",
        "  Word on the web:         npm run dev-server",
        `      then open a document at office.com, choose Home > Add-ins > More add-ins > My add-ins >`,
        "      Upload my add-in, and choose manifest.xml from this folder.",
        "",
      ];
      process.nextTick(() => process.stdout.write(lines.join("\n") + "\n"));
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  // `npm start`: the demo over plain http, needing no certificates; otherwise https, as Office needs.
  const demo = Boolean(env.demo);
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      "name-dialog": "./src/commands/name-dialog.ts",
      demo: "./src/demo/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // dist/cli is the command line's bundle (npm install builds it): keep it.
      clean: { keep: /^cli([\\/]|$)/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    // `npm start`: keep the output to errors, so the demo's address stays the last thing shown.
    ...(demo && serving ? { stats: "errors-warnings", infrastructureLogging: { level: "warn" } } : {}),
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      // The ribbon's dialog (Office's Dialog API): asks for the child's name, or shows a message.
      new HtmlWebpackPlugin({
        filename: "name-dialog.html",
        template: "./src/commands/name-dialog.html",
        chunks: ["name-dialog"],
      }),
      // The support page the manifest names: how to use the add-in, and what is kept where.
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
      }),
      new HtmlWebpackPlugin({
        filename: "demo.html",
        template: "./src/demo/demo.html",
        chunks: ["demo"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
      ...(demo && serving ? [new DemoAddressPlugin()] : []),
    ],
    devServer: {
      port,
      static: { directory: path.resolve(__dirname, "dist") },
      server: demo ? "http" : { type: "https", options: serving ? await getHttpsOptions() : {} },
      devMiddleware: demo ? { index: "demo.html" } : {},
      client: { logging: "warn" },
    },
  };
};
