import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";

/**
 * Helpers for driving the demo as a person would: open it, click into a section, type, read the
 * pane. Every request the page makes is recorded for the privacy check.
 */

export const SCREENSHOTS = path.resolve(__dirname, "../../../test-output/screenshots");

export interface DemoPage {
  context: BrowserContext;
  page: Page;
  pane: Locator;
  document: Locator;
  statusBar: Locator;
  /** Every URL the page requested, in order. */
  requests: string[];
  errors: string[];
}

export async function openDemo(
  browser: Browser,
  origin: string,
  query = "",
  viewport = { width: 1400, height: 900 },
): Promise<DemoPage> {
  const context = await browser.newContext({ viewport, locale: "en-GB" });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on("websocket", (socket) => requests.push(socket.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.setDefaultTimeout(15_000);
  await page.goto(`${origin}/demo.html${query}`);
  const pane = page.getByTestId("task-pane");
  await pane.getByRole("tab", { name: "Write" }).waitFor();
  return {
    context,
    page,
    pane,
    document: page.getByRole("textbox", { name: "Simulated Word document" }),
    statusBar: page.getByTestId("status-bar"),
    requests,
    errors,
  };
}

/** The content control (template section) whose title is given. */
export function section(demo: DemoPage, title: string): Locator {
  return demo.page.locator(`[data-content-control]`).filter({
    has: demo.page.locator("span", { hasText: new RegExp(`^${escape(title)}$`) }),
  });
}

/** The n-th paragraph of a section (0 is its heading, 1 the first paragraph under it). */
export function sectionParagraph(demo: DemoPage, title: string, n = 1): Locator {
  return section(demo, title).locator("[data-paragraph]").nth(n);
}

/** Clicks at the end of a paragraph, as a person putting the cursor there. */
export async function clickAtEnd(paragraph: Locator): Promise<void> {
  const box = await paragraph.boundingBox();
  if (!box) throw new Error("The paragraph is not on screen.");
  await paragraph.click({ position: { x: Math.max(1, box.width - 2), y: box.height / 2 } });
  await paragraph.page().keyboard.press("End");
}

export async function insertTemplate(demo: DemoPage, childName: string): Promise<void> {
  const name = demo.pane.getByLabel("Child's first name");
  await name.fill(childName);
  // Keyboard first: Enter in the form inserts the template.
  await name.press("Enter");
  await demo.pane
    .getByText(/^Added (the )?\d+ (sections|headings)/)
    .first()
    .waitFor();
}

/** Waits until the text is shown in the pane (or, with gone, until it is not). */
export async function paneShows(demo: DemoPage, text: string | RegExp, gone = false): Promise<void> {
  await demo.pane
    .getByText(text)
    .first()
    .waitFor({ state: gone ? "detached" : "visible" });
}

export function comments(demo: DemoPage): Locator {
  return demo.page.getByRole("complementary", { name: "Comments" }).locator("li");
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
let axeSource: string | null = null;

/** Runs axe-core in the page against WCAG 2.2 A and AA; returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  // Evaluated through the DevTools protocol, so the page's Content Security Policy still applies
  // to everything else (no script tag is added).
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    type Result = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<Result> } }).axe;
    // Fluent's focus manager (tabster) puts aria-hidden focus guards around a TabList that hand
    // focus straight on: a known false positive of aria-hidden-focus, by design in Fluent
    // (microsoft/fluentui#27517, microsoft/tabster#288). Only those elements are left out.
    const context = { include: [document], exclude: [["[data-tabster-dummy]"]] };
    const result = await axe.run(context as unknown as Document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(" ")),
    }));
  }, AXE_TAGS);
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? "?"}): ${v.help}\n    ${v.targets.slice(0, 5).join("\n    ")}`)
    .join("\n");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Closes the pane's notice, where one is shown, so the next one is read afresh. */
export async function closeNotice(demo: DemoPage): Promise<void> {
  const close = demo.pane.getByRole("button", { name: "Close this message" });
  if ((await close.count()) > 0) await close.first().click();
}

/**
 * Every check the pane can show, read as a worker would: Show all checks, then each section's
 * cards one at a time with Next ("Check 2 of 5"), round to where it started. Focus ends in the
 * pane: click back into the document before typing again.
 */
export async function checkMessages(demo: DemoPage): Promise<string[]> {
  const showAll = demo.pane.getByRole("button", { name: "Show all checks" });
  if ((await showAll.count()) > 0) await showAll.click();
  const messages: string[] = [];
  await eachCard(demo, async (card) => {
    messages.push(
      await card.evaluate(
        (el) => document.getElementById(el.getAttribute("aria-labelledby") ?? "")?.textContent ?? "",
      ),
    );
    return false;
  });
  return messages;
}

/**
 * Steps through each section's cards, Next by Next, until visit says stop. The checks are redrawn
 * while the worker types, so a step that finds its button gone gives up quickly (the caller reads
 * them all again).
 */
async function eachCard(demo: DemoPage, visit: (card: Locator) => Promise<boolean>): Promise<boolean> {
  const groups = demo.pane.locator("[data-check-group]");
  const count = await groups.count();
  for (let g = 0; g < count; g++) {
    const group = groups.nth(g);
    const position = group.getByText(/^Check \d+ of \d+$/);
    const total =
      (await position.count()) > 0 ? Number(/of (\d+)$/.exec((await position.textContent()) ?? "")?.[1]) : 1;
    for (let step = 0; step < total; step++) {
      const card = group.locator("[data-check-navigator] [data-finding-id]");
      if ((await card.count()) > 0 && (await visit(card.first()))) return true;
      if (total > 1) await group.getByRole("button", { name: "Next check" }).click({ timeout: 2_000 });
    }
  }
  return false;
}

/** Waits until some check says this (or, with gone, until none does), stepping through them all. */
export async function checkShows(
  demo: DemoPage,
  text: string | RegExp,
  gone = false,
  timeout = 15_000,
): Promise<void> {
  const says = (message: string) => (typeof text === "string" ? message.includes(text) : text.test(message));
  const until = Date.now() + timeout;
  let seen: string[] = [];
  while (Date.now() < until) {
    try {
      seen = await checkMessages(demo);
      if (seen.some(says) !== gone) return;
    } catch {
      // Redrawn mid-way: read them again.
    }
    await demo.page.waitForTimeout(250);
  }
  throw new Error(
    `${gone ? "A check still says" : "No check says"} ${String(text)}; the checks say:\n  ${seen.join("\n  ")}`,
  );
}

/** The card (one section's shown check) whose message says this: Show all checks, then Next to it. */
export async function checkCard(demo: DemoPage, text: string | RegExp): Promise<Locator> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    await checkShows(demo, text);
    try {
      let found: Locator | null = null;
      await eachCard(demo, async (card) => {
        if ((await card.filter({ hasText: text }).count()) === 0) return false;
        found = card;
        return true;
      });
      // The locator names the card by its finding, so it stays the same card when others change.
      if (found) {
        const id = await (found as Locator).getAttribute("data-finding-id");
        return demo.pane.locator(`[data-finding-id="${id}"]`);
      }
    } catch {
      // Redrawn mid-way: look again.
    }
  }
  throw new Error(`No card says ${String(text)}`);
}

/** A section's line in the pane's checks, by its heading: "Not started", its counts. */
export function checkGroup(demo: DemoPage, heading: string): Locator {
  return demo.pane
    .locator("[data-check-group]")
    .filter({ has: demo.page.getByRole("heading", { name: heading, exact: true, level: 3 }) });
}
