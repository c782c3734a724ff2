/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { eventually, fakeWord, renderPane } from "./helpers";

/** Presses Tab (or Shift+Tab) until the element has focus, as a keyboard user would; fails if it never does. */
async function tabTo(user: UserEvent, element: Element, backwards = false): Promise<void> {
  for (let presses = 0; presses < 60 && document.activeElement !== element; presses++) {
    await user.tab({ shift: backwards });
  }
  expect(document.activeElement).toBe(element);
}

test("the main flow works from the keyboard alone: insert, go to, dismiss, restore", async () => {
  const fake = fakeWord();
  const user = userEvent.setup();
  await renderPane(fake);

  await tabTo(user, screen.getByRole("textbox", { name: "Child's first name" }));
  await user.keyboard("Maya");
  await user.keyboard("{Enter}");
  await eventually(() => expect(fake.model.texts()).toContain("Maya's Safety Plan"));
  await eventually(() =>
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Checks" })),
  );

  // Go to, from the keyboard.
  const backgroundCard = screen.getByRole("listitem", {
    name: /Nothing is written under "Background information"/,
  });
  await tabTo(user, within(backgroundCard).getByRole("button", { name: "Go to" }));
  await user.keyboard("{Enter}");
  await eventually(() => expect(fake.model.selectedText()).toBe("Background information"));

  // Dismiss: the card goes and focus lands on the next card, not at the top of the pane.
  await tabTo(user, within(backgroundCard).getByRole("button", { name: "Dismiss" }));
  await user.keyboard("{Enter}");
  await eventually(() =>
    expect(
      screen.queryByRole("listitem", { name: /Nothing is written under "Background information"/ }),
    ).toBeNull(),
  );
  expect(document.activeElement).toBe(
    screen.getByRole("listitem", { name: /Nothing is written under "Summary of our involvement"/ }),
  );

  // Restore, from the keyboard.
  const showDismissed = screen.getByRole("button", { name: "Show dismissed checks (1)" });
  await tabTo(user, showDismissed);
  await user.keyboard("{Enter}");
  expect(showDismissed.getAttribute("aria-expanded")).toBe("true");
  await tabTo(user, screen.getByRole("button", { name: "Restore" }));
  await user.keyboard(" ");
  await eventually(() =>
    expect(
      screen.getByRole("listitem", { name: /Nothing is written under "Background information"/ }),
    ).toBeTruthy(),
  );
  // Focus follows the check back into the list rather than being lost.
  expect(document.activeElement).toBe(
    screen.getByRole("listitem", { name: /Nothing is written under "Background information"/ }),
  );

  // The views are tabs: arrow keys move between them, Enter opens one.
  await tabTo(user, screen.getByRole("tab", { name: "Write" }), true);
  await user.keyboard("{ArrowRight}");
  expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Review" }));
  await user.keyboard("{Enter}");
  expect(screen.getByRole("tab", { name: "Review" }).getAttribute("aria-selected")).toBe("true");
  expect(screen.getByRole("heading", { name: "What is met", level: 2 })).toBeTruthy();
});
