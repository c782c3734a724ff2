/** @jest-environment jsdom */
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { workedExamples } from "../../src/examples";
import { FakeWord } from "../../src/fake-word";
import { checkGroup, eventually, fakeWord, hostFor, insertTemplate, renderPane } from "./helpers";

const EMPTY_PEN_PICTURE = /Nothing is written under "Pen Picture of the child" yet/;
const NAME_ONLY_IN_HEADINGS = /Maya's name is not in the text of this summary/;
const NO_DATE = /This summary has no date/;

/** A pane over a new document with the bradford-2025 template for Maya inserted. */
async function paneWithTemplate() {
  const fake = fakeWord();
  const user = userEvent.setup();
  await renderPane(fake);
  await insertTemplate(user, "Maya");
  const paragraphOf = (text: string) => fake.model.texts().indexOf(text);
  return { fake, user, paragraphOf };
}

const card = (message: RegExp) => screen.getByRole("listitem", { name: message });
const queryCard = (message: RegExp) => screen.queryByRole("listitem", { name: message });

describe("checks as the worker writes", () => {
  test("findings appear and clear as the worker types, without a spinner", async () => {
    const { fake, paragraphOf } = await paneWithTemplate();
    expect(card(EMPTY_PEN_PICTURE)).toBeTruthy();

    fake.model.typeText(paragraphOf("Pen Picture of the child") + 1, "Maya is 9. She lives with her mum.");
    await eventually(() => expect(queryCard(EMPTY_PEN_PICTURE)).toBeNull());
    expect(queryCard(NAME_ONLY_IN_HEADINGS)).toBeNull();
    expect(screen.queryByText("Reading the document…")).toBeNull();
    // What the pen picture still lacks is now said instead.
    const penPicture = checkGroup("Pen Picture of the child");
    expect(within(penPicture).getAllByRole("listitem").length).toBeGreaterThan(0);

    fake.model.deleteCharacters(paragraphOf("Pen Picture of the child") + 1, 0, 35);
    await eventually(() => expect(card(EMPTY_PEN_PICTURE)).toBeTruthy());
  });

  test("a card that stays keeps its place in the list (and its open guidance) while others change", async () => {
    const { fake, user, paragraphOf } = await paneWithTemplate();
    const safetyPlanCard = card(/Nothing is written under "Maya's Safety Plan" yet/);
    await user.click(within(safetyPlanCard).getByRole("button", { name: "Show guidance" }));

    fake.model.typeText(paragraphOf("Background information") + 1, "Maya was referred by her school.");
    await eventually(() => expect(queryCard(/Nothing is written under "Background information"/)).toBeNull());
    // The same element, not a new one: nothing flickers, and what the worker opened stays open.
    expect(card(/Nothing is written under "Maya's Safety Plan" yet/)).toBe(safetyPlanCard);
    expect(within(safetyPlanCard).getByRole("button", { name: "Hide guidance" })).toBeTruthy();
  });

  test("the prompts follow the cursor from section to section, with the child's name", async () => {
    const { fake, paragraphOf } = await paneWithTemplate();
    const prompts = screen.getByRole("region", { name: "Prompts for the section you are writing" });

    fake.model.select(paragraphOf("What difference have we made for Maya?") + 1);
    await eventually(() =>
      expect(within(prompts).getByText(/You are writing:/).textContent).toBe(
        "You are writing: What difference have we made for Maya?",
      ),
    );
    expect(within(prompts).getByText(/Why has change happened\?/)).toBeTruthy();

    fake.model.select(paragraphOf("Maya's Safety Plan"));
    await eventually(() =>
      expect(within(prompts).getByText(/You are writing:/).textContent).toBe(
        "You are writing: Maya's Safety Plan",
      ),
    );
  });

  test("the guidance for the section is one click away, with its source", async () => {
    const { fake, user, paragraphOf } = await paneWithTemplate();
    fake.model.select(paragraphOf("Maya's Safety Plan") + 1);
    await eventually(() =>
      expect(screen.getByText("Maya's Safety Plan", { selector: "strong" })).toBeTruthy(),
    );
    await user.click(screen.getByRole("button", { name: "Guidance for this section" }));
    // The source by its name, not the document number only the packs use.
    expect(
      screen.getAllByText(/\(Bradford Children and Families Trust guidance \(2025\), 3\.1\(vi\)\)/).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByText(/\b00\d §/)).toBeNull();
  });

  test("cards and prompts name the guidance they come from, not its document number", async () => {
    await paneWithTemplate();
    const safetyPlanCard = card(/Nothing is written under "Maya's Safety Plan" yet/);
    expect(within(safetyPlanCard).getByText(/^From the guidance: /).textContent).toMatch(
      /^From the guidance: Bradford Children and Families Trust guidance \(2025\), \S/,
    );
    expect(document.body.textContent).not.toMatch(/\b00\d §/);
  });

  test("Write and Review give one count of what is met: the guidance's items, not findings", async () => {
    const { user } = await paneWithTemplate();
    const write = screen.getByText(
      /^Required items met: \d+ of \d+\. Recommended: \d+ of \d+\.$/,
    ).textContent;
    // A freshly inserted template: several findings can stand for one item, so the counts differ.
    const requiredFindings = screen
      .getAllByRole("listitem")
      .filter((item) => /Required/.test(item.textContent ?? ""));
    expect(requiredFindings.length).toBeGreaterThan(0);
    await user.click(screen.getByRole("tab", { name: "Review" }));
    expect(screen.getByText(/^Required items met:/).textContent).toBe(
      `${write} Template: Bradford Children and Families Trust (2025).`,
    );
  });

  test("the checks are grouped under headings, not as a landmark per section", async () => {
    await paneWithTemplate();
    expect(screen.getAllByRole("heading", { level: 3 }).length).toBeGreaterThan(5);
    // The pane itself and the prompts beside the section are the only regions.
    expect(screen.queryAllByRole("region").map((r) => r.getAttribute("aria-label"))).toEqual([
      "Prompts for the section you are writing",
    ]);
    expect(document.querySelectorAll("section")).toHaveLength(1);
  });

  test("every repeated button on a card is described by that card's message", async () => {
    await paneWithTemplate();
    const cards = screen.getAllByRole("listitem").filter((item) => item.hasAttribute("data-finding-id"));
    expect(cards.length).toBeGreaterThan(3);
    for (const item of cards) {
      const message = document.getElementById(item.getAttribute("aria-labelledby")!)!;
      for (const name of ["Go to", "Show guidance", "Dismiss"]) {
        const button = within(item).queryByRole("button", { name });
        if (!button) continue;
        expect(button.getAttribute("aria-describedby")).toBe(message.id);
      }
    }
    expect(cards.some((item) => within(item).queryByRole("button", { name: "Show guidance" }))).toBe(true);
  });

  test("with the cursor outside every section, three whole-summary prompts show, and the rest on request", async () => {
    // A summary with a title line above its first heading: the title is in no section.
    const example = workedExamples.find((e) => e.id === "bradford-2025-good")!;
    const fake = fakeWord(example.paragraphs.map((p) => ({ text: p.text, styleBuiltIn: p.styleBuiltIn })));
    const user = userEvent.setup();
    await renderPane(fake);
    fake.model.select(0);
    const prompts = screen.getByRole("region", { name: "Prompts for the section you are writing" });
    await eventually(() => expect(within(prompts).getByText(/Put the cursor in a section/)).toBeTruthy());
    expect(within(prompts).getAllByRole("listitem")).toHaveLength(3);

    const showAll = within(prompts).getByRole("button", { name: /^Show all \d+ prompts$/ });
    const total = Number(/\d+/.exec(showAll.textContent ?? "")![0]);
    expect(total).toBeGreaterThan(3);
    expect(showAll.getAttribute("aria-expanded")).toBe("false");
    await user.click(showAll);
    expect(within(prompts).getAllByRole("listitem")).toHaveLength(total);
    expect(showAll.getAttribute("aria-expanded")).toBe("true");
    await user.click(within(prompts).getByRole("button", { name: "Show fewer prompts" }));
    expect(within(prompts).getAllByRole("listitem")).toHaveLength(3);
  });

  test("Go to selects the finding's text in the document", async () => {
    const { fake, user, paragraphOf } = await paneWithTemplate();
    const background = paragraphOf("Background information");
    fake.model.select(0);

    await user.click(
      within(card(/Nothing is written under "Background information"/)).getByRole("button", {
        name: "Go to",
      }),
    );
    await eventually(() => expect(fake.model.selectionPosition()?.paragraph).toBe(background));
    expect(fake.model.selectedText()).toBe("Background information");

    await user.click(
      within(checkGroup("Maya's Safety Plan")).getByRole("button", {
        name: "Go to heading",
      }),
    );
    await eventually(() => expect(fake.model.selectedText()).toBe("Maya's Safety Plan"));
  });

  test("Fix makes the pen picture blue in the document", async () => {
    const { fake, user, paragraphOf } = await paneWithTemplate();
    const penPictureText = paragraphOf("Pen Picture of the child") + 1;
    fake.model.typeText(penPictureText, "Maya is 9 and lives with her mum.");
    fake.model.colourParagraph(penPictureText, null);

    const notBlue = await screen.findByRole("listitem", { name: /is not in blue/ }, { timeout: 3000 });
    await user.click(within(notBlue).getByRole("button", { name: "Fix" }));

    await eventually(() =>
      expect(fake.model.runs()[penPictureText]!.every((run) => run.colour === "#0000FF")).toBe(true),
    );
    await eventually(() => expect(queryCard(/is not in blue/)).toBeNull());
    expect(screen.getByText(/Coloured 1 paragraph/)).toBeTruthy();
  });

  test("the colour button colours both sections at once", async () => {
    const { fake, user, paragraphOf } = await paneWithTemplate();
    const safetyPlanText = paragraphOf("Maya's Safety Plan") + 1;
    fake.model.typeText(safetyPlanText, "If Maya feels unsafe she will ring her nan.");
    fake.model.colourParagraph(safetyPlanText, "#000000");
    await screen.findByRole("listitem", { name: /is not in red/ }, { timeout: 3000 });

    await user.click(
      screen.getByRole("button", { name: "Colour the pen picture blue and the safety plan red" }),
    );
    await eventually(() => expect(fake.model.runs()[safetyPlanText]![0]!.colour).toBe("#FF0000"));
  });

  test("Dismiss removes the card, remembers it in the document, and Restore brings it back", async () => {
    const { fake, user } = await paneWithTemplate();
    await user.click(within(card(NO_DATE)).getByRole("button", { name: "Dismiss" }));
    await eventually(() => expect(queryCard(NO_DATE)).toBeNull());
    expect(screen.getByRole("button", { name: "Show dismissed checks (1)" })).toBeTruthy();

    // The document remembers: opened again, on another machine, the check stays dismissed.
    const saved = fake.model.save();
    cleanup();
    const reopened = FakeWord.open(saved);
    await renderPane(reopened, hostFor(reopened));
    expect(queryCard(NO_DATE)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Show dismissed checks (1)" }));
    await user.click(within(card(NO_DATE)).getByRole("button", { name: "Restore" }));

    await eventually(() => expect(screen.queryByRole("button", { name: /dismissed checks/ })).toBeNull());
    expect(within(card(NO_DATE)).getByRole("button", { name: "Dismiss" })).toBeTruthy();
  });
});
