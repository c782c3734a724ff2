/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { announced, eventually, fakeWord, insertTemplate, renderPane } from "./helpers";

// Word failing under an action in a way the Word layer did not foresee: its error text quotes the
// document, as Word's own messages can.
jest.mock("../../src/word/goto", () => ({
  ...jest.requireActual("../../src/word/goto"),
  goTo: jest.fn(() => Promise.reject(new Error('GeneralException: "Maya lives at 4 Hill Street"'))),
  // An empty section's Go to puts the cursor under its heading, through this.
  placeCursorInSection: jest.fn(() =>
    Promise.reject(new Error('GeneralException: "Maya lives at 4 Hill Street"')),
  ),
}));

test("Word's own error text never reaches the pane: a fixed, plain message says what to do", async () => {
  const fake = fakeWord();
  const user = userEvent.setup();
  await renderPane(fake);
  await insertTemplate(user, "Maya");

  await user.click(screen.getByRole("button", { name: "Show all checks" }));
  const card = screen.getByRole("group", { name: /Nothing is written under "Background information"/ });
  await user.click(within(card).getByRole("button", { name: "Go to" }));

  const message = await screen.findByText(
    /Something went wrong, so Word did not finish\./,
    {},
    { timeout: 3000 },
  );
  expect(message.textContent).toMatch(
    /Nothing you wrote has been changed\. Try again, or close and reopen the pane\./,
  );
  expect(document.body.textContent).not.toMatch(/Hill Street|GeneralException/);
  await eventually(() => expect(announced().assertive).toMatch(/Something went wrong/));
});
