/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DocumentView, PERSON_NAME } from "../../src/demo/DocumentView";
import { DemoSession } from "../../src/demo/session";
import type { ParagraphSpec } from "../../src/fake-word";
// The pane tests' jsdom set-up (a ResizeObserver for Fluent).
import "../taskpane/helpers";

/**
 * The simulated document as a person uses it, in jsdom: typing, Enter, Backspace and Ctrl+Z go
 * through the model and show on the page; the caret and the pane's selection are kept in step;
 * the toolbar, the comments margin and the status bar say what Word's would. (Layout, real
 * keyboards and input methods are covered end to end in test/e2e/demo.e2e.test.ts.)
 */

// What jsdom lacks and the browsers the demo supports have: CSS highlights, scrolling into view
// and an input event's target ranges (none here, so the handler falls back to the selection).
class FakeHighlight {
  readonly ranges: AbstractRange[];
  constructor(...ranges: AbstractRange[]) {
    this.ranges = ranges;
  }
}
const highlights = new Map<string, FakeHighlight>();
Object.assign(globalThis, { CSS: { highlights }, Highlight: FakeHighlight });
Element.prototype.scrollIntoView ??= function () {};
if (typeof InputEvent.prototype.getTargetRanges !== "function")
  InputEvent.prototype.getTargetRanges = () => [];

function renderDocument(paragraphs: (ParagraphSpec | string)[]) {
  const session = DemoSession.create(
    paragraphs.map((p) => (typeof p === "string" ? { text: p } : p)),
    "microsoft365",
  );
  render(
    <FluentProvider theme={webLightTheme}>
      <DocumentView session={session} theme="light" />
    </FluentProvider>,
  );
  const page = screen.getByRole("textbox", { name: "Simulated Word document" });
  const paragraphsShown = () => [...page.querySelectorAll("[data-paragraph]")].map((p) => p.textContent);
  const status = () => screen.getByTestId("status-bar").textContent;
  return { session, page, paragraphsShown, status, user: userEvent.setup() };
}

/**
 * Clicks into a paragraph at a character offset, as a person putting the caret there. (user-event
 * clicks, but puts jsdom's caret at the start of the editable page, so the caret is placed and
 * the browser's selectionchange raised here.)
 */
async function clickAt(
  user: ReturnType<typeof userEvent.setup>,
  page: HTMLElement,
  paragraph: number,
  offset: number,
) {
  const text = page.querySelector(`[data-paragraph="${paragraph}"] span`)!.firstChild!;
  await user.click(text.parentElement!);
  act(() => {
    const range = document.createRange();
    range.setStart(text, offset);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    document.dispatchEvent(new Event("selectionchange"));
  });
}

describe("typing in the simulated document", () => {
  it("shows what is typed at the caret, and Ctrl+Z takes it back", async () => {
    const { page, paragraphsShown, user } = renderDocument(["Maya is 9."]);
    await clickAt(user, page, 0, 10);
    await user.keyboard("!");
    expect(paragraphsShown()).toEqual(["Maya is 9.!"]);
    await user.keyboard("{Control>}z{/Control}");
    expect(paragraphsShown()).toEqual(["Maya is 9."]);
    // Nothing left to take back: the page stays as it is.
    await user.keyboard("{Control>}z{/Control}");
    expect(paragraphsShown()).toEqual(["Maya is 9."]);
  });

  it("takes back one change at a time, newest first, with Cmd+Z as on a Mac", async () => {
    const { page, paragraphsShown, user } = renderDocument(["Maya"]);
    await clickAt(user, page, 0, 4);
    await user.keyboard(" is 9");
    expect(paragraphsShown()).toEqual(["Maya is 9"]);
    await user.keyboard("{Meta>}z{/Meta}");
    expect(paragraphsShown()).toEqual(["Maya is "]);
    await user.keyboard("{Control>}z{/Control}{Control>}z{/Control}");
    expect(paragraphsShown()).toEqual(["Maya i"]);
  });

  it("leaves Ctrl+Shift+Z alone: it is not undo", async () => {
    const { page, paragraphsShown, user } = renderDocument(["Maya"]);
    await clickAt(user, page, 0, 4);
    await user.keyboard("!");
    await user.keyboard("{Control>}{Shift>}z{/Shift}{/Control}");
    expect(paragraphsShown()).toEqual(["Maya!"]);
  });

  it("splits a paragraph at the caret with Enter, and joins it again with Backspace", async () => {
    const { page, paragraphsShown, status, user } = renderDocument(["Maya is 9. She likes football."]);
    await clickAt(user, page, 0, 10);
    await user.keyboard("{Enter}");
    expect(paragraphsShown()).toEqual(["Maya is 9.", " She likes football."]);
    expect(status()).toMatch(/^Paragraph 2 of 2 · Normal · .* · cursor at character 1 · 0 comments$/);
    await user.keyboard("{Backspace}");
    expect(paragraphsShown()).toEqual(["Maya is 9. She likes football."]);
    expect(status()).toMatch(/^Paragraph 1 of 1 · .* · cursor at character 11 · /);
  });

  it("takes back Enter with Ctrl+Z, the two halves one paragraph again", async () => {
    const { page, paragraphsShown, user } = renderDocument(["Maya is 9. She likes football."]);
    await clickAt(user, page, 0, 10);
    await user.keyboard("{Enter}");
    await user.keyboard("{Control>}z{/Control}");
    expect(paragraphsShown()).toEqual(["Maya is 9. She likes football."]);
  });

  it("deletes the character before the caret with Backspace and the one after with Delete", async () => {
    const { page, paragraphsShown, user } = renderDocument(["Maya is 99."]);
    await clickAt(user, page, 0, 9);
    await user.keyboard("{Backspace}");
    expect(paragraphsShown()).toEqual(["Maya is 9."]);
    await user.keyboard("{Delete}");
    expect(paragraphsShown()).toEqual(["Maya is ."]);
  });

  it("types an input method's composed text where the composition began", async () => {
    const { page, paragraphsShown, user } = renderDocument(["Zo"]);
    await clickAt(user, page, 0, 2);
    fireEvent.compositionStart(page);
    fireEvent.compositionEnd(page, { data: "ë" });
    expect(paragraphsShown()).toEqual(["Zoë"]);
  });
});

