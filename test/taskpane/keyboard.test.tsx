/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { workedExamples } from "../../src/examples";
import { announced, checkGroup, eventually, fakeWord, renderPane } from "./helpers";

/** Presses Tab (or Shift+Tab) until the element has focus, as a keyboard user would; fails if it never does. */
async function tabTo(user: UserEvent, element: Element, backwards = false): Promise<void> {
  for (let presses = 0; presses < 60 && document.activeElement !== element; presses++) {
    await user.tab({ shift: backwards });
  }
  expect(document.activeElement).toBe(element);
}

// Some sixty key presses, each waiting for the pane: longer than one pane test usually takes.
test("the main flow works from the keyboard alone: insert, go to, dismiss, restore", async () => {
  const fake = fakeWord();
  const user = userEvent.setup();
  await renderPane(fake);

  await tabTo(user, screen.getByRole("textbox", { name: "Child's first name" }));
  await user.keyboard("Maya");
  await user.keyboard("{Enter}");
  await eventually(() => expect(fake.model.texts()).toContain("Maya's Safety Plan"));
  // Focus is not left on the form that has gone (where it goes is the insert's business).
  await eventually(() => expect(screen.getByRole("button", { name: "Show all checks" })).toBeTruthy());
  expect(document.activeElement).not.toBe(document.body);

  // A new template is quiet; Show all checks opens every section.
  const showAll = screen.getByRole("button", { name: "Show all checks" });
  await tabTo(user, showAll);
  await user.keyboard("{Enter}");
  expect(showAll.getAttribute("aria-expanded")).toBe("true");

  // Go to, from the keyboard: the cursor goes under the empty section's heading.
  const background = fake.model.texts().indexOf("Background information");
  const backgroundCard = screen.getByRole("group", {
    name: /Nothing is written under "Background information"/,
  });
  await tabTo(user, within(backgroundCard).getByRole("button", { name: "Go to" }));
  await user.keyboard("{Enter}");
  await eventually(() => expect(fake.model.selectionPosition()?.paragraph).toBe(background + 1));

  // Dismiss: the card goes and, with no other check in the section, focus lands on the section's
  // heading, not at the top of the pane.
  await tabTo(user, within(backgroundCard).getByRole("button", { name: "Dismiss" }));
  await user.keyboard("{Enter}");
  await eventually(() =>
    expect(
      screen.queryByRole("group", { name: /Nothing is written under "Background information"/ }),
    ).toBeNull(),
  );
  const backgroundHeading = screen.getByRole("heading", { name: "Background information", level: 3 });
  expect(document.activeElement).toBe(within(backgroundHeading).getByRole("button"));

  // Restore, from the keyboard.
  const showDismissed = screen.getByRole("button", { name: "Show dismissed checks (1)" });
  await tabTo(user, showDismissed);
  await user.keyboard("{Enter}");
  expect(showDismissed.getAttribute("aria-expanded")).toBe("true");
  await tabTo(user, screen.getByRole("button", { name: "Restore" }));
  await user.keyboard(" ");
  await eventually(() =>
    expect(
      screen.getByRole("group", { name: /Nothing is written under "Background information"/ }),
    ).toBeTruthy(),
  );
  // Focus follows the check back into its section rather than being lost.
  expect(document.activeElement).toBe(
    screen.getByRole("group", { name: /Nothing is written under "Background information"/ }),
  );

  // The views are tabs: arrow keys move between them, Enter opens one.
  await tabTo(user, screen.getByRole("tab", { name: "Write" }), true);
  await user.keyboard("{ArrowRight}");
  expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Review" }));
  await user.keyboard("{Enter}");
  expect(screen.getByRole("tab", { name: "Review" }).getAttribute("aria-selected")).toBe("true");
  expect(screen.getByRole("heading", { name: "What is met", level: 2 })).toBeTruthy();
}, 40000);

test("a section's checks are stepped through from the keyboard: Next and Previous, or the arrow keys on the card", async () => {
  const example = workedExamples.find((e) => e.id === "bradford-2025-poor")!;
  const fake = fakeWord(example.paragraphs.map((p) => ({ text: p.text, styleBuiltIn: p.styleBuiltIn })));
  const user = userEvent.setup();
  await renderPane(fake);
  await tabTo(user, screen.getByRole("button", { name: "Show all checks" }));
  await user.keyboard("{Enter}");

  const background = checkGroup("Background information");
  const next = within(background).getByRole("button", { name: "Next check" });
  await tabTo(user, next);
  await user.keyboard("{Enter}");
  expect(within(background).getByText(/^Check 2 of \d+$/)).toBeTruthy();
  // Focus stays on Next; the card now shown is read out politely.
  expect(document.activeElement).toBe(next);
  expect(announced().polite).toMatch(/^Check 2 of \d+\. (Required|Recommended|Suggestion): /);

  // On the card, the arrow keys step, and focus goes with the card.
  await tabTo(user, within(background).getAllByRole("button", { name: /^(Go to|Show guidance)$/ })[0]!);
  await user.keyboard("{ArrowLeft}");
  expect(within(background).getByText(/^Check 1 of \d+$/)).toBeTruthy();
  const first = document.activeElement as HTMLElement;
  expect(first.getAttribute("role")).toBe("group");
  expect(first.getAttribute("aria-describedby")).toBe(within(background).getByText(/^Check 1 of/).id);
  await user.keyboard("{ArrowRight}");
  expect(within(background).getByText(/^Check 2 of \d+$/)).toBeTruthy();
  expect(document.activeElement).not.toBe(first);
  expect(document.activeElement?.getAttribute("role")).toBe("group");
});
