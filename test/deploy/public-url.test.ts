import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The published address, set once (ADDIN_PUBLIC_URL) for a production build: webpack.config.js
 * writes it in place of every development address of both manifests, and refuses an address Office
 * could not load the add-in from.
 */

const root = path.join(__dirname, "..", "..");

interface Pattern {
  from: string;
  transform?: (content: Buffer) => string | Buffer;
}
interface Config {
  plugins: {
    patterns?: Pattern[];
    userOptions?: { filename?: string; templateParameters?: Record<string, string> };
  }[];
}

const makeConfig = require(path.join(root, "webpack.config.js")) as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<Config>;

async function production(address: string | undefined): Promise<Config> {
  const saved = process.env.ADDIN_PUBLIC_URL;
  if (address === undefined) delete process.env.ADDIN_PUBLIC_URL;
  else process.env.ADDIN_PUBLIC_URL = address;
  try {
    return await makeConfig({}, { mode: "production" });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  }
}

function manifestAsBuilt(config: Config, file: string): string {
  const pattern = config.plugins
    .flatMap((plugin) => plugin.patterns ?? [])
    .find((p) => p.from === "manifest*.xml");
  expect(pattern?.transform).toBeDefined();
  return pattern!.transform!(readFileSync(path.join(root, file))).toString();
}

describe("ADDIN_PUBLIC_URL", () => {
  it.each(["manifest.xml", "manifest-shared-runtime.xml"])(
    "names the published address everywhere %s named the development server's",
    async (file) => {
      const built = manifestAsBuilt(await production("https://apps.example.gov.uk/case-summary"), file);
      expect(built).not.toContain("localhost");
      expect(built).toContain(
        '<SourceLocation DefaultValue="https://apps.example.gov.uk/case-summary/taskpane.html"/>',
      );
      expect(built).toContain(
        '<SupportUrl DefaultValue="https://apps.example.gov.uk/case-summary/help.html"/>',
      );
      expect(built).toContain(
        '<IconUrl DefaultValue="https://apps.example.gov.uk/case-summary/assets/icon-32.png"/>',
      );
      // The AppDomain is an origin, with no path.
      expect(built).toContain("<AppDomain>https://apps.example.gov.uk</AppDomain>");
    },
  );

  it("names it on the support page, for the service desk", async () => {
    const config = await production("https://case-summary.example.gov.uk/");
    const help = config.plugins.find((plugin) => plugin.userOptions?.filename === "help.html");
    expect(help?.userOptions?.templateParameters).toMatchObject({
      publicUrl: "https://case-summary.example.gov.uk/",
      manifestUrl: "https://case-summary.example.gov.uk/manifest.xml",
    });
  });

  it("has a placeholder when unset, so the tests can build", async () => {
    expect(manifestAsBuilt(await production(undefined), "manifest.xml")).toContain(
      "https://case-summary-coach.example.org/taskpane.html",
    );
  });

  it.each([
    ["not an address", "case-summary.example.gov.uk", /not an address/],
    ["plain http", "http://case-summary.example.gov.uk/", /must be an https address/],
    ["a query", "https://case-summary.example.gov.uk/?v=2", /no query/],
  ])("refuses %s, saying why", async (_what, address, message) => {
    await expect(production(address)).rejects.toThrow(message);
  });
});
