import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../test/e2e/support/browser";
import { stubOfficeJs } from "../test/e2e/support/office-stub";
import { DIST, serveDist } from "../test/e2e/support/server";
import { median } from "./measure";

/**
 * Time to first render in headless Chromium, over the production build served on localhost:
 * the demo page, the pane inside it (its heading, then ready to use: engine loaded and the
 * document read), and the task pane on its own (taskpane.html with office.js stubbed, as
 * Microsoft's template is measured). Median of 5, a fresh browser context each run. Beside them, in
 * the same run and the same browser: Microsoft's React task-pane template, its production build
 * in ../shared/anchors (office.js stubbed the same way), until its one button is drawn.
 */

const RUNS = 5;
const ROOT = path.resolve(__dirname, "..");
/** Microsoft's React task-pane template, built for production and converted to Word (see its README). */
const TEMPLATE_DIST = path.resolve(ROOT, "..", "shared", "anchors", "office-addin-taskpane-react", "dist");

/** Marks the moment each selector first appears; runs before the page's own scripts. */
function observeScript(marks: Record<string, string>): string {
  return `(() => {
    const pending = new Map(Object.entries(${JSON.stringify(marks)}));
    const look = () => {
      for (const [mark, selector] of pending) {
        if (document.querySelector(selector)) { performance.mark(mark); pending.delete(mark); }
      }
      if (pending.size === 0) observer.disconnect();
    };
    const observer = new MutationObserver(look);
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

async function marksAfterLoad(page: Page, names: string[]): Promise<Record<string, number>> {
  await page.waitForFunction(
    (wanted) => wanted.every((name) => performance.getEntriesByName(name).length > 0),
    names,
    { timeout: 30_000, polling: 50 },
  );
  return page.evaluate((wanted) => {
    const result: Record<string, number> = {};
    for (const name of wanted) result[name] = performance.getEntriesByName(name)[0]!.startTime;
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    if (paint) result.fcp = paint.startTime;
    return result;
  }, names);
}

async function measure(
  browser: Browser,
  url: string,
  marks: Record<string, string>,
  stubOffice = false,
): Promise<Record<string, number>[]> {
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // The stub the e2e tests use: Office is ready, Word's runs are counted and never answer.
    if (stubOffice) await stubOfficeJs(context);
    const page = await context.newPage();
    await page.addInitScript(observeScript(marks));
    await page.goto(url);
    runs.push(
      await marksAfterLoad(page, Object.keys(marks)).catch((error: unknown) => {
        throw new Error(`${url}: ${Object.keys(marks).join(", ")} not seen (${String(error)})`);
      }),
    );
    await context.close();
  }
  return runs;
}

/** Microsoft's template measured in the same run, and how the pane compares; skipped without ../shared. */
async function beside(browser: Browser, demo: Record<string, number>[]): Promise<string[]> {
  if (!existsSync(path.join(TEMPLATE_DIST, "taskpane.html"))) {
    return [
      "  Microsoft's React task-pane template: not measured (../shared/anchors is not beside this checkout)",
    ];
  }
  const server = await serveDist(TEMPLATE_DIST);
  try {
    const template = await measure(
      browser,
      `${server.origin}/taskpane.html`,
      { "bench:template-button": "#container button" },
      true,
    );
    const ready = medianOf(demo, "bench:pane-ready");
    const button = medianOf(template, "bench:template-button");
    return [
      `  Microsoft's React task-pane template (production build, office.js stubbed): first contentful paint ${ms(template, "fcp")}; its one button drawn ${ms(template, "bench:template-button")}`,
      ready !== null && button !== null
        ? `  the pane ready to use, against the template's button: ${(ready / button).toFixed(2)} times as long (${ready < button ? "sooner" : "later"})`
        : "  ratio: n/a",
    ];
  } finally {
    await server.close();
  }
}

function medianOf(runs: Record<string, number>[], name: string): number | null {
  const values = runs.map((run) => run[name]).filter((v): v is number => v !== undefined);
  return values.length > 0 ? median(values) : null;
}

function ms(runs: Record<string, number>[], name: string): string {
  const values = runs.map((run) => run[name]).filter((v): v is number => v !== undefined);
  return values.length > 0 ? `${Math.round(median(values))} ms` : "n/a";
}

export async function benchDemo(): Promise<string[]> {
  if (!existsSync(path.join(DIST, "demo.html")) || process.env.BENCH_BUILD === "1") {
    const build = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"],
      { cwd: ROOT, encoding: "utf8" },
    );
    if (build.status !== 0) throw new Error(`The production build failed:\n${build.stdout}\n${build.stderr}`);
  }
  const server = await serveDist();
  const browser = await launchChromium();
  try {
    const demo = await measure(browser, `${server.origin}/demo.html`, {
      "bench:demo": "[data-paragraph]",
      "bench:pane-heading": '[data-testid="task-pane"] #pane-title',
      "bench:pane-ready": '[data-testid="task-pane"] [role="tablist"]',
    });
    const pane = await measure(
      browser,
      `${server.origin}/taskpane.html`,
      { "bench:pane-heading": "#pane-title" },
      true,
    );
    const lines = [
      `Browser (production build, headless Chromium ${browser.version()}; median of ${RUNS}, a fresh context each run; from navigation start):`,
      `  demo page: first contentful paint ${ms(demo, "fcp")}; document drawn ${ms(demo, "bench:demo")}`,
      `  pane in the demo: heading ${ms(demo, "bench:pane-heading")}; ready to use (engine loaded, document read, checks shown) ${ms(demo, "bench:pane-ready")}`,
      `  task pane alone (taskpane.html, office.js stubbed): first contentful paint ${ms(pane, "fcp")}; heading ${ms(pane, "bench:pane-heading")}`,
    ];
    lines.push(...(await beside(browser, demo)));
    return lines;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (require.main === module) {
  benchDemo()
    .then((lines) => process.stdout.write(`${lines.join("\n")}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
