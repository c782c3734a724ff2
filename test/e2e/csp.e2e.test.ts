import { readFileSync } from "node:fs";
import path from "node:path";
import { assertBuilt, DIST } from "./support/server";

/**
 * The Content Security Policies of the production build (dist/, built by `npm run build` before
 * this project runs), as Word receives them: read from the built pages, not the templates.
 */

const OFFICE_CDN = "https://appsforoffice.microsoft.com";

function policyOf(page: string): Map<string, string[]> {
  const html = readFileSync(path.join(DIST, page), "utf8");
  const metas = [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /http-equiv=["']?Content-Security-Policy/i.test(tag));
  expect(metas).toHaveLength(1);
  const content = /content=(?:"([^"]*)"|'([^']*)')/i.exec(metas[0]!);
  expect(content).not.toBeNull();
  const policy = new Map<string, string[]>();
  for (const directive of (content![1] ?? content![2]!).split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources a directive allows, falling back to default-src as browsers do. */
function sources(policy: Map<string, string[]>, directive: string): string[] {
  return policy.get(directive) ?? policy.get("default-src") ?? [];
}

beforeAll(() => assertBuilt());

describe("the built pages' Content Security Policy", () => {
  describe.each(["taskpane.html", "commands.html", "name-dialog.html"])("%s", (page) => {
    it("allows scripts only from its own origin and Office's CDN, and loads office.js from there", () => {
      const policy = policyOf(page);
      expect(sources(policy, "script-src").sort()).toEqual(["'self'", OFFICE_CDN].sort());
      expect(policy.get("script-src-elem") ?? sources(policy, "script-src")).not.toContain("'unsafe-inline'");
      const html = readFileSync(path.join(DIST, page), "utf8");
      expect(html).toContain(`${OFFICE_CDN}/lib/1/hosted/office.js`);
      // Every other script is the build's own, on the same origin.
      const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1]!);
      for (const src of scripts) {
        if (src.startsWith(OFFICE_CDN)) continue;
        expect(src).not.toMatch(/^(https?:)?\/\//);
      }
      // No inline script: the policy would block it.
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i);
    });

    it("connects only to its own origin, and allows no plugins", () => {
      const policy = policyOf(page);
      expect(sources(policy, "connect-src")).toEqual(["'self'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("base-uri")).toEqual(["'self'"]);
    });
  });

  it.each(["taskpane.html", "demo.html"])(
    "%s starts the checks' Web Worker only from its own origin",
    (page) => {
      expect(sources(policyOf(page), "worker-src")).toEqual(["'self'"]);
    },
  );

  it("help.html, the support page, allows no plugins, no base changes and no form posts", () => {
    const policy = policyOf("help.html");
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    expect(sources(policy, "script-src")).toEqual(["'self'"]);
  });

  it("frame-ancestors is not in a meta tag (browsers ignore it there; it is an HTTP header, see README)", () => {
    for (const page of ["taskpane.html", "commands.html", "name-dialog.html", "help.html"]) {
      expect(policyOf(page).has("frame-ancestors")).toBe(false);
    }
  });
});

describe("where the pane cannot run at all", () => {
  it("the built pane page says which Word it needs in plain HTML, not a blank pane", () => {
    // Office 2019 (volume licensed) runs add-ins in Internet Explorer 11, which cannot parse the
    // pane's script: only the page's own HTML shows there.
    const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const container = /<div id="?container"?>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
    const words = container.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(words).toContain(
      "If this message stays, this version of Word cannot run it: it needs Microsoft 365 (Windows or Mac), Word on the web, or Office LTSC 2021 or later.",
    );
  });
});

describe("the demo's first second", () => {
  it("says what it is in plain HTML while its scripts load, not a blank white page", () => {
    const html = readFileSync(path.join(DIST, "demo.html"), "utf8");
    const container = /<div id="?container"?>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? "";
    const words = container
      .replace(/<[^>]+>/g, " ")
      .replace(/&hellip;/g, "…")
      .replace(/\s+/g, " ");
    expect(words).toContain("Loading the simulated Word document and the task pane…");
    expect(words).toContain("It holds no real data and sends nothing anywhere.");
  });
});
