import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, launchChromium } from "./support/browser";
import { OFFICE_JS, stubOfficeJs } from "./support/office-stub";
import { assertBuilt, DIST } from "./support/server";

/**
 * The production build (dist/, built by `npm run build` before this project runs) as a council's
 * IT team hosts it: copied to another folder and served by the real nginx with the configuration
 * the build ships (dist/deploy/nginx/), on a free port of loopback, by an unprivileged user. Checks
 * the headers the README asks for (frame-ancestors on every page, no caching of the manifest,
 * the right types, nosniff) and that the pane loads in Chromium and can be framed only by its own
 * origin and Word on the web. Skipped, saying so, where nginx is not installed; .ci/run installs it.
 */

jest.setTimeout(90_000);

/** NGINX_PATH, if set, is the only nginx tried (NGINX_PATH=none shows the skip). */
const NGINX = (
  process.env.NGINX_PATH !== undefined
    ? [process.env.NGINX_PATH]
    : ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"]
).find((candidate) => existsSync(candidate));

const FRAME_ANCESTORS =
  "frame-ancestors 'self' https://*.officeapps.live.com https://*.office.com https://*.office365.com https://*.microsoft365.com https://*.cloud.microsoft https://*.sharepoint.com";

if (!NGINX) {
  process.stderr.write(
    "\nnginx.e2e.test.ts SKIPPED: nginx is not installed, so the build cannot be served with the shipped nginx configuration. Install Debian's package (apt-get install nginx; .ci/run does), or set NGINX_PATH.\n\n",
  );
}

