/* Builds the task pane, the ribbon's function file and the browser demo (Office's template layout). */
const path = require("path");
const { URL } = require("url");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { version } = require("./package.json");

const urlDev = "https://localhost:3000/";
const PLACEHOLDER_URL = "https://case-summary-coach.example.org/";
// DEV_SERVER_PORT first, so a test (or a second copy) can serve on another port.
const port = Number(process.env.DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port || 3000);

/**
 * The address the add-in is published at, set once (ADDIN_PUBLIC_URL) for every manifest and page
 * of a production build: an https address ending in "/" (one is added), with no query or fragment.
 */
function publicUrl() {
  const given = process.env.ADDIN_PUBLIC_URL;
  if (!given) return PLACEHOLDER_URL;
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(
      `ADDIN_PUBLIC_URL is not an address: "${given}". Give the https address the add-in is published at, e.g. https://case-summary.apps.example.gov.uk/`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_PUBLIC_URL must be an https address (Office loads add-ins only over https): "${given}"`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `ADDIN_PUBLIC_URL must be a plain address, with no query, fragment or password: "${given}"`,
    );
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** Every development address in a manifest, replaced by the published one (the AppDomain by its origin). */
function publish(text, url) {
  const origin = new URL(url).origin;
  return text.split(urlDev).join(url).split(urlDev.slice(0, -1)).join(origin);
}

/** Office's developer certificates, for the https dev server Word loads the add-in from. */
async function getHttpsOptions() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    // A plain message, not a stack trace: this is the only thing the person needs to read.
    process.stderr.write(
      [
        "",
        "Office's developer certificate tool (office-addin-dev-certs) is not installed, so the https",
        "server Word loads the add-in from cannot start. Run `npm install` (it is a development",
        "dependency, with no native part; `npm install --omit=dev` leaves it out). `npm start` runs",
        "the demo over http without it.",
        "",
      ].join("\n"),
    );
    process.exit(1);
  }
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

/**
 * A production build is a folder a council can put on any static web server: every manifest, page
 * and server configuration in it names the published address, never localhost. The build fails
 * if one still does, and warns while the address is the placeholder.
 */
class PublishedAddressPlugin {
  constructor(url) {
    this.url = url;
  }

  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PublishedAddressPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "PublishedAddressPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const [name, asset] of Object.entries(assets)) {
            if (!/\.(html|xml|conf)$/.test(name)) continue;
            if (/localhost:\d/.test(asset.source().toString())) {
              compilation.errors.push(
                new WebpackError(
                  `${name} still names localhost: the published build must name ADDIN_PUBLIC_URL (${this.url}) instead.`,
                ),
              );
            }
          }
          if (this.url === PLACEHOLDER_URL) {
            compilation.warnings.push(
              new WebpackError(
                `ADDIN_PUBLIC_URL is not set, so the manifests name the placeholder ${PLACEHOLDER_URL}. To publish, build with ADDIN_PUBLIC_URL=https://<your address>/ npm run build (docs/deploy.md).`,
              ),
            );
          }
        },
      );
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  // `npm start`: the demo over plain http, needing no certificates; otherwise https, as Office needs.
  const demo = Boolean(env.demo);
  const serving = Boolean(env.WEBPACK_SERVE);
  // The address every manifest and page names: the dev server's, or the published one.
  const url = dev ? urlDev : publicUrl();
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
      // The support page the manifest names: how to use the add-in, and what is kept where; for the
      // service desk, the address and version this copy is published at.
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/help/help.html",
        chunks: [],
        templateParameters: { publicUrl: url, manifestUrl: `${url}manifest.xml`, version },
      }),
      new HtmlWebpackPlugin({
        filename: "demo.html",
        template: "./src/demo/demo.html",
        chunks: ["demo"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The organisation's packs folder, empty: the council adds its packs and lists them here
          // (docs/packs.md). Shipped so the pane's first read finds an index, not a 404.
          { from: "packs/index.json", to: "packs/index.json" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : publish(content.toString(), url);
            },
          },
          // Ready-made server configuration and how to deploy (docs/deploy.md), in deploy/ of the
          // build, which the configuration itself never serves; the sample nginx server block
          // names the published host.
          ...(dev
            ? []
            : [
                {
                  from: "deploy/nginx/*.conf",
                  to: "deploy/nginx/[name][ext]",
                  transform(content) {
                    return content.toString().split(new URL(PLACEHOLDER_URL).host).join(new URL(url).host);
                  },
                },
                { from: "docs/deploy.md", to: "deploy/README.md" },
              ]),
        ],
      }),
      ...(demo && serving ? [new DemoAddressPlugin()] : []),
      ...(dev ? [] : [new PublishedAddressPlugin(url)]),
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
