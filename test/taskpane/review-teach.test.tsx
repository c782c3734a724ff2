/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { workedExamples } from "../../src/examples";
import { HOST_PRESETS } from "../../src/fake-word";
import { AFTER_TYPING, eventually, fakeWord, hostFor, insertTemplate, renderPane } from "./helpers";

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
    const safetyPlanRow = within(table).getByRole("row", { name: /Maya's Safety Plan/ });
    expect(within(safetyPlanRow).getByText("Needs attention")).toBeTruthy();
    // Three short column headings, so the table fits a 320 px pane: each section's state is under
    // its heading, in the row's header; the caption says what the columns count.
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Section", "Required", "Recommended"]);
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toContain("Maya's Safety PlanNeeds attention");
    expect(table.querySelector("caption")!.textContent).toMatch(
      /each section's state, and how many of the\s+required and\s+recommended items are met/,
    );
    // What the comments will be, and how they cite the guidance.
    expect(
      screen.getByText(
        /^Adds one comment at the first heading saying what is met and what is not\. There will be one beside each required item not met \(\d+ now\), where it applies\./,
      ),
    ).toBeTruthy();
    expect(
      screen.getByText(
        /^Citations are short: \u201c004 §3\.1\(i\)\u201d is paragraph 3\.1\(i\) of Bradford Children and Families Trust guidance \(2025\)\.$/,
      ),
    ).toBeTruthy();
    // Whose name the comments carry.
    expect(
      screen.getByText(/The comments appear under your name, as the person signed in to Word/),
    ).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Add the checks as comments" }));
    await eventually(() => expect(addinComments(fake.model.commentList()).length).toBeGreaterThan(0));
    const written = addinComments(fake.model.commentList());
    // Each comment is for a reader in Word: a required item, the short citation, why, and the
    // marker as its last line; no ids, hashes or talk of the pane.
    for (const c of written) {
      expect(c.content.split("\n").at(-1)).toBe("Case Summary Coach check");
      expect(c.content).not.toMatch(/\bref [0-9a-f]{6}\b|choose Fix|guidance \(2025\), 3\.1/);
    }
    expect(written.map((c) => c.content)).toContain(
      [
        "Required, not yet met: Maya's Safety Plan – something written under the heading (004 §3.1(vi))",
        `Nothing is written under "Maya's Safety Plan" yet. Use the guidance notes for this heading to fill it in.`,
        "Case Summary Coach check",
      ].join("\n"),
    );

    await user.click(screen.getByRole("button", { name: "Add the checks as comments" }));
    await screen.findByText(
      /No (new )?comments to add.*\d+ comments were already there/,
      {},
      { timeout: 3000 },
    );
    expect(addinComments(fake.model.commentList())).toHaveLength(written.length);

    await user.click(screen.getByRole("button", { name: "Remove the check comments" }));
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
    // One comment per heading (seven sections), and the whole-summary questions at the first.
    const first = fake.model.texts().indexOf("Pen Picture of the child");
    expect(fake.model.commentList().filter((c) => c.paragraph === difference)).toHaveLength(1);
    expect(
      fake.model
        .commentList()
        .some((c) => c.paragraph === first && c.content.includes("If Maya reads this as an adult")),
    ).toBe(true);

    await user.click(screen.getByRole("button", { name: "Remove prompts from the margin" }));
    await eventually(() => expect(fake.model.commentList()).toHaveLength(0));
  });

  test("on Office LTSC 2021 (WordApi 1.3) the pane says comments are unavailable and why, and the rest still works", async () => {
    const fake = fakeWord([""], { requirementSets: HOST_PRESETS.office2021 });
    const user = userEvent.setup();
    await renderPane(fake, hostFor(fake, { officeSettings: fake.office.document.settings }));

    expect(screen.getByText(/doesn't let add-ins write comments/)).toBeTruthy();
    expect(screen.getByText(/checks refresh every few seconds while this pane is open/)).toBeTruthy();
    await insertTemplate(user, "Maya");
    expect(fake.model.texts()).toContain("Maya's Safety Plan");
    expect(screen.queryByRole("button", { name: "Put prompts in the margin" })).toBeNull();

    await user.click(screen.getByRole("tab", { name: "Review" }));
    const add = screen.getByRole("button", { name: "Add the checks as comments" });
    const remove = screen.getByRole("button", { name: "Remove the check comments" });
    for (const button of [add, remove]) {
      expect(button.getAttribute("aria-disabled")).toBe("true");
      expect(button.getAttribute("aria-describedby")).toBeTruthy();
      expect(document.getElementById(button.getAttribute("aria-describedby")!)!.textContent).toMatch(
        /Microsoft 365, Word on the web and Office LTSC 2024 can add them/,
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

    // Then the pane shows the example's checks, which is what the group came to see.
    await eventually(() =>
      expect(screen.getByRole("tab", { name: "Write" }).getAttribute("aria-selected")).toBe("true"),
    );
    await eventually(() =>
      expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Checks", level: 2 })),
    );
  });

  test("in a document that already has text, the pane warns and asks before adding an example", async () => {
    const fake = fakeWord(["Pen Picture of the child", "Sam likes football."]);
    const user = userEvent.setup();
    await renderPane(fake);
    await user.click(screen.getByRole("tab", { name: "Teach" }));
    const poorExample = screen.getByRole("listitem", { name: /A summary with common gaps/ });
    const insert = within(poorExample).getByRole("button", { name: "Insert this example" });

    await user.click(insert);
    const warning = within(poorExample).getByRole("group", { name: "This document already has text." });
    expect(warning.textContent).toMatch(/Use a new blank document for\s+teaching/);
    expect(document.activeElement).toBe(warning);
    expect(fake.model.texts()).toEqual(["Pen Picture of the child", "Sam likes football."]);

    // Not inserting leaves the document as it was, and focus back on the button.
    await user.click(within(warning).getByRole("button", { name: "Don't insert" }));
    expect(within(poorExample).queryByRole("group")).toBeNull();
    expect(document.activeElement).toBe(insert);
    await user.click(insert);
    await user.keyboard("{Escape}");
    expect(within(poorExample).queryByRole("group")).toBeNull();
    expect(fake.model.texts()).toHaveLength(2);

    // Asked for anyway, it goes in, and the checks show.
    await user.click(insert);
    await user.click(within(poorExample).getByRole("button", { name: "Insert it here anyway" }));
    await eventually(() => expect(fake.model.texts().length).toBeGreaterThan(10));
    expect(fake.model.texts().slice(0, 2)).toEqual(["Pen Picture of the child", "Sam likes football."]);
    await screen.findByRole("heading", { name: "Checks", level: 2 }, AFTER_TYPING);
    expect(screen.getByRole("tab", { name: "Write" }).getAttribute("aria-selected")).toBe("true");
  });
});

describe("the views", () => {
  test("each tab controls its panel, and the panel is labelled by its tab", async () => {
    const fake = fakeWord();
    const user = userEvent.setup();
    await renderPane(fake);
    for (const name of ["Write", "Review", "Teach"]) {
      const tab = screen.getByRole("tab", { name });
      await user.click(tab);
      const panel = screen.getByRole("tabpanel", { name });
      expect(tab.getAttribute("aria-controls")).toBe(panel.id);
      expect(panel.getAttribute("aria-labelledby")).toBe(tab.id);
      expect(panel.hasAttribute("aria-label")).toBe(false);
    }
  });
});