/** A page holding only the pane in an iframe, as Word on the web holds it. */
function framingPage(src: string): string {
  return `<!doctype html><html lang="en-GB"><head><title>Framing the pane</title></head><body><iframe id="pane" title="pane" src="${src}" width="360" height="600"></iframe></body></html>`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Who nginx runs as: this user, or, where the tests run as root, nobody. */
function unprivileged(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(spawnSync("id", [flag, "nobody"], { encoding: "utf8" }).stdout.trim());
  return { uid: id("-u"), gid: id("-g") };
}

function chownTree(dir: string, owner: { uid: number; gid: number }): void {
  chownSync(dir, owner.uid, owner.gid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(full, owner);
    else chownSync(full, owner.uid, owner.gid);
  }
}

interface Nginx {
  origin: string;
  prefix: string;
  stop(): Promise<void>;
}

/** The generated nginx.conf: the shipped site configuration, included as the deploy notes say. */
function nginxConf(prefix: string, port: number): string {
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((kind) => `  ${kind}_temp_path ${prefix}/tmp/${kind};`)
    .join("\n");
  return `worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
${temp}
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${prefix}/html;
    include snippets/case-summary-coach-site.conf;
  }
}
`;
}

async function startNginxOnce(): Promise<Nginx> {
  assertBuilt();
  const prefix = mkdtempSync(path.join(os.tmpdir(), "case-summary-nginx-"));
  chmodSync(prefix, 0o755);
  // The build, copied as an IT team would copy it; the server configuration from the copy.
  cpSync(DIST, path.join(prefix, "html"), { recursive: true });
  mkdirSync(path.join(prefix, "conf", "snippets"), { recursive: true });
  for (const file of readdirSync(path.join(prefix, "html", "deploy", "nginx"))) {
    cpSync(path.join(prefix, "html", "deploy", "nginx", file), path.join(prefix, "conf", "snippets", file));
  }
  for (const dir of ["logs", "tmp"]) mkdirSync(path.join(prefix, dir));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // A page on the add-in's own origin that frames the pane, and a file no one should see.
  writeFileSync(path.join(prefix, "html", "framing-test.html"), framingPage("/taskpane.html"));
  writeFileSync(path.join(prefix, "html", ".not-for-the-web"), "hidden");
  writeFileSync(path.join(prefix, "conf", "nginx.conf"), nginxConf(prefix, port));

  const owner = unprivileged();
  if (owner) chownTree(prefix, owner);
  const child: ChildProcess = spawn(
    NGINX!,
    ["-p", `${prefix}/`, "-c", "conf/nginx.conf", "-e", "logs/error.log"],
    {
      stdio: ["ignore", "pipe", "pipe"],
      ...(owner ?? {}),
    },
  );
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const log = () => {
    const file = path.join(prefix, "logs", "error.log");
    return output + (existsSync(file) ? readFileSync(file, "utf8") : "");
  };
  const deadline = Date.now() + 15_000;
  let running = false;
  while (!running && Date.now() < deadline) {
    if (child.exitCode !== null) {
      const message = `nginx stopped at once (exit ${child.exitCode}):\n${log()}`;
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(message);
    }
    try {
      running = (await fetch(`${origin}/help.html`)).ok;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  if (!running) {
    child.kill("SIGTERM");
    throw new Error(`nginx did not answer on ${origin} within 15 s:\n${log()}`);
  }
  return {
    origin,
    prefix,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGQUIT");
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise((resolve) => (timer = setTimeout(() => resolve("late"), 5_000)));
        if ((await Promise.race([exited, late])) === "late") child.kill("SIGKILL");
        clearTimeout(timer);
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** Starts nginx, trying another free port if one was taken between finding it and binding it. */
async function startNginx(): Promise<Nginx> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startNginxOnce();
    } catch (error) {
      if (attempt === 3 || !/Address already in use/.test(String(error))) throw error;
    }
  }
}

const built = (pattern: RegExp) => readdirSync(DIST).filter((file) => pattern.test(file));

const suite = NGINX ? describe : describe.skip;
const title = NGINX
  ? `the build served by nginx (${NGINX}) with the configuration it ships`
  : "the build served by nginx: SKIPPED, nginx is not installed (apt-get install nginx; .ci/run does)";

suite(title, () => {
  let server: Nginx;

  beforeAll(async () => {
    server = await startNginx();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it("nginx reads the shipped configuration without a warning", () => {
    expect(readFileSync(path.join(server.prefix, "logs", "error.log"), "utf8")).not.toMatch(
      /\[(warn|emerg|alert|crit|error)\]/,
    );
  });

  const get = (address: string) => fetch(`${server.origin}${address}`, { redirect: "manual" });

  describe("headers", () => {
    const pages = built(/\.html$/);

    it("finds every page of the build", () => {
      expect(pages).toEqual(
        expect.arrayContaining(["taskpane.html", "commands.html", "name-dialog.html", "help.html"]),
      );
    });

    it.each(pages)(
      "%s: frame-ancestors as an HTTP header, nosniff, HTML in UTF-8, checked again each time",
      async (page) => {
        const response = await get(`/${page}`);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
        expect(response.headers.get("content-security-policy")).toBe(FRAME_ANCESTORS);
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        expect(response.headers.get("cache-control")).toBe("no-cache");
        expect(response.headers.get("referrer-policy")).toBe("no-referrer");
        // Anything that forbids framing outright would stop Word on the web showing the pane.
        expect(response.headers.get("x-frame-options")).toBeNull();
        expect(response.headers.get("cross-origin-opener-policy")).toBeNull();
        // The server does not say which version it is.
        expect(response.headers.get("server")).toBe("nginx");
      },
    );

    it.each(["manifest.xml", "manifest-shared-runtime.xml"])(
      "%s: never cached, XML in UTF-8, nosniff, naming the published address and never localhost",
      async (manifest) => {
        const response = await get(`/${manifest}`);
        expect(response.status).toBe(200);
        expect(response.headers.get("cache-control")).toBe("no-store");
        expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        const body = await response.text();
        expect(body).not.toContain("localhost");
        expect(body).toContain("/taskpane.html");
      },
    );

    it("the pane's scripts, named by their content, are JavaScript kept for a year", async () => {
      const scripts = [...built(/^taskpane\.[0-9a-f]{8}\.js$/), ...built(/^checks\.[0-9a-f]{8}\.js$/)];
      expect(scripts).toHaveLength(2);
      for (const script of scripts) {
        const response = await get(`/${script}`);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
        expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      }
    });

    it("icons are PNG, checked again each time", async () => {
      const response = await get("/assets/icon-32.png");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(response.headers.get("cache-control")).toBe("no-cache");
    });

    it("the sample server block passes nginx -t, naming the host the manifests name", async () => {
      const sample = readFileSync(
        path.join(server.prefix, "conf", "snippets", "case-summary-coach.conf"),
        "utf8",
      );
      const manifest = readFileSync(path.join(DIST, "manifest.xml"), "utf8");
      const host = new URL(/<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)![1]!).host;
      expect([...sample.matchAll(/server_name ([^;]+);/g)].map((m) => m[1])).toEqual([host, host]);
      // A throwaway certificate in place of the council's; nginx -t binds no port.
      const tls = path.join(server.prefix, "tls");
      mkdirSync(tls);
      const made = spawnSync(
        "openssl",
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", `/CN=${host}`].concat([
          "-keyout",
          path.join(tls, "key.pem"),
          "-out",
          path.join(tls, "cert.pem"),
        ]),
        { encoding: "utf8" },
      );
      if (made.error) {
        process.stderr.write(
          "nginx.e2e.test.ts: openssl is not installed, so the sample server block is not checked.\n",
        );
        return;
      }
      const block = sample
        .replace("/etc/ssl/certs/case-summary-coach.pem", path.join(tls, "cert.pem"))
        .replace("/etc/ssl/private/case-summary-coach.key", path.join(tls, "key.pem"))
        // nginx -t binds the ports: free ones on loopback in place of 443 and 80.
        .replace(/^ *listen \[::\].*\n/gm, "")
        .replace("listen 443 ssl;", `listen 127.0.0.1:${await freePort()} ssl;`)
        .replace("listen 80;", `listen 127.0.0.1:${await freePort()};`);
      const conf = path.join(server.prefix, "conf", "sample.conf");
      writeFileSync(path.join(server.prefix, "conf", "sample-server.conf"), block);
      writeFileSync(
        conf,
        nginxConf(server.prefix, 0).replace(
          / {2}server \{[\s\S]*\n {2}\}\n/,
          "  include sample-server.conf;\n",
        ),
      );
      const owner = unprivileged();
      if (owner) chownTree(server.prefix, owner);
      const check = spawnSync(
        NGINX!,
        ["-t", "-p", `${server.prefix}/`, "-c", "conf/sample.conf", "-e", "logs/sample.log"],
        {
          encoding: "utf8",
          ...(owner ?? {}),
        },
      );
      expect(check.stderr).toContain("test is successful");
      expect(check.stderr).not.toMatch(/\[(warn|emerg|alert|crit|error)\]/);
      expect(check.status).toBe(0);
    });

    it("the site's root is the support page", async () => {
      const response = await get("/");
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("Case Summary Coach: help");
    });

    it.each([
      "/deploy/README.md",
      "/deploy/nginx/case-summary-coach-site.conf",
      `/cli/${readdirSync(path.join(DIST, "cli"))[0] ?? "index.js"}`,
      "/.not-for-the-web",
    ])("%s is not served, and the refusal carries the same headers", async (address) => {
      const response = await get(address);
      expect(response.status).toBe(404);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("content-security-policy")).toBe(FRAME_ANCESTORS);
    });
  });

  describe("in Chromium", () => {
    let browser: Browser;
    let context: BrowserContext;
    let requests: string[];
    let problems: string[];

    beforeAll(async () => {
      browser = await launchChromium();
    });

    afterAll(async () => {
      await browser?.close();
    });

    beforeEach(async () => {
      context = await browser.newContext({ viewport: { width: 420, height: 800 }, locale: "en-GB" });
      requests = [];
      problems = [];
      context.on("request", (request) => requests.push(request.url()));
      await stubOfficeJs(context);
    });

    afterEach(async () => {
      await context.close();
    });

    async function open(address: string): Promise<Page> {
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(message.text());
      });
      await page.goto(address);
      return page;
    }

    it("loads the pane under nosniff, asking nothing of any other site but Office's CDN", async () => {
      const page = await open(`${server.origin}/taskpane.html`);
      await page.getByText("Case Summary Coach").first().waitFor();
      await page.waitForFunction(
        () => ((window as unknown as { __office?: { runs: number } }).__office?.runs ?? 0) > 0,
      );
      await page.waitForLoadState("networkidle");
      expect(requests.some((url) => /\/taskpane\.[0-9a-f]{8}\.js$/.test(url))).toBe(true);
      expect(requests.filter((url) => new URL(url).origin !== server.origin && url !== OFFICE_JS)).toEqual(
        [],
      );
      expect(problems).toEqual([]);
    });

    it("the demo starts the checks' Web Worker (a worker script must be served as JavaScript)", async () => {
      const page = await context.newPage();
      page.on("pageerror", (error) => problems.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(message.text());
      });
      const worker = page.waitForEvent("worker", { timeout: 20_000 });
      const script = page.waitForResponse((response) => /\/checks\.[0-9a-f]{8}\.js$/.test(response.url()), {
        timeout: 20_000,
      });
      await page.goto(`${server.origin}/demo.html`);
      expect((await script).status()).toBe(200);
      expect((await worker).url()).toMatch(/\/checks\.[0-9a-f]{8}\.js$/);
      expect(problems).toEqual([]);
    });
  });

  /**
   * Who may frame the pane. Chromium's Local Network Access checks refuse any public page framing
   * a loopback address, whatever the header says, so this browser runs without them: here only the
   * frame-ancestors header decides. The framing pages are answered by the browser itself.
   */
  describe("framed, as Word on the web frames it", () => {
    let browser: Browser;
    let context: BrowserContext;

    beforeAll(async () => {
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [...CHROMIUM_ARGS, "--disable-features=LocalNetworkAccessChecks"],
        headless: true,
        timeout: 30_000,
      });
    });

    afterAll(async () => {
      await browser?.close();
    });

    beforeEach(async () => {
      context = await browser.newContext({ viewport: { width: 420, height: 800 }, locale: "en-GB" });
      await stubOfficeJs(context);
    });

    afterEach(async () => {
      await context.close();
    });

    /** Opens a page at `parent` holding only an iframe of the pane; what the console said. */
    async function frameFrom(parent: string): Promise<{ page: Page; console: string[] }> {
      const console: string[] = [];
      if (!parent.startsWith(server.origin)) {
        await context.route(parent, (route) =>
          route.fulfill({
            status: 200,
            contentType: "text/html; charset=utf-8",
            body: framingPage(`${server.origin}/taskpane.html`),
          }),
        );
      }
      const page = await context.newPage();
      page.setDefaultTimeout(20_000);
      page.on("console", (message) => console.push(`${message.type()}: ${message.text()}`));
      page.on("pageerror", (error) => console.push(`pageerror: ${error.message}`));
      await page.goto(parent);
      return { page, console };
    }

    it.each([
      ["the add-in's own origin", "/framing-test.html"],
      ["Word on the web (officeapps.live.com)", "https://word-edit.officeapps.live.com/we/framing-test.html"],
      ["Word on the web in SharePoint", "https://contoso.sharepoint.com/framing-test.html"],
    ])("may be framed by %s", async (_who, parent) => {
      const { page, console } = await frameFrom(
        parent.startsWith("/") ? `${server.origin}${parent}` : parent,
      );
      await page.frameLocator("#pane").getByText("Case Summary Coach").first().waitFor();
      expect(console.filter((line) => line.startsWith("error") || line.startsWith("pageerror"))).toEqual([]);
    });

    it("may not be framed by any other site: the browser refuses, naming frame-ancestors", async () => {
      const { page, console } = await frameFrom("https://intranet.example.org/framing-test.html");
      const deadline = Date.now() + 10_000;
      while (!console.some((line) => line.includes("frame-ancestors")) && Date.now() < deadline) {
        await page.waitForTimeout(100);
      }
      expect(console.filter((line) => line.includes("frame-ancestors"))).toHaveLength(1);
      const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
      expect(frame).toBeDefined();
      expect(await frame!.locator("text=Case Summary Coach").count()).toBe(0);
    });
  });
});
