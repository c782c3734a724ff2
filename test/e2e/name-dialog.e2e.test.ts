import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./support/browser";
import { axeViolations, describeViolations } from "./support/demo";
import { OFFICE_JS, stubOfficeJs } from "./support/office-stub";
import { serveDist, type StaticServer } from "./support/server";

/**
 * The ribbon's dialog page (name-dialog.html, opened by "Insert template" with Office's Dialog
 * API) in headless Chromium, office.js stubbed: what it sends back with messageParent, by
 * keyboard, and that it is labelled, accessible and sends nothing anywhere else.
 */

jest.setTimeout(60_000);

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let requests: string[];
let errors: string[];

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 420, height: 420 }, locale: "en-GB" });
  requests = [];
  errors = [];
  context.on("request", (request) => requests.push(request.url()));
  await stubOfficeJs(context);
});

afterEach(async () => {
  await context.close();
  expect(errors).toEqual([]);
  expect(requests.filter((url) => new URL(url).origin !== server.origin && url !== OFFICE_JS)).toEqual([]);
});

const TEMPLATES = [
  { id: "bradford-2025", name: "Bradford Children and Families Trust (2025)" },
  { id: "mosaic-step", name: "MOSAIC case summary Step" },
];

async function open(query: Record<string, string>): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.origin}/name-dialog.html?${new URLSearchParams(query).toString()}`);
  return page;
}

const asking = () => open({ template: "mosaic-step", templates: JSON.stringify(TEMPLATES) });

async function messages(page: Page): Promise<{ kind: string }[]> {
  const sent = await page.evaluate(
    () => (window as unknown as { __office: { messages: string[] } }).__office.messages,
  );
  return sent.map((message) => JSON.parse(message) as { kind: string });
}

/** The answers the page sent (not the drafts it sends as the worker types). */
async function replies(page: Page): Promise<unknown[]> {
  return (await messages(page)).filter((message) => message.kind !== "draft");
}

/** What the command last heard the worker had typed. */
async function lastDraft(page: Page): Promise<unknown> {
  return (await messages(page)).filter((message) => message.kind === "draft").at(-1);
}

describe("the ribbon's dialog", () => {
  it("asks for the template and the child's first name, focused on the name; Enter sends them", async () => {
    const page = await asking();
    const name = page.getByRole("textbox", { name: "Child's first name" });
    await name.waitFor();
    expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
    const template = page.getByRole("combobox", { name: "Template" });
    expect(await template.inputValue()).toBe("mosaic-step");
    expect(await template.locator("option").allTextContents()).toEqual(TEMPLATES.map((t) => t.name));
    // The hint is read with the field.
    expect(await name.evaluate((input) => input.getAttribute("aria-describedby"))).toContain(
      "child-name-hint",
    );

    await page.keyboard.type("Maya");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() =>
      (window as unknown as { __office: { messages: string[] } }).__office.messages
        .at(-1)
        ?.includes("insert"),
    );
    expect(await replies(page)).toEqual([{ kind: "insert", templateId: "mosaic-step", childName: "Maya" }]);
  });

  it("lets the template be changed by keyboard, and Insert template be pressed with Space", async () => {
    const page = await asking();
    await page.getByRole("textbox", { name: "Child's first name" }).waitFor();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Sam");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Insert template");
    await page.keyboard.press("Space");
    await page.waitForFunction(() =>
      (window as unknown as { __office: { messages: string[] } }).__office.messages
        .at(-1)
        ?.includes("insert"),
    );
    expect(await replies(page)).toEqual([{ kind: "insert", templateId: "bradford-2025", childName: "Sam" }]);
  });

  it("Escape and Cancel say the person cancelled", async () => {
    const page = await asking();
    await page.getByRole("textbox", { name: "Child's first name" }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Cancel" }).click();
    expect(await replies(page)).toEqual([{ kind: "cancel" }, { kind: "cancel" }]);
  });

  it("refuses brackets in the name with a message tied to the field, and sends nothing", async () => {
    const page = await asking();
    const name = page.getByRole("textbox", { name: "Child's first name" });
    await name.fill("Maya [x]");
    await name.press("Enter");
    await page
      .getByRole("alert")
      .getByText(/can't contain brackets/)
      .waitFor();
    expect(await name.getAttribute("aria-invalid")).toBe("true");
    expect(await replies(page)).toEqual([]);
  });

  it.each([
    ["Maya2", /can't contain numbers/],
    ["#Maya", /can't contain "#"/],
    ["12345", /can't be a number/],
  ])("refuses %p as the command would, before closing, and sends nothing", async (typed, problem) => {
    const page = await asking();
    const name = page.getByRole("textbox", { name: "Child's first name" });
    await name.fill(typed);
    await name.press("Enter");
    await page.getByRole("alert").getByText(problem).waitFor();
    expect(await name.getAttribute("aria-invalid")).toBe("true");
    expect(await replies(page)).toEqual([]);
  });

  it("tells the command what has been typed so far, and fills in a name it is given back", async () => {
    const page = await asking();
    const name = page.getByRole("textbox", { name: "Child's first name" });
    await name.waitFor();
    await page.keyboard.type("Ma");
    expect(await lastDraft(page)).toEqual({ kind: "draft", templateId: "mosaic-step", childName: "Ma" });
    await page.getByRole("combobox", { name: "Template" }).selectOption("bradford-2025");
    expect(await lastDraft(page)).toEqual({ kind: "draft", templateId: "bradford-2025", childName: "Ma" });
    expect(await replies(page)).toEqual([]);

    const again = await open({
      template: "bradford-2025",
      templates: JSON.stringify(TEMPLATES),
      name: "Maya",
    });
    const filled = again.getByRole("textbox", { name: "Child's first name" });
    await filled.waitFor();
    expect(await filled.inputValue()).toBe("Maya");
    expect(await again.getByRole("combobox", { name: "Template" }).inputValue()).toBe("bradford-2025");
  });

  it("shows a message with a focused Close button that answers", async () => {
    const page = await open({
      message: "Word couldn't insert the template, so your document has not been changed.",
    });
    await page.getByText("Word couldn't insert the template", { exact: false }).waitFor();
    const close = page.getByRole("button", { name: "Close" });
    expect(await close.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await page.getByRole("textbox").count()).toBe(0);
    await page.keyboard.press("Enter");
    expect(await replies(page)).toEqual([{ kind: "close" }]);
  });

  it("says how to close a message that Close could not close (its command has ended)", async () => {
    const page = await open({ message: "Nothing was inserted." });
    const close = page.getByRole("button", { name: "Close" });
    await close.waitFor();
    expect(await page.getByRole("status").textContent()).toBe("");
    await close.click();
    // The stub's messageParent closes nothing, as when the command that opened the box has ended.
    await page
      .getByRole("status")
      .getByText("If this box stays open, close it with the X in its title bar.")
      .waitFor();
    expect(await replies(page)).toEqual([{ kind: "close" }]);
  });

  it("has no WCAG 2.2 A or AA violations, asking or telling", async () => {
    const failures: string[] = [];
    for (const page of [await asking(), await open({ message: "Nothing was inserted." })]) {
      await page.getByRole("button").first().waitFor();
      const violations = await axeViolations(page);
      if (violations.length > 0) failures.push(describeViolations(violations));
    }
    expect(failures).toEqual([]);
  });
});
