import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Every address manifest.xml gives Word must be something the build produces: a page made from a
 * template webpack.config.js names, or a file in assets/. A missing icon or support page shows as a
 * broken ribbon or a dead link in Word.
 */
const root = join(__dirname, "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const pages: Record<string, string> = {
  "taskpane.html": "src/taskpane/taskpane.html",
  "commands.html": "src/commands/commands.html",
  "help.html": "src/help/help.html",
};

describe("manifest.xml", () => {
  const addresses = [
    ...new Set([...manifest.matchAll(/https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]!)),
  ];

  it("names the pane, the support page and icons at 16, 32 and 80 px", () => {
    expect(addresses).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "help.html",
        "assets/icon-16.png",
        "assets/icon-32.png",
        "assets/icon-80.png",
      ]),
    );
  });

  it.each(addresses)("%s is built from a file in the project", (address) => {
    const source = address.startsWith("assets/") ? address : pages[address];
    expect(source).toBeDefined();
    expect(existsSync(join(root, source!))).toBe(true);
    if (address.endsWith(".html")) {
      expect(readFileSync(join(root, "webpack.config.js"), "utf8")).toContain(`filename: "${address}"`);
    }
  });

  it("builds the dialog page the ribbon's function command opens, next to commands.html", () => {
    // src/commands/dialog.ts opens it relative to commands.html, so it needs no AppDomain of its own.
    const config = readFileSync(join(root, "webpack.config.js"), "utf8");
    expect(config).toContain('filename: "name-dialog.html"');
    expect(existsSync(join(root, "src/commands/name-dialog.html"))).toBe(true);
    expect(readFileSync(join(root, "src/commands/dialog.ts"), "utf8")).toContain('"name-dialog.html"');
  });

  it("runs the ribbon's command from its own function file, which every supported host can load", () => {
    expect(manifest).toMatch(/<FunctionFile resid="Commands\.Url"\/>/);
    expect(manifest).not.toContain("<Runtimes>");
  });

  describe("manifest-shared-runtime.xml: the ribbon's command in the pane's runtime, where Word shares it", () => {
    const shared = readFileSync(join(root, "manifest-shared-runtime.xml"), "utf8");
    const urlOf = (resid: string) =>
      new RegExp(`<bt:Url id="${resid.replace(".", "\\.")}" DefaultValue="([^"]+)"`).exec(shared)?.[1];

    it("declares one long-lived runtime, the pane's page, and runs the function file and the pane from it", () => {
      // Microsoft: the shared runtime does not load unless these three name the same resid.
      const runtimes = [...shared.matchAll(/<Runtime resid="([^"]+)" lifetime="([^"]+)"\/>/g)];
      expect(runtimes.map((m) => [m[1], m[2]])).toEqual([["Taskpane.Url", "long"]]);
      expect(shared).toMatch(/<FunctionFile resid="Taskpane\.Url"\/>/);
      expect(shared).toMatch(
        /<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>CaseSummaryCoach<\/TaskpaneId>\s*<SourceLocation resid="Taskpane\.Url"\/>/,
      );
      expect(urlOf("Taskpane.Url")).toBe("https://localhost:3000/taskpane.html");
      expect(shared).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
    });

    it("is manifest.xml but for the runtime: the same add-in, buttons, addresses and requirements", () => {
      const withoutRuntime = (xml: string) =>
        xml
          .replace(/<!--[\s\S]*?-->/g, "")
          .replace(/<Runtimes>[\s\S]*?<\/Runtimes>/, "")
          .replace(/<FunctionFile resid="[^"]+"\/>/, "")
          .replace(/<bt:Url id="Commands\.Url"[^>]*\/>/, "")
          .replace(/\s+/g, " ");
      expect(withoutRuntime(shared)).toBe(withoutRuntime(manifest));
    });

    it("the pane's page registers the button's function, as commands.html does", () => {
      const pane = readFileSync(join(root, "src/taskpane/index.tsx"), "utf8");
      const functionFile = readFileSync(join(root, "src/commands/ribbon.ts"), "utf8");
      const name = /<FunctionName>([^<]+)<\/FunctionName>/.exec(shared)![1]!;
      expect(pane).toContain(`Office.actions.associate("${name}"`);
      expect(functionFile).toContain(`Office.actions.associate("${name}"`);
    });
  });

  it.each(["manifest.xml", "manifest-shared-runtime.xml"])(
    "%s names only the development server, which a production build replaces with ADDIN_PUBLIC_URL",
    (file) => {
      const xml = readFileSync(join(root, file), "utf8").replace(/<!--[\s\S]*?-->/g, "");
      const urls = [...xml.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:[^"<]+)/g)].map((m) => m[1]!);
      expect(urls.length).toBeGreaterThan(10);
      for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000(\/|$)/);
    },
  );

  it.each(["manifest.xml", "manifest-shared-runtime.xml"])(
    "%s has the version package.json has (raise both to update a deployed add-in)",
    (file) => {
      const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
      const xml = readFileSync(join(root, file), "utf8");
      expect(/<Version>([^<]+)<\/Version>/.exec(xml)?.[1]).toBe(`${version}.0`);
    },
  );

  it("asks only for the permission it needs, and the lowest Word API the core needs", () => {
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toMatch(/<Set Name="WordApi" MinVersion="1.3"\/>/);
  });
});
