/** @jest-environment jsdom */
import { teamsHighContrastTheme, webDarkTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { HOST_PRESETS } from "../../src/fake-word";
import type { WordRun } from "../../src/word";
import { AFTER_TYPING, announced, eventually, fakeWord, hostFor, TODAY } from "./helpers";

/** Word.run that fails while `failing` is set, as Word does when the document is locked or busy. */
function unreliable(run: WordRun): { run: WordRun; failing: boolean } {
  const state: { run: WordRun; failing: boolean } = {
    failing: true,
    run: (batch) => (state.failing ? Promise.reject(new Error("Word is busy")) : run(batch)),
  };
  return state;
}

describe("when the document cannot be read", () => {
  test.each([
    ["Microsoft 365, where the stored settings are read first", HOST_PRESETS.microsoft365],
    ["Office LTSC 2021, where the first read of the text fails", HOST_PRESETS.office2021],
  ])("on %s the pane says so, keeps the text safe, and Try again recovers", async (_, requirementSets) => {
    const fake = fakeWord(["Pen Picture of the child"], { requirementSets });
    const word = unreliable(fake.run);
    const user = userEvent.setup();
    render(<App host={hostFor(fake, { run: (batch) => word.run(batch) })} today={TODAY} />);

    const alert = await screen.findByText(/couldn't read this document/, {}, AFTER_TYPING);
    expect(alert.textContent).toMatch(/Your text is not affected/);
    // Word's own words ("Word is busy") are not the worker's concern, and could quote the document.
    expect(document.body.textContent).not.toContain("Word is busy");
    // An error is said at once, by the message bar itself: no role is put on it besides.
    await eventually(() => expect(announced().assertive).toMatch(/couldn't read this document/));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByText("Reading the document…")).toBeNull();
    expect(fake.model.texts()).toEqual(["Pen Picture of the child"]);

    word.failing = false;
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByRole("tab", { name: "Write" }, AFTER_TYPING);
    expect(screen.queryByText(/couldn't read this document/)).toBeNull();
  });
});

describe("messages", () => {
  test("a message can be closed", async () => {
    const fake = fakeWord();
    const user = userEvent.setup();
    render(<App host={hostFor(fake)} today={TODAY} />);
    await screen.findByRole("tab", { name: "Write" }, AFTER_TYPING);
    await user.type(screen.getByRole("textbox", { name: "Child's first name" }), "Maya");
    await user.click(screen.getByRole("button", { name: "Insert template" }));
    const message = await screen.findByText(/Added (the )?7 (sections|headings)/, {}, AFTER_TYPING);
    const bar = message.closest<HTMLElement>(".fui-MessageBar")!;
    expect(bar.getAttribute("role")).toBe("group");
    // Labelled by nothing that is not there.
    const labelledBy = bar.getAttribute("aria-labelledby");
    if (labelledBy) expect(document.getElementById(labelledBy)).not.toBeNull();

    await user.click(screen.getByRole("button", { name: "Close this message" }));
    expect(screen.queryByText(/Added (the )?7 (sections|headings)/)).toBeNull();
    // Focus does not fall to the bottom of the page: it goes to the checks.
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Checks", level: 2 }));
  });

  test("closing a message where there are no checks moves focus to the open tab", async () => {
    const fake = fakeWord();
    const user = userEvent.setup();
    render(<App host={hostFor(fake)} today={TODAY} />);
    await screen.findByRole("tab", { name: "Write" }, AFTER_TYPING);
    await user.click(screen.getByRole("button", { name: "Insert template" }));
    await screen.findByText(/Added (the )?7 (sections|headings)/, {}, AFTER_TYPING);
    await user.click(screen.getByRole("tab", { name: "Review" }));
    await user.click(screen.getByRole("button", { name: "Close this message" }));
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Review" }));
  });

  test("the pane follows Windows high contrast when it is switched on", async () => {
    const listeners: ((event: MediaQueryListEvent) => void)[] = [];
    window.matchMedia = ((query: string) => ({
      matches: false,
      media: query,
      addEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) =>
        listeners.push(listener),
      removeEventListener: () => undefined,
    })) as unknown as typeof window.matchMedia;
    const fake = fakeWord();
    const { container } = render(
      <App host={hostFor(fake)} today={TODAY} theme="dark" readTheme={() => "high-contrast"} />,
    );
    await screen.findByRole("tab", { name: "Write" }, AFTER_TYPING);
    const provider = container.firstElementChild as HTMLElement;
    // Fluent puts the theme's colours in a rule for the provider's own class.
    const providerClass = [...provider.classList].find((name) => /^fui-FluentProvider.+/.test(name))!;
    const themeRules = () =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .filter((rule) => rule.includes(providerClass))
        .join("\n");
    expect(themeRules()).toContain(webDarkTheme.colorNeutralBackground1);

    act(() => listeners.forEach((listener) => listener({ matches: true } as MediaQueryListEvent)));
    expect(themeRules()).toContain(teamsHighContrastTheme.colorNeutralBackground1);
    expect(themeRules()).not.toContain(webDarkTheme.colorNeutralBackground1);
  });
});
