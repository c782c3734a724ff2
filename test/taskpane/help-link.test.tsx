/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeWord, hostFor, renderPane } from "./helpers";

const helpLink = () => screen.getByRole("link", { name: /^Help/ });

test("the pane links to its help page, which opens in a new tab where Word has no browser call", async () => {
  const fake = fakeWord();
  await renderPane(fake);
  const link = helpLink();
  expect(link.getAttribute("href")).toBe("help.html");
  expect(link.getAttribute("target")).toBe("_blank");
  expect(link.textContent).toBe("Help");
});

test("where Word can open the worker's browser, Help opens the page there by its full address", async () => {
  const fake = fakeWord();
  const opened: string[] = [];
  await renderPane(fake, hostFor(fake, { openInBrowser: (url) => opened.push(url) }));
  await userEvent.click(helpLink());
  expect(opened).toEqual([new URL("help.html", window.location.href).href]);
});
