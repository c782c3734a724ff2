/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { workedExamples } from "../../src/examples";
import { HOST_PRESETS } from "../../src/fake-word";
import { eventually, fakeWord, hostFor, insertTemplate, renderPane } from "./helpers";

const addinComments = <Comment extends { writtenByAddIn: boolean }>(comments: Comment[]) =>
  comments.filter((c) => c.writtenByAddIn);

describe("review, for team managers", () => {
  test("the checks go into the document as comments once, and come out again leaving a person's comment", async () => {
    const fake = fakeWord();
    const user = userEvent.setup();
    await renderPane(fake);
    await insertTemplate(user, "Maya");
    fake.model.addPersonComment(0, "Please add Maya's school.", "A. Manager");

    await user.click(screen.getByRole("tab", { name: "Review" }));
    expect(screen.getByRole("heading", { name: "What is met", level: 2 })).toBeTruthy();
    expect(screen.getByText(/Required items met: \d+ of \d+\./)).toBeTruthy();
    const table = screen.getByRole("table", { name: /What the guidance asks, section by section/ });
    const safetyPlanRow = within(table).getByRole("row", { name: /Maya Safety Plan/ });
    expect(within(safetyPlanRow).getByText("Needs attention")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Add the checks as comments" }));
    await eventually(() => expect(addinComments(fake.model.commentList()).length).toBeGreaterThan(0));
    const written = addinComments(fake.model.commentList());
    expect(written.every((c) => c.content.startsWith("Case Summary Coach check"))).toBe(true);
    expect(written.some((c) => c.content.includes('Nothing is written under "Maya Safety Plan"'))).toBe(true);

    await user.click(screen.getByRole("button", { name: "Add the checks as comments" }));
    await screen.findByText(
      /No new comments to add\. \d+ comments were already there\./,
      {},
      { timeout: 3000 },
    );
    expect(addinComments(fake.model.commentList())).toHaveLength(written.length);

    await user.click(screen.getByRole("button", { name: "Remove the checks' comments" }));
    await eventually(() => expect(addinComments(fake.model.commentList())).toHaveLength(0));
    expect(fake.model.commentList()).toEqual([
      expect.objectContaining({ authorName: "A. Manager", content: "Please add Maya's school." }),
    ]);
  });

  test("the prompts can be put in the margin beside each heading and taken away in one click", async () => {
    const fake = fakeWord();
    const user = userEvent.setup();
    await renderPane(fake);
    await insertTemplate(user, "Maya");
    const difference = fake.model.texts().indexOf("What difference have we made for Maya?");

    await user.click(screen.getByRole("button", { name: "Put prompts in the margin" }));
    await eventually(() => expect(fake.model.commentList().length).toBeGreaterThan(0));
    expect(
      fake.model
        .commentList()
        .some((c) => c.paragraph === difference && c.content.includes("Why has change happened?")),
    ).toBe(true);

    await user.click(screen.getByRole("button", { name: "Remove prompts from the margin" }));
    await eventually(() => expect(fake.model.commentList()).toHaveLength(0));
  });

  test("on Word 2019 (WordApi 1.3) the pane says comments are unavailable and why, and the rest still works", async () => {
    const fake = fakeWord([""], { requirementSets: HOST_PRESETS.office2019 });
    const user = userEvent.setup();
    await renderPane(fake, hostFor(fake, { officeSettings: fake.office.document.settings }));

    expect(screen.getByText(/doesn't let add-ins write comments/)).toBeTruthy();
    expect(screen.getByText(/checks refresh every few seconds while this pane is open/)).toBeTruthy();
    await insertTemplate(user, "Maya");
    expect(fake.model.texts()).toContain("Maya Safety Plan");
    expect(screen.queryByRole("button", { name: "Put prompts in the margin" })).toBeNull();

    await user.click(screen.getByRole("tab", { name: "Review" }));
    const add = screen.getByRole("button", { name: "Add the checks as comments" });
    const remove = screen.getByRole("button", { name: "Remove the checks' comments" });
    for (const button of [add, remove]) {
      expect(button.getAttribute("aria-disabled")).toBe("true");
      expect(button.getAttribute("aria-describedby")).toBeTruthy();
      expect(document.getElementById(button.getAttribute("aria-describedby")!)!.textContent).toMatch(
        /Microsoft 365 or Word on the web can add them/,
      );
    }
    await user.click(add);
    expect(fake.model.commentList()).toHaveLength(0);
  });
});

describe("teach, for practice educators", () => {
  test("a fictional worked example goes into the document, labelled as fictional", async () => {
    const fake = fakeWord();
    const user = userEvent.setup();
    await renderPane(fake);
    await user.click(screen.getByRole("tab", { name: "Teach" }));
    expect(screen.getByRole("heading", { name: "Worked examples", level: 2 })).toBeTruthy();

    const goodExample = screen.getByRole("listitem", { name: "A good summary (Maya, fictional)" });
    await user.click(within(goodExample).getByRole("button", { name: "Insert this example" }));

    await eventually(() => expect(fake.model.texts().length).toBeGreaterThan(10));
    const texts = fake.model.texts();
    const label = texts.find((t) => t.startsWith("Fictional worked example"))!;
    expect(label).toMatch(/it is not a real child's record/);
    const example = workedExamples.find((e) => e.id === "bradford-2025-good")!;
    expect(texts.indexOf(label)).toBeLessThan(texts.indexOf(example.paragraphs[0]!.text));
    expect(screen.getByText(/Added \d+ paragraphs/)).toBeTruthy();
  });
});
