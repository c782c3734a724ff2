import { configure, render, screen, waitFor, type RenderResult } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { createFakeWord, type FakeWord, type FakeWordOptions, type ParagraphSpec } from "../../src/fake-word";
import type { WordHost } from "../../src/word";

/**
 * jsdom has no ResizeObserver, which Fluent's MessageBar uses to reflow its actions; Word's
 * browsers all have one. Nothing here depends on sizes, so observing can do nothing.
 */
class NoResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver;

/**
 * jsdom does no layout, so offsetParent is always null, which Fluent's focus manager (tabster)
 * takes for display: none, and Tab would skip everything after the tab list. Any parent will do.
 */
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement) {
    return this.parentElement;
  },
});
// ... and a <body> of no size for a pane hidden in a frame, so nothing would be focusable at all.
document.body.getBoundingClientRect = () =>
  ({ x: 0, y: 0, top: 0, left: 0, width: 320, height: 800, right: 320, bottom: 800 }) as DOMRect;

// What the pane hands screen readers (see Announcer) repeats what is on screen: queries for text
// find what is shown, and announced() reads what was said.
configure({ defaultIgnore: "script, style, #coach-announce-polite *, #coach-announce-assertive *" });

// Each test renders the whole pane and waits out the pause after typing, sometimes several times.
jest.setTimeout(20000);

/** The date every pane test judges "overdue" against. */
export const TODAY = new Date(2026, 8, 1);

/** The pane's view of the fake Word: Word.run, the host's requirement sets and Office's document. */
export function hostFor(fake: FakeWord, overrides: Partial<WordHost> = {}): WordHost {
  return {
    run: fake.run,
    requirements: fake.requirements,
    document: fake.office.document,
    officeSettings: null,
    ...overrides,
  };
}

export function fakeWord(paragraphs: (ParagraphSpec | string)[] = [""], options?: FakeWordOptions): FakeWord {
  return createFakeWord(paragraphs, options);
}

/** Renders the pane over the fake and waits until it has read the document. */
export async function renderPane(fake: FakeWord, host: WordHost = hostFor(fake)): Promise<RenderResult> {
  const rendered = render(<App host={host} today={TODAY} />);
  await screen.findByRole("tab", { name: "Write" }, { timeout: 5000 });
  return rendered;
}

/** Long enough for the pane's 300 ms pause after typing, and a read. */
export const AFTER_TYPING = { timeout: 3000 };

/** Fills in the start form and inserts the template; resolves once the checks are shown. */
export async function insertTemplate(
  user: { type(element: Element, text: string): Promise<void>; click(element: Element): Promise<void> },
  childName: string,
): Promise<void> {
  await user.type(screen.getByRole("textbox", { name: "Child's first name" }), childName);
  await user.click(screen.getByRole("button", { name: "Insert template" }));
  await screen.findByRole("heading", { name: "Checks", level: 2 }, AFTER_TYPING);
}

/** The finding cards on screen, by their message. */
export function cardMessages(): string[] {
  return screen
    .queryAllByRole("listitem")
    .map((item) => item.getAttribute("aria-labelledby") ?? "")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .filter(Boolean);
}

/** Waits for something to be true of what the worker sees. */
export function eventually(assertion: () => void): Promise<void> {
  return waitFor(assertion, AFTER_TYPING);
}

/** The checks under a heading ("Pen Picture of the child", "The whole summary"): a group, not a landmark. */
export function checkGroup(heading: string | RegExp): HTMLElement {
  const title = screen.getByRole("heading", { name: heading, level: 3 });
  const group = title.closest<HTMLElement>("[data-check-group]");
  if (!group) throw new Error(`No group of checks under the heading ${String(heading)}`);
  return group;
}

/** What the pane last asked screen readers to say, politely or at once. */
export function announced(): { polite: string; assertive: string } {
  return {
    polite: document.getElementById("coach-announce-polite")?.textContent ?? "",
    assertive: document.getElementById("coach-announce-assertive")?.textContent ?? "",
  };
}
