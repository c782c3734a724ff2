import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { brokenTeamPack, northTeamPack } from "../fixtures/team-packs";
import { launchChromium } from "./support/browser";
import {
  clickAtEnd,
  insertTemplate,
  openDemo,
  paneShows,
  sectionParagraph,
  type DemoPage,
} from "./support/demo";
import { assertBuilt, DIST, serveDist, type StaticServer } from "./support/server";

/**
 * An organisation's packs deployed in the packs/ folder beside the production build, as a
 * council's IT team would put them: a team's pack that extends the Trust's template and adds one
 * prompt, beside a broken one. Read by the pane in Chromium from the add-in's own origin.
 */

jest.setTimeout(90_000);

let root: string;
let server: StaticServer;
let browser: Browser;
let demo: DemoPage | null = null;

beforeAll(async () => {
  assertBuilt();
  root = mkdtempSync(path.join(tmpdir(), "case-summary-packs-"));
  cpSync(DIST, root, { recursive: true });
  mkdirSync(path.join(root, "packs"), { recursive: true });
  writeFileSync(
    path.join(root, "packs", "index.json"),
    JSON.stringify({ packs: ["north-team.json", "east-team.json"] }),
  );
  writeFileSync(path.join(root, "packs", "north-team.json"), JSON.stringify(northTeamPack));
  writeFileSync(path.join(root, "packs", "east-team.json"), JSON.stringify(brokenTeamPack));
  server = await serveDist(root);
  browser = await launchChromium();
});

afterAll(async () => {
  await demo?.context.close();
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

test("a team's pack from packs/ is offered and its prompt shown by name; the broken one is named with its field", async () => {
  demo = await openDemo(browser, server.origin);
  // The broken pack is set aside with what is wrong, naming the file and the field.
  const warning = demo.pane
    .getByRole("main")
    .getByText(/Your organisation's template packs\/east-team\.json cannot be used/);
  await warning.waitFor();
  expect(await warning.textContent()).toMatch(/child-voise/);

  const template = demo.pane.getByRole("combobox", { name: /Template/ });
  const options = await template.locator("option").allTextContents();
  expect(options).toContain("Bradford 2025 – North team");
  expect(options).not.toContain("Bradford 2025 – East team");
  // The built-in templates still work beside them.
  expect(options.length).toBeGreaterThanOrEqual(5);

  await template.selectOption({ label: "Bradford 2025 – North team" });
  await insertTemplate(demo, "Maya");
  await clickAtEnd(sectionParagraph(demo, "Goals and what needs to happen next?"));
  await paneShows(demo, /Has Maya's family group conference been offered\?/);
  const prompt = demo.pane.getByRole("listitem").filter({ hasText: "family group conference" });
  expect(await prompt.textContent()).toContain("201 §2 · from Bradford 2025 – North team");
  expect(demo.errors).toEqual([]);
});