describe("the caret and the pane's selection", () => {
  it("moves the document's cursor where the person clicks, and the status bar says where", async () => {
    const { page, status, user } = renderDocument([
      { text: "Pen Picture", styleBuiltIn: "Heading2" },
      { text: "Maya is 9.", colour: "#0000FF" },
    ]);
    await clickAt(user, page, 1, 4);
    expect(status()).toBe(
      "Paragraph 2 of 2 · Normal · text colour blue · cursor at character 5 · 0 comments",
    );
  });

  it("shows a selection the pane made (Go to) as a highlight while the page has no focus", () => {
    const { session, status } = renderDocument(["Maya attends PRU on Mondays."]);
    act(() => {
      session.model.select(0, 13, 16);
      session.changed();
    });
    const highlight = highlights.get("demo-selection");
    expect(highlight?.ranges.map((range) => (range as Range).toString())).toEqual(["PRU"]);
    expect(status()).toContain("selected: “PRU”");
  });
});

describe("the toolbar, for the paragraph with the cursor", () => {
  it("colours its text and shows it in the status bar", async () => {
    const { page, status, user } = renderDocument(["Maya is 9.", "Background"]);
    await clickAt(user, page, 1, 2);
    await user.click(screen.getByRole("button", { name: "Red" }));
    const colours = [...page.querySelectorAll("[data-colour]")].map((s) => s.getAttribute("data-colour"));
    expect(colours).toEqual(["automatic", "#FF0000"]);
    expect(status()).toContain("text colour red");
  });

  it("makes it a heading with the style choice", async () => {
    const { page, user } = renderDocument(["Background", "Maya is 9."]);
    await clickAt(user, page, 0, 2);
    await user.selectOptions(screen.getByLabelText("Style of the paragraph with the cursor"), "Heading 2");
    // Word's Heading 2 is the page's third level (the demo's own title is its first).
    expect(within(page).getByRole("heading", { level: 3 }).textContent).toBe("Background");
  });
});

describe("the comments margin", () => {
  it("says there are no comments, then shows a person's comment with who wrote it and what it is on", async () => {
    const { page, status, user } = renderDocument(["Maya is 9.", "Maya lives with her mum and her brother."]);
    const margin = screen.getByRole("complementary", { name: "Comments" });
    expect(margin.textContent).toBe("No comments.");
    await clickAt(user, page, 1, 0);
    const add = screen.getByRole("button", { name: "Add comment" });
    expect(add).toHaveProperty("disabled", true);
    await user.type(
      screen.getByLabelText(`Comment on the paragraph with the cursor, as ${PERSON_NAME}`),
      "Who else visits?",
    );
    await user.click(add);
    const shown = within(margin).getAllByRole("listitem");
    expect(shown.map((c) => [...c.querySelectorAll("p")].map((p) => p.textContent))).toEqual([
      [PERSON_NAME, "Who else visits?", "On: “Maya lives with her mum and her …”"],
    ]);
    expect(status()).toMatch(/ · 1 comment$/);
  });

  it("stacks comments on the same paragraph one under the other rather than over each other", () => {
    const height = jest.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockReturnValue(40);
    try {
      const { session } = renderDocument(["Maya is 9."]);
      act(() => {
        session.model.addPersonComment(0, "First", PERSON_NAME);
        session.model.addPersonComment(0, "Second", PERSON_NAME);
        session.changed();
      });
      const margin = screen.getByRole("complementary", { name: "Comments" });
      const tops = within(margin)
        .getAllByRole("listitem")
        .map((c) => [c.querySelectorAll("p")[1]?.textContent, c.style.top]);
      // 40 px tall, 8 px apart; every paragraph is at the page's top in jsdom, which lays nothing out.
      expect(tops).toEqual([
        ["First", "0px"],
        ["Second", "48px"],
      ]);
    } finally {
      height.mockRestore();
    }
  });
});
