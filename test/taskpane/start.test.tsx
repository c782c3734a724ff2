/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeWord } from "../../src/fake-word";
import { workedExamples } from "../../src/examples";
import { AFTER_TYPING, eventually, fakeWord, insertTemplate, renderPane } from "./helpers";

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
    expect(texts).toContain("Maya Safety Plan");
    expect(texts.join("\n")).not.toContain("[Child's Name]");
    expect(screen.getByText(/Added 7 sections\. The template fills the document\./)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Insert template" })).toBeNull();
    expect(screen.getByText(/items? needs? attention/)).toBeTruthy();
    expect(
      screen.getByRole("listitem", { name: /Nothing is written under "Maya Safety Plan" yet/ }),
    ).toBeTruthy();
    // Keyboard focus is not left on a button that has gone.
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Checks" }));

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
    expect(fake.model.texts()).toContain("Maya Safety Plan");
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
    const penPicture = screen.getByRole("region", { name: "Pen Picture of the child" });
    expect(within(penPicture).getByText("Done")).toBeTruthy();
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
    await eventually(() => expect(fake.model.texts()).toContain("Maya Safety Plan"));
    expect(fake.model.texts().slice(0, 2)).toEqual([
      "Pen Picture of the child",
      "Maya lives with her mum and loves drawing.",
    ]);
  });
});
