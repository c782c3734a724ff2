/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { FetchText } from "../../src/taskpane/organisation-packs";
import { brokenTeamPack, northTeamPack } from "../fixtures/team-packs";
import { eventually, fakeWord, hostFor, insertTemplate, TODAY } from "./helpers";

/** The add-in's own packs/ folder, as the pane's fetch sees it; anything else is a 404. */
function packsFolder(files: Record<string, unknown>): { fetch: FetchText; asked: string[] } {
  const asked: string[] = [];
  const fetch: FetchText = async (url) => {
    asked.push(url);
    const body = files[url];
    return body === undefined
      ? { ok: false, status: 404, text: async () => "" }
      : { ok: true, status: 200, text: async () => (typeof body === "string" ? body : JSON.stringify(body)) };
  };
  return { fetch, asked };
}

async function renderWith(fetchPacks: FetchText) {
  const fake = fakeWord();
  render(<App host={hostFor(fake)} today={TODAY} fetchPacks={fetchPacks} />);
  await screen.findByRole("tab", { name: "Write" }, { timeout: 5000 });
  return fake;
}

const templateSelect = () => screen.getByRole("combobox", { name: /Template/ }) as HTMLSelectElement;
const optionNames = () =>
  within(templateSelect())
    .getAllByRole("option")
    .map((o) => o.textContent);

describe("the organisation's packs beside the pane", () => {
  test("a team's pack that extends the Trust's template is offered, and its prompt shown with its layer", async () => {
    const folder = packsFolder({
      "packs/index.json": { packs: ["north-team.json", "east-team.json"] },
      "packs/north-team.json": northTeamPack,
      "packs/east-team.json": brokenTeamPack,
    });
    const fake = await renderWith(folder.fetch);
    await eventually(() => expect(optionNames()).toContain("Bradford 2025 – North team"));
    // Only the add-in's own folder is asked for.
    expect(folder.asked).toEqual(["packs/index.json", "packs/north-team.json", "packs/east-team.json"]);

    // The broken pack is named, with its field; the built-in packs and the good one are still there.
    const message = await screen.findByText(
      /Your organisation's template packs\/east-team\.json cannot be used/,
    );
    expect(message.textContent).toContain(
      'sections[0].rules[0].rule: "child-voise" is not a check this version knows (did you mean "child-voice"?)',
    );
    expect(optionNames()).toEqual(
      expect.arrayContaining(["Bradford 2025 – North team", expect.stringMatching(/Bradford/)]),
    );
    expect(optionNames()).toHaveLength(5);

    const user = userEvent.setup();
    await user.selectOptions(templateSelect(), "north-team");
    await insertTemplate(user, "Maya");
    const goals = fake.model.texts().findIndex((t) => t.startsWith("Goals"));
    fake.model.select(goals + 1);
    const prompts = screen.getByRole("region", { name: "Prompts for the section you are writing" });
    await eventually(() =>
      expect(within(prompts).getByText(/Has Maya's family group conference been offered\?/)).toBeTruthy(),
    );
    const item = within(prompts)
      .getAllByRole("listitem")
      .find((li) => /family group conference/.test(li.textContent ?? ""))!;
    // By the name the worker sees in the template list, not its id.
    expect(item.textContent).toContain("201 §2 · from Bradford 2025 – North team");
  });

  test("no packs folder: the built-in templates only, and nothing said", async () => {
    const folder = packsFolder({});
    await renderWith(folder.fetch);
    await eventually(() => expect(optionNames()).toHaveLength(4));
    expect(folder.asked).toEqual(["packs/index.json"]);
    expect(screen.queryByText(/cannot be used/)).toBeNull();
  });

  test("an index that points outside the folder is refused without fetching it", async () => {
    const folder = packsFolder({ "packs/index.json": { packs: ["https://example.org/pack.json"] } });
    await renderWith(folder.fetch);
    await screen.findByText(/packs\[0\]: must be the name of a \.json file in the packs folder/);
    expect(folder.asked).toEqual(["packs/index.json"]);
    expect(optionNames()).toHaveLength(4);
  });
});
