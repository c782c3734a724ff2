/** @jest-environment jsdom */
import { cleanup, screen, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
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

/** A check's card on screen, by its message: the one card a section shows at a time. */
const card = (message: RegExp) => screen.getByRole("group", { name: message });
const queryCard = (message: RegExp) => screen.queryByRole("group", { name: message });
const sectionButton = (heading: string | RegExp) =>
  within(screen.getByRole("heading", { name: heading, level: 3 })).getByRole("button");

/** Opens a section's checks (its heading's button) unless it is open already, as where the cursor is. */
async function openSection(user: UserEvent, heading: string | RegExp): Promise<void> {
  const toggle = sectionButton(heading);
  if (toggle.getAttribute("aria-expanded") !== "true") await user.click(toggle);
}

/** Opens every section (Show all checks) unless it is already open. */
async function showAllChecks(user: UserEvent): Promise<void> {
  const showAll = screen.queryByRole("button", { name: "Show all checks" });
  if (showAll) await user.click(showAll);
}

/** How many checks a section's cards step through ("Check 2 of 5"), 1 when it shows one card only. */
function checksIn(group: HTMLElement): number {
  const position = within(group).queryByText(/^Check \d+ of \d+$/)?.textContent;
  return position ? Number(/of (\d+)$/.exec(position)![1]) : 1;
}

/** The messages of a section's checks, read as a worker would: Next, card by card, round to the start. */
async function messagesIn(user: UserEvent, group: HTMLElement): Promise<string[]> {
  const messages: string[] = [];
  for (let step = 0; step < checksIn(group); step++) {
    const shown = within(group)
      .queryAllByRole("group")
      .find((g) => g.hasAttribute("aria-labelledby"));
    if (shown)
      messages.push(document.getElementById(shown.getAttribute("aria-labelledby")!)!.textContent ?? "");
    if (checksIn(group) > 1) await user.click(within(group).getByRole("button", { name: "Next check" }));
  }
  return messages;
}

/** Shows every check and steps through each section until the card with this message is the one shown. */
async function showCard(user: UserEvent, message: RegExp): Promise<HTMLElement> {
  await showAllChecks(user);
  for (const heading of screen.getAllByRole("heading", { level: 3 })) {
    const group = heading.closest<HTMLElement>("[data-check-group]")!;
    for (let step = 0; step < checksIn(group); step++) {
      const found = within(group).queryByRole("group", { name: message });
      if (found) return found;
      if (checksIn(group) > 1) await user.click(within(group).getByRole("button", { name: "Next check" }));
    }
  }
  throw new Error(`No check says ${String(message)}`);
}

describe("checks as the worker writes", () => {
  test("a new template is quiet: its sections are 'Not started', and checks appear and clear as the worker types", async () => {
    const { fake, user, paragraphOf } = await paneWithTemplate();
    const penPicture = checkGroup("Pen Picture of the child");
    expect(within(penPicture).getByText("Not started")).toBeTruthy();
    expect(queryCard(EMPTY_PEN_PICTURE)).toBeNull();
    expect(screen.getByText("7 sections not started.")).toBeTruthy();

    fake.model.typeText(paragraphOf("Pen Picture of the child") + 1, "Maya is 9. She lives with her mum.");
    await eventually(() =>
      expect(within(checkGroup("Pen Picture of the child")).queryByText("Not started")).toBeNull(),
    );
    expect(screen.queryByText("Reading the document…")).toBeNull();
    // What the pen picture still lacks is said instead, one card at a time, when the worker opens it.
    await openSection(user, "Pen Picture of the child");
    const messages = await messagesIn(user, checkGroup("Pen Picture of the child"));
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join("\n")).not.toMatch(EMPTY_PEN_PICTURE);
    expect(messages.join("\n")).not.toMatch(NAME_ONLY_IN_HEADINGS);

    fake.model.deleteCharacters(paragraphOf("Pen Picture of the child") + 1, 0, 35);
    await eventually(() =>
      expect(within(checkGroup("Pen Picture of the child")).getByText("Not started")).toBeTruthy(),
    );
  });

  test("a section the worker has been in and left stays visited after a look at Review", async () => {
    const { fake, user, paragraphOf } = await paneWithTemplate();
    fake.model.select(paragraphOf("Pen Picture of the child") + 1);
    await eventually(() => expect(screen.getByText(/You are writing:/).textContent).toMatch(/Pen Picture/));
    fake.model.select(paragraphOf("Background information") + 1);
    await eventually(() =>
      expect(within(checkGroup("Pen Picture of the child")).queryByText("Not started")).toBeNull(),
    );
    await user.click(screen.getByRole("tab", { name: "Review" }));
    await user.click(screen.getByRole("tab", { name: "Write" }));
    // Still visited: its empty section is said, not "Not started" again.
    expect(within(checkGroup("Pen Picture of the child")).queryByText("Not started")).toBeNull();
    expect(within(checkGroup("Maya's Safety Plan")).getByText("Not started")).toBeTruthy();
  });

  test("a card that stays keeps its place (and its open guidance) while others change", async () => {
    const { fake, user, paragraphOf } = await paneWithTemplate();
    await showAllChecks(user);
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
    const show = screen.getByRole("button", { name: "Show guidance for this section" });
    await user.click(show);
    // The source by its full name, once above its notes.
    expect(
      screen.getByText("From Bradford Children and Families Trust guidance (2025), 3.1(vi):"),
    ).toBeTruthy();
    expect(show.textContent).toBe("Hide guidance for this section");
  });

  test("cards and prompts cite the guidance in short form, with its full name for screen readers", async () => {
    const { user } = await paneWithTemplate();
    const safetyPlanCard = await showCard(user, /Nothing is written under "Maya's Safety Plan" yet/);
    expect(within(safetyPlanCard).getByText("004 §3.1(vi)")).toBeTruthy();
    expect(
      within(safetyPlanCard).getByText(
        "Guidance: Bradford Children and Families Trust guidance (2025), 3.1(vi)",
      ),
    ).toBeTruthy();
    // Nowhere is the long form printed in brackets after a prompt or a check.
    expect(document.body.textContent).not.toMatch(
      /\(Bradford Children and Families Trust guidance \(2025\), /,
    );
  });

  test("Write and Review give one count of what is met: the guidance's items, not findings", async () => {
    const { user } = await paneWithTemplate();
    const write = screen.getByText(
      /^Required items met: \d+ of \d+\. Recommended: \d+ of \d+\.$/,
    ).textContent;
    // The sections say the same items, by severity: "Required: 1 of 2 met".
    await showAllChecks(user);
    expect(within(checkGroup("Background information")).getByText("Required: 1 of 2 met")).toBeTruthy();
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
    const { user } = await paneWithTemplate();
    await showAllChecks(user);
    const cards = screen.getAllByRole("group").filter((item) => item.hasAttribute("data-finding-id"));
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

  test("Go to an empty section's check, or Go to section, puts the cursor under its heading", async () => {
    const { fake, user, paragraphOf } = await paneWithTemplate();
    const background = paragraphOf("Background information");
    fake.model.select(0);

    await user.click(
      within(await showCard(user, /Nothing is written under "Background information"/)).getByRole("button", {
        name: "Go to",
      }),
    );
    await eventually(() => expect(fake.model.selectionPosition()?.paragraph).toBe(background + 1));

    await user.click(within(checkGroup("Maya's Safety Plan")).getByRole("button", { name: "Go to section" }));
    await eventually(() =>
      expect(fake.model.selectionPosition()?.paragraph).toBe(paragraphOf("Maya's Safety Plan") + 1),
    );
  });

  test("Fix makes the pen picture blue in the document", async () => {
    const { fake, user, paragraphOf } = await paneWithTemplate();
    const penPictureText = paragraphOf("Pen Picture of the child") + 1;
    fake.model.typeText(penPictureText, "Maya is 9 and lives with her mum.");
    fake.model.colourParagraph(penPictureText, null);

    await eventually(() =>
      expect(
        within(checkGroup("Pen Picture of the child")).getByText(/^Required: \d+ of \d+ met$/),
      ).toBeTruthy(),
    );
    const notBlue = await showCard(user, /is not in blue/);
    await user.click(within(notBlue).getByRole("button", { name: "Fix" }));

    await eventually(() =>
      expect(fake.model.runs()[penPictureText]!.every((run) => run.colour === "#0000FF")).toBe(true),
    );
    // Nothing required is left in the pen picture.
    await eventually(() =>
      expect(within(checkGroup("Pen Picture of the child")).queryByText(/^Required:/)).toBeNull(),
    );
    expect(queryCard(/is not in blue/)).toBeNull();
    expect(screen.getByText(/Coloured 1 paragraph/)).toBeTruthy();
  });

  test("the colour button colours both sections at once", async () => {
    const { fake, user, paragraphOf } = await paneWithTemplate();
    const safetyPlanText = paragraphOf("Maya's Safety Plan") + 1;
    fake.model.typeText(safetyPlanText, "If Maya feels unsafe she will ring her nan.");
    fake.model.colourParagraph(safetyPlanText, "#000000");
    await eventually(() =>
      expect(within(checkGroup("Maya's Safety Plan")).getByText(/^Required: \d+ of \d+ met$/)).toBeTruthy(),
    );
    expect(await showCard(user, /is not in red/)).toBeTruthy();

    await user.click(
      screen.getByRole("button", { name: "Colour the pen picture blue and the safety plan red" }),
    );
    await eventually(() => expect(fake.model.runs()[safetyPlanText]![0]!.colour).toBe("#FF0000"));
  });

  test("Dismiss removes the card, remembers it in the document, and Restore brings it back", async () => {
    const { fake, user } = await paneWithTemplate();
    await user.click(within(await showCard(user, NO_DATE)).getByRole("button", { name: "Dismiss" }));
    await eventually(() =>
      expect(screen.getByRole("button", { name: "Show dismissed checks (1)" })).toBeTruthy(),
    );
    expect(await messagesIn(user, checkGroup("The whole summary"))).not.toContainEqual(
      expect.stringMatching(NO_DATE),
    );

    // The document remembers: opened again, on another machine, the check stays dismissed.
    const saved = fake.model.save();
    cleanup();
    const reopened = FakeWord.open(saved);
    await renderPane(reopened, hostFor(reopened));
    await user.click(screen.getByRole("button", { name: "Show dismissed checks (1)" }));
    const dismissed = screen.getByRole("listitem", { name: NO_DATE });
    expect(within(dismissed).queryByRole("button", { name: "Dismiss" })).toBeNull();
    await user.click(within(dismissed).getByRole("button", { name: "Restore" }));

    await eventually(() => expect(screen.queryByRole("button", { name: /dismissed checks/ })).toBeNull());
    // Back in its section, open at it, with focus on it.
    const restored = card(NO_DATE);
    expect(within(restored).getByRole("button", { name: "Dismiss" })).toBeTruthy();
    expect(document.activeElement).toBe(restored);
  });
});
