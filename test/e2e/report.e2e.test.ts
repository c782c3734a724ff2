import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { nodeIo } from "../../src/cli/index";
import { main } from "../../src/cli/main";
import { caseloadFolder, TODAY } from "../cli/report-fixtures";
import { launchChromium } from "./support/browser";
import { axeViolations, describeViolations } from "./support/demo";

/**
 * The caseload report as a team manager opens it: from a file, offline, in Chromium. Its own
 * Content Security Policy applies, so the sort script runs only if its hash is right. Set
 * SAVE_REPORT_SCREENSHOT=1 to write docs/report.png for the README.
 */

let browser: Browser;
let page: Page;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  const folder = await caseloadFolder();
  const out = path.join(mkdtempSync(path.join(tmpdir(), "caseload-e2e-")), "report.html");
  const exit = await main(["report", folder, "--out", out, "--today", TODAY], {
    ...nodeIo(),
    stderr: { write: () => true },
  });
  expect(exit).toBe(1); // written, with the corrupt file listed
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB" });
  page = await context.newPage();
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(pathToFileURL(out).href);
  if (process.env.SAVE_REPORT_SCREENSHOT)
    await page.screenshot({ path: path.resolve(__dirname, "../../docs/report.png"), fullPage: false });
}, 90_000);

afterAll(async () => {
  await browser?.close();
});

const childColumn = () => page.locator("table[data-sortable] tbody tr td:first-child a").allTextContents();

it("makes no request but for the file itself, and its policy blocks nothing of its own", () => {
  expect(requests).toHaveLength(1);
  expect(requests[0]).toMatch(/^file:\/\//);
  expect(problems).toEqual([]);
});

it("has no accessibility violations (axe, WCAG 2.2 A and AA)", async () => {
  const violations = await axeViolations(page);
  expect(describeViolations(violations)).toBe("");
});

it("sorts by a column from the keyboard, saying the order with aria-sort", async () => {
  const before = await childColumn();
  const button = page.getByRole("button", { name: "Child" });
  await button.focus();
  await page.keyboard.press("Enter");
  const header = page.locator("th", { has: button });
  await expect(header.getAttribute("aria-sort")).resolves.toBe("ascending");
  const ascending = await childColumn();
  expect(ascending).toEqual(
    [...before].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), "en-GB")),
  );
  await page.keyboard.press("Enter");
  await expect(header.getAttribute("aria-sort")).resolves.toBe("descending");
  expect(await childColumn()).toEqual([...ascending].reverse());
  await expect(page.locator("#sort-status").textContent()).resolves.toBe("Sorted by Child, descending.");
});

it("takes a manager from a row to that summary's required findings", async () => {
  const link = page.locator("table[data-sortable] tbody tr td:first-child a").first();
  const name = (await link.textContent()) ?? "";
  await link.click();
  const target = page.locator(":target h3");
  await expect(target.textContent()).resolves.toContain(name);
});

it("draws the chart as an image with a text alternative and a table beside it", async () => {
  const chart = page.getByRole("img", { name: /required and recommended items met/ });
  await expect(chart.count()).resolves.toBe(1);
  await expect(page.locator(".chart table tbody tr").count()).resolves.toBeGreaterThan(3);
});

it("prints on A4", async () => {
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
});
