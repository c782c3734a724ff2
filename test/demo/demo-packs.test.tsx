/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createPackRegistry } from "../../src/analysis/pack-registry";
import { demoPacksFetch, type LoadedPack } from "../../src/demo/demo-packs";
import { PackLoader } from "../../src/demo/PackLoader";
import { fetchOrganisationPacks, type FetchText } from "../../src/taskpane/organisation-packs";
// The pane tests' jsdom set-up (a ResizeObserver for Fluent's MessageBar).
import "../taskpane/helpers";

// jsdom's File has no text(); the browser's does.
if (typeof File.prototype.text !== "function") {
  File.prototype.text = function (this: File): Promise<string> {
    return new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(this);
    });
  };
}

const northTeam = JSON.stringify({
  id: "north-team",
  extends: "bradford-2025",
  name: "Bradford 2025 – North team",
  prompts: [{ text: "Has [Child's Name]'s family group conference been offered?", citation: "201 §2" }],
});

/** A packs/ folder served beside the demo, with one council pack in it. */
const served: FetchText = async (url) => {
  const files: Record<string, string> = {
    "packs/index.json": JSON.stringify({ packs: ["kirklees.json"] }),
    "packs/kirklees.json": JSON.stringify({ id: "kirklees", extends: "bradford-lcs", name: "Kirklees" }),
  };
  const body = files[url];
  return body === undefined
    ? { ok: false, status: 404, text: async () => "" }
    : { ok: true, status: 200, text: async () => body };
};

describe("a pack loaded in the demo is usable in the pane", () => {
  it("is read by the pane as if deployed in packs/, beside the folder's own packs", async () => {
    const loaded: LoadedPack[] = [{ name: "north-team.json", text: northTeam }];
    const found = await fetchOrganisationPacks(demoPacksFetch(loaded, served));
    expect(found.problems).toEqual([]);
    const registry = createPackRegistry(found.texts);
    expect(registry.packs.map((p) => p.name)).toEqual(
      expect.arrayContaining(["Kirklees", "Bradford 2025 – North team"]),
    );
    const team = registry.get("north-team")!;
    expect(team.prompts.at(-1)).toMatchObject({ layer: "north-team", citation: "201 §2" });
  });

  it("with nothing served and nothing loaded, there is no folder, so nothing is said", async () => {
    expect(await fetchOrganisationPacks(demoPacksFetch([], undefined))).toEqual({ texts: [], problems: [] });
  });

  it("the loader says the pack is now in the pane's list, and hands it over", async () => {
    const onLoaded = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <PackLoader loaded={[]} onLoaded={onLoaded} />
      </FluentProvider>,
    );
    const user = userEvent.setup();
    const input = screen.getByLabelText("Load your organisation's template pack (.json)");
    await user.upload(input, new File([northTeam], "team.json", { type: "application/json" }));
    const message = await screen.findByRole("status");
    expect(message.textContent).toContain("“Bradford 2025 – North team” is a valid template pack.");
    expect(message.textContent).toContain("It is now in the pane's Template list");
    expect(message.textContent).not.toContain("uses the built-in");
    expect(onLoaded).toHaveBeenCalledWith({ name: "north-team.json", text: northTeam });
  });

  it("a broken pack is named with its field and not handed over", async () => {
    const onLoaded = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <PackLoader loaded={[]} onLoaded={onLoaded} />
      </FluentProvider>,
    );
    const user = userEvent.setup();
    const input = screen.getByLabelText("Load your organisation's template pack (.json)");
    const text = JSON.stringify({ id: "east-team", extends: "north-team" });
    await user.upload(input, new File([text], "east.json", { type: "application/json" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain('extends: "north-team" is not a pack this version knows');
    expect(onLoaded).not.toHaveBeenCalled();
  });
});
