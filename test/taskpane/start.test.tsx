/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeWord } from "../../src/fake-word";
import { workedExamples } from "../../src/examples";
import {
  AFTER_TYPING,
  announced,
  checkGroup,
  eventually,
  fakeWord,
  insertTemplate,
  renderPane,
} from "./helpers";

/** The message the Word layer gives for inserting the template, in its old or new wording. */
const ADDED_HEADINGS = /Added (the )?7 (sections|headings)\./;

describe("starting a case summary", () => {
  test("inserting the template puts the headings, with the child's name, into the document and moves on to the checks", async () => {
    const fake = fakeWord();
    const user = userEvent.setup();
    await renderPane(fake);

    expect(screen.getByRole("heading", { name: "Start a case summary", level: 2 })).toBeTruthy();
    expect((screen.getByRole("combobox", { name: /Template/ }) as HTMLSelectElement).value).toBe(
      "bradford-2025",
    );
    await insertTemplate(user, "Maya");

    const texts = fake.model.texts();
    expect(texts).toContain("What difference have we made for Maya?");
    expect(texts).toContain("Maya's Safety Plan");
    expect(texts.join("\n")).not.toContain("[Child's Name]");
    expect(screen.getByText(ADDED_HEADINGS)).toBeTruthy();
    // Said politely, once: the message itself carries no role of its own.
    expect(announced().polite).toMatch(ADDED_HEADINGS);
    expect(announced().assertive).toBe("");
    expect(screen.queryByRole("status", { name: ADDED_HEADINGS })).toBeNull();
    expect(screen.queryByRole("button", { name: "Insert template" })).toBeNull();
    expect(screen.getByText(/^Required items met: \d+ of \d+\./)).toBeTruthy();
    // Sections nobody has written in yet are quiet: "Not started", not a list of errors.
    expect(within(checkGroup("Maya's Safety Plan")).getByText("Not started")).toBeTruthy();
    expect(
      screen.queryByRole("group", { name: /Nothing is written under "Maya's Safety Plan" yet/ }),
    ).toBeNull();
    // Keyboard focus is not left on a button that has gone: it goes to what was done, which stays in
    // view above the first section's prompts rather than scrolling away to the checks.
    expect(document.activeElement?.textContent).toMatch(ADDED_HEADINGS);
    expect(screen.getByRole("region", { name: "Prompts for the section you are writing" })).toBeTruthy();

    // The name is remembered in the document: reopened elsewhere, the pane knows it.
    const reopened = FakeWord.open(fake.model.save());
    expect(JSON.stringify([...reopened.model.settings.values()])).toMatch(/"childName":"Maya"/);
  });

  test("the template can be chosen, and goes in with that template's headings", async () => {
    const fake = fakeWord();
    const user = userEvent.setup();
    await renderPane(fake);
    await user.selectOptions(screen.getByRole("combobox", { name: /Template/ }), "mosaic-step");
    await insertTemplate(user, "Sam");
    expect(screen.getByText(/MOSAIC case summary Step · Sam/)).toBeTruthy();
  });

  test("a name Word cannot take is refused with a message on the name field, and nothing is inserted", async () => {
    const fake = fakeWord();
    const user = userEvent.setup();
    await renderPane(fake);
    const name = screen.getByRole("textbox", { name: "Child's first name" });
    await user.type(name, "M".repeat(81));
    await user.click(screen.getByRole("button", { name: "Insert template" }));

    const message = await screen.findByRole("alert", {}, AFTER_TYPING);
    expect(message.textContent).toMatch(/longer than 80 characters\. Shorten it and try again\./);
    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(name);
    expect(fake.model.texts()).toEqual([""]);

    // Put right, it goes in.
    await user.clear(name);
    await insertTemplate(user, "Maya");
    expect(fake.model.texts()).toContain("Maya's Safety Plan");
  });

  test("a document that already holds a case summary goes straight to the checks", async () => {
    const example = workedExamples.find((e) => e.id === "bradford-2025-good")!;
    const fake = fakeWord(
      example.paragraphs.map((p) => ({
        text: p.text,
        styleBuiltIn: p.styleBuiltIn,
        bold: p.bold === true,
        colour: p.colour === "mixed" ? null : p.colour,
        ...(p.inList ? { list: 1 } : {}),
      })),
    );
    await renderPane(fake);

    expect(screen.queryByRole("button", { name: "Insert template" })).toBeNull();
    expect(screen.getByRole("heading", { name: "Checks", level: 2 })).toBeTruthy();
    const penPicture = checkGroup("Pen Picture of the child");
    expect(within(penPicture).getByText("Done")).toBeTruthy();
  });

  test("the name can be left empty: the hint says it can be added later, and the message says how", async () => {
    const fake = fakeWord();
    const user = userEvent.setup();
    await renderPane(fake);
    const name = screen.getByRole("textbox", { name: "Child's first name" });
    const hint = document.getElementById(name.getAttribute("aria-describedby")!.split(" ")[0]!)!;
    expect(hint.textContent).toMatch(/You can leave it empty and add it later\./);

    await user.click(screen.getByRole("button", { name: "Insert template" }));
    await screen.findByRole("heading", { name: "Checks", level: 2 }, AFTER_TYPING);
    expect(fake.model.texts()).toContain("[Child's Name] Safety Plan");
    const notice = screen.getByText(ADDED_HEADINGS);
    expect(notice.textContent).toMatch(/No name was given, so the headings say \[Child's Name\] for now\./);
    expect(notice.textContent).toMatch(
      /To add it later, choose \u201cChange the template or the child's name\u201d in this pane and enter it, then replace \[Child's Name\] in the headings/,
    );
  });

  test("a name given is not followed by the note about adding it later", async () => {
    const fake = fakeWord();
    const user = userEvent.setup();
    await renderPane(fake);
    await insertTemplate(user, "Maya");
    expect(screen.getByText(ADDED_HEADINGS).textContent).not.toMatch(/No name was given/);
  });

  test("opening the form to change the template moves focus into it; Escape or Cancel closes it and focus goes back", async () => {
    const fake = fakeWord();
    const user = userEvent.setup();
    await renderPane(fake);
    await insertTemplate(user, "Maya");
    const change = () =>
      screen.getByRole("button", {
        name: /Change the template or the child's name, or add missing headings/,
      });

    await user.click(change());
    expect(document.activeElement).toBe(screen.getByRole("combobox", { name: /Template/ }));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("button", { name: "Add the missing headings" })).toBeNull();
    expect(document.activeElement).toBe(change());

    await user.keyboard("{Enter}");
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Child's first name" }));
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(document.activeElement).toBe(change());
    expect(fake.model.texts().filter((t) => t === "Maya's Safety Plan")).toHaveLength(1);
  });

  test("missing headings can be added later, without touching what is written", async () => {
    const fake = fakeWord([
      { text: "Pen Picture of the child", styleBuiltIn: "Heading2" },
      "Maya lives with her mum and loves drawing.",
    ]);
    const user = userEvent.setup();
    await renderPane(fake);
    await user.click(
      screen.getByRole("button", {
        name: /Change the template or the child's name, or add missing headings/,
      }),
    );
    await user.type(screen.getByRole("textbox", { name: "Child's first name" }), "Maya");
    await user.click(screen.getByRole("button", { name: "Add the missing headings" }));
    await eventually(() => expect(fake.model.texts()).toContain("Maya's Safety Plan"));
    expect(fake.model.texts().slice(0, 2)).toEqual([
      "Pen Picture of the child",
      "Maya lives with her mum and loves drawing.",
    ]);
  });
});
