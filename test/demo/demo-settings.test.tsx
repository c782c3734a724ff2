/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState, type ReactElement } from "react";
import { DemoHeader } from "../../src/demo/app/DemoHeader";
import type { DemoTheme } from "../../src/demo/app/options";
import { useDemoDocument } from "../../src/demo/app/useDemoDocument";
import { DocumentView } from "../../src/demo/DocumentView";
// The pane tests' jsdom set-up (a ResizeObserver for Fluent's MessageBar).
import "../taskpane/helpers";

/**
 * The demo's header over its document, as DemoApp puts them together (without the pane): the
 * offer of a fictional example, opening another document (asking first over changes), and
 * reopening the same document as someone else.
 */

Object.assign(globalThis, { CSS: { highlights: new Map() } });
Element.prototype.scrollIntoView ??= function () {};
if (typeof InputEvent.prototype.getTargetRanges !== "function")
  InputEvent.prototype.getTargetRanges = () => [];

function Demo(): ReactElement {
  const [theme, setTheme] = useState<DemoTheme>("light");
  const demoDocument = useDemoDocument({ theme, host: "microsoft365", document: "blank" });
  return (
    <FluentProvider theme={webLightTheme}>
      <DemoHeader demoDocument={demoDocument} theme={theme} onTheme={setTheme} />
      <DocumentView key={demoDocument.session.id} session={demoDocument.session} theme={theme} />
    </FluentProvider>
  );
}

function renderDemo() {
  render(<Demo />);
  const page = () => screen.getByRole("textbox", { name: "Simulated Word document" });
  return { page, user: userEvent.setup() };
}

describe("the demo's header", () => {
  it("offers a fictional example on a blank document, and opens it", async () => {
    const { page, user } = renderDemo();
    expect(page().textContent).toBe("");
    await user.click(screen.getByRole("button", { name: "Try a fictional example" }));
    expect(page().textContent).toMatch(/^Fictional worked example/);
    expect(screen.queryByRole("button", { name: "Try a fictional example" })).toBeNull();
    expect(screen.getByRole("combobox", { name: "Document" })).toHaveProperty("value", "bradford-2025-poor");
  });

  it("asks before opening another document over what was typed, and keeps it when asked to", async () => {
    const { page, user } = renderDemo();
    await user.click(page());
    await user.keyboard("Maya");
    await user.selectOptions(screen.getByRole("combobox", { name: "Document" }), "bradford-2025-poor");
    await user.click(screen.getByRole("button", { name: "Open" }));
    expect(screen.getByText(/Opening another document clears this one/)).toBeTruthy();
    expect(page().textContent).toBe("Maya");

    await user.click(screen.getByRole("button", { name: "Keep this document" }));
    expect(screen.queryByText(/Opening another document clears this one/)).toBeNull();
    expect(page().textContent).toBe("Maya");

    await user.click(screen.getByRole("button", { name: "Open" }));
    await user.click(screen.getByRole("button", { name: "Open anyway" }));
    expect(page().textContent).toMatch(/^Fictional worked example/);
    expect(screen.getByRole("button", { name: "Open" })).toBeTruthy();
  });

  it("opens another document at once when nothing was changed", async () => {
    const { page, user } = renderDemo();
    await user.selectOptions(screen.getByRole("combobox", { name: "Document" }), "bradford-2025-good");
    await user.click(screen.getByRole("button", { name: "Open" }));
    expect(page().textContent).toMatch(/^Fictional worked example/);
  });

  it("keeps the document when someone else signs in to Word, as the manager reviewing it", async () => {
    const { page, user } = renderDemo();
    await user.click(page());
    await user.keyboard("Maya");
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Signed in to Word as" }),
      "Alex Manager (demo)",
    );
    expect(screen.getByRole("combobox", { name: "Signed in to Word as" })).toHaveProperty(
      "value",
      "Alex Manager (demo)",
    );
    expect(page().textContent).toBe("Maya");
  });
});
