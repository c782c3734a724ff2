/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { analyse, type AnalysisResult } from "../../src/analysis/engine";
import { metText, tally } from "../../src/analysis/tally";
import type { Finding } from "../../src/analysis/types";
import { workedExamples } from "../../src/examples";
import { defaultPack } from "../../src/analysis/built-in-packs";
import { Announcer } from "../../src/taskpane/Announcer";
import { ChecksPanel } from "../../src/taskpane/components/ChecksPanel";
import { SeverityLabel, StateLabel } from "../../src/taskpane/components/severity";
import { summaryWith } from "../analysis/helpers";
import { announced, checkGroup, TODAY } from "./helpers";

/** A freshly inserted template for Maya: every heading, nothing written under any. */
function freshTemplate(): AnalysisResult {
  const empty = Object.fromEntries(defaultPack.sections.map((s) => [s.key, [""]]));
  return analyse(summaryWith(empty), { pack: defaultPack, childName: "Maya", today: TODAY });
}

/** The fictional poor summary: template text left in, a pasted chronology, no timescales… */
function poorSummary(dismissed: string[] = []): AnalysisResult {
  const example = workedExamples.find((e) => e.id === "bradford-2025-poor")!;
  return analyse({ paragraphs: example.paragraphs }, { pack: defaultPack, today: TODAY, dismissed });
}

function renderChecks(analysis: AnalysisResult, cursorSection: string | null) {
  const calls = {
    onGoTo: jest.fn<void, [Finding]>(),
    onFix: jest.fn<void, [Finding]>(),
    onDismiss: jest.fn<void, [string]>(),
    onRestore: jest.fn<void, [string]>(),
    onGoToSection: jest.fn(),
  };
  const panel = (a: AnalysisResult, cursor: string | null) => (
    <FluentProvider theme={webLightTheme}>
      <Announcer>
        <ChecksPanel analysis={a} busy={null} cursorSection={cursor} {...calls} />
      </Announcer>
    </FluentProvider>
  );
  const view = render(panel(analysis, cursorSection));
  return { calls, update: (a: AnalysisResult, cursor: string | null) => view.rerender(panel(a, cursor)) };
}

/** The one card at a time a section shows: a group named by its message. */
const cardsShown = () =>
  screen.queryAllByRole("group").filter((element) => element.hasAttribute("data-finding-id"));
const sectionButton = (heading: string | RegExp) =>
  within(screen.getByRole("heading", { name: heading, level: 3 })).getByRole("button");
const groupHeadings = () => screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);

describe("a freshly inserted template is quiet", () => {
  test("every section is 'Not started', not a list of errors, and the count is the one count", () => {
    const analysis = freshTemplate();
    renderChecks(analysis, null);

    // Not even the whole summary's checks open by themselves while nothing is written.
    expect(cardsShown()).toEqual([]);
    for (const heading of ["Pen Picture of the child", "Background information", "Maya's Safety Plan"]) {
      expect(within(checkGroup(heading)).getByText("Not started")).toBeTruthy();
      expect(sectionButton(heading).getAttribute("aria-expanded")).toBe("false");
    }
    expect(screen.getByRole("status").textContent).toBe(metText(tally(analysis)));
    expect(screen.getByText("7 sections not started.")).toBeTruthy();
  });

  test("Show all checks shows every section open, with what is not written yet", async () => {
    const user = userEvent.setup();
    renderChecks(freshTemplate(), null);
    const showAll = screen.getByRole("button", { name: "Show all checks" });
    expect(showAll.getAttribute("aria-expanded")).toBe("false");

    await user.click(showAll);
    expect(showAll.getAttribute("aria-expanded")).toBe("true");
    expect(showAll.textContent).toBe("Show fewer checks");
    expect(
      screen.getByRole("group", { name: /Nothing is written under "Background information" yet/ }),
    ).toBeTruthy();
    expect(within(checkGroup("Background information")).getByText("Required: 1 of 2 met")).toBeTruthy();

    await user.click(showAll);
    expect(within(checkGroup("Background information")).getByText("Not started")).toBeTruthy();
  });

  test("a section the worker has been in and left says what is missing; the one they are in stays 'Not started'", async () => {
    const analysis = freshTemplate();
    const { update } = renderChecks(analysis, "background");
    // The section being written comes first and open, and says why nothing is listed.
    expect(groupHeadings()[0]).toBe("Background information");
    expect(sectionButton("Background information").getAttribute("aria-expanded")).toBe("true");
    expect(
      within(checkGroup("Background information")).getByText(
        /Its checks show here once you have written in it and moved on/,
      ),
    ).toBeTruthy();

    update(analysis, "involvement");
    expect(groupHeadings()[0]).toBe("Summary of our involvement");
    const background = checkGroup("Background information");
    expect(within(background).queryByText("Not started")).toBeNull();
    expect(within(background).getByText("Required: 1 of 2 met")).toBeTruthy();
    expect(sectionButton("Background information").getAttribute("aria-expanded")).toBe("false");

    const user = userEvent.setup();
    await user.click(sectionButton("Background information"));
    expect(
      within(background).getByRole("group", {
        name: /Nothing is written under "Background information" yet/,
      }),
    ).toBeTruthy();
    expect(screen.getByText("6 sections not started.")).toBeTruthy();
  });

  test("a missing heading still says so", () => {
    const partial = analyse(
      { paragraphs: summaryWith({}).paragraphs.filter((p) => p.text !== "Background information") },
      { pack: defaultPack, childName: "Maya", today: TODAY },
    );
    renderChecks(partial, null);
    const background = checkGroup("Background information");
    expect(within(background).getByText("Missing")).toBeTruthy();
  });
});

describe("the section in hand, one card at a time", () => {
  test("the section the cursor is in comes first and open; the others are one line each with their counts", () => {
    renderChecks(poorSummary(), "safety-plan");
    expect(groupHeadings()[0]).toBe("Maya's Safety Plan");
    expect(sectionButton("Maya's Safety Plan").getAttribute("aria-expanded")).toBe("true");
    // One card, not the whole list.
    const safetyPlan = checkGroup("Maya's Safety Plan");
    expect(
      within(safetyPlan)
        .getAllByRole("group")
        .filter((g) => g.hasAttribute("data-finding-id")),
    ).toHaveLength(1);
    expect(within(safetyPlan).getByText("Check 1 of 4")).toBeTruthy();
    expect(within(safetyPlan).getByRole("group", { name: /are not in red/ })).toBeTruthy();

    // Every other section: a line, with what is left by icon and word, and no cards.
    expect(cardsShown()).toHaveLength(1);
    const penPicture = checkGroup("Pen Picture of the child");
    expect(sectionButton("Pen Picture of the child").getAttribute("aria-expanded")).toBe("false");
    expect(within(penPicture).getByText(/^Required: \d+ of \d+ met$/)).toBeTruthy();
    expect(within(penPicture).getByText(/^Recommended: \d+ of \d+ met$/)).toBeTruthy();
    const goals = checkGroup("Goals and what needs to happen next?");
    expect(within(goals).queryByText(/^Required:/)).toBeNull();
    expect(within(goals).getByText(/^Recommended: \d+ of \d+ met$/)).toBeTruthy();
    // The line describes its button, so a screen reader hears the counts with the heading.
    const line = document.getElementById(
      sectionButton("Goals and what needs to happen next?").getAttribute("aria-describedby")!,
    )!;
    expect(line.textContent).toMatch(/^Recommended: \d+ of \d+ met/);
  });

  test("Next and Previous step through the section's checks, and say where they are", async () => {
    const user = userEvent.setup();
    renderChecks(poorSummary(), "safety-plan");
    const safetyPlan = checkGroup("Maya's Safety Plan");
    const next = within(safetyPlan).getByRole("button", { name: "Next check" });

    await user.click(next);
    expect(within(safetyPlan).getByText("Check 2 of 4")).toBeTruthy();
    expect(within(safetyPlan).getByRole("group", { name: /The safety plan gives no date/ })).toBeTruthy();
    // Focus stays on Next, and the new card is read out politely.
    expect(document.activeElement).toBe(next);
    expect(announced().polite).toMatch(/^Check 2 of 4\. Recommended: The safety plan gives no date/);
    expect(announced().assertive).toBe("");

    await user.click(within(safetyPlan).getByRole("button", { name: "Previous check" }));
    await user.click(within(safetyPlan).getByRole("button", { name: "Previous check" }));
    // From the first, Previous goes round to the last.
    expect(within(safetyPlan).getByText("Check 4 of 4")).toBeTruthy();
  });

  test("the arrow keys step through the cards when the card has focus, and focus follows the card", async () => {
    const user = userEvent.setup();
    renderChecks(poorSummary(), "safety-plan");
    const safetyPlan = checkGroup("Maya's Safety Plan");
    await user.click(within(safetyPlan).getByRole("button", { name: "Show guidance" }));
    await user.keyboard("{ArrowRight}");
    const second = within(safetyPlan).getByRole("group", { name: /The safety plan gives no date/ });
    expect(document.activeElement).toBe(second);
    expect(second.getAttribute("aria-describedby")).toBe(within(safetyPlan).getByText("Check 2 of 4").id);
    await user.keyboard("{ArrowDown}");
    expect(within(safetyPlan).getByText("Check 3 of 4")).toBeTruthy();
    await user.keyboard("{ArrowUp}{ArrowLeft}");
    expect(within(safetyPlan).getByRole("group", { name: /are not in red/ })).toBe(document.activeElement);
    await user.keyboard("{End}");
    expect(within(safetyPlan).getByText("Check 4 of 4")).toBeTruthy();
  });

  test("another section opens on demand, as a disclosure", async () => {
    const user = userEvent.setup();
    renderChecks(poorSummary(), "safety-plan");
    const goalsButton = sectionButton("Goals and what needs to happen next?");
    await user.click(goalsButton);
    expect(goalsButton.getAttribute("aria-expanded")).toBe("true");
    const goals = document.getElementById(goalsButton.getAttribute("aria-controls")!)!;
    expect(within(goals).getByText(/^Check 1 of \d+$/)).toBeTruthy();
    expect(within(goals).getByRole("button", { name: "Go to section" })).toBeTruthy();
    await user.click(goalsButton);
    expect(goalsButton.getAttribute("aria-expanded")).toBe("false");
    expect(within(checkGroup("Goals and what needs to happen next?")).queryByText(/^Check 1 of/)).toBeNull();
  });

  test("a collapsed section is one Tab stop; the open one a few per card", () => {
    renderChecks(poorSummary(), "safety-plan");
    const tabStops = (element: HTMLElement) =>
      [...element.querySelectorAll<HTMLElement>("button, [tabindex]")].filter((e) => e.tabIndex >= 0);
    expect(tabStops(checkGroup("Background information"))).toHaveLength(1);
    // The heading button, Previous, Next, the card's Go to, Fix, Show guidance and Dismiss, Go to section.
    expect(tabStops(checkGroup("Maya's Safety Plan")).length).toBeLessThanOrEqual(8);
  });

  test("when the card being read is dismissed, focus goes to the card that takes its place", async () => {
    const user = userEvent.setup();
    const { calls, update } = renderChecks(poorSummary(), "safety-plan");
    const safetyPlan = checkGroup("Maya's Safety Plan");
    await user.click(within(safetyPlan).getByRole("button", { name: "Next check" }));
    await user.click(within(safetyPlan).getByRole("button", { name: "Dismiss" }));
    const dismissed = calls.onDismiss.mock.calls[0]![0];
    expect(dismissed).toBe("safety-plan-specific/safety-plan/date-agreed");

    act(() => update(poorSummary([dismissed]), "safety-plan"));
    const inItsPlace = within(safetyPlan).getByRole("group", { name: /how it was shared with Maya/ });
    expect(document.activeElement).toBe(inItsPlace);
    expect(within(safetyPlan).getByText("Check 2 of 3")).toBeTruthy();
  });

  test("Restore opens the check's section at that check, and focus follows it", async () => {
    const user = userEvent.setup();
    const id = "timescales-missing/goals/dates";
    const { calls, update } = renderChecks(poorSummary([id]), "safety-plan");
    await user.click(screen.getByRole("button", { name: "Show dismissed checks (1)" }));
    await user.click(screen.getByRole("button", { name: "Restore" }));
    expect(calls.onRestore).toHaveBeenCalledWith(id);

    act(() => update(poorSummary(), "safety-plan"));
    const restored = screen.getByRole("group", { name: /The goals for Maya give no dates or timescales/ });
    expect(document.activeElement).toBe(restored);
    expect(sectionButton("Goals and what needs to happen next?").getAttribute("aria-expanded")).toBe("true");
  });

  test("the card being read keeps its place on screen when the cursor moves and another section comes first", async () => {
    // jsdom does no layout: each element sits 20 px below the one before it in the page, less what
    // the window has scrolled.
    let scrolled = 0;
    const rect = jest.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockImplementation(function (
      this: HTMLElement,
    ) {
      const top = [...document.querySelectorAll("*")].indexOf(this) * 20 - scrolled;
      return { top, bottom: top + 20, left: 0, right: 320, width: 320, height: 20, x: 0, y: top } as DOMRect;
    });
    const scrollBy = jest.spyOn(window, "scrollBy").mockImplementation((_x, y) => {
      scrolled += Number(y);
    });
    try {
      const user = userEvent.setup();
      const analysis = poorSummary();
      const { update } = renderChecks(analysis, "safety-plan");
      await user.click(sectionButton("Goals and what needs to happen next?"));
      const goals = checkGroup("Goals and what needs to happen next?");
      const reading = within(goals)
        .getAllByRole("group")
        .find((g) => g.hasAttribute("data-finding-id"))!;
      await user.click(within(reading).getByRole("button", { name: "Show guidance" }));
      const before = reading.getBoundingClientRect().top;

      // The worker clicks into Background information in Word: it comes first and opens above.
      act(() => update(analysis, "background"));
      expect(groupHeadings()[0]).toBe("Background information");
      expect(scrollBy).toHaveBeenCalled();
      expect(reading.isConnected).toBe(true);
      expect(reading.getBoundingClientRect().top).toBe(before);
    } finally {
      rect.mockRestore();
      scrollBy.mockRestore();
    }
  });

  test("Go to, Fix and Go to section hand the finding or section to the pane", async () => {
    const user = userEvent.setup();
    const { calls } = renderChecks(poorSummary(), "safety-plan");
    const card = screen.getByRole("group", { name: /are not in red/ });
    await user.click(within(card).getByRole("button", { name: "Go to" }));
    await user.click(within(card).getByRole("button", { name: "Fix" }));
    expect(calls.onGoTo.mock.calls[0]![0].id).toBe("section-colour/safety-plan");
    expect(calls.onFix.mock.calls[0]![0].id).toBe("section-colour/safety-plan");
    await user.click(screen.getByRole("button", { name: "Go to section" }));
    expect(calls.onGoToSection).toHaveBeenCalledWith(expect.objectContaining({ key: "safety-plan" }));
  });
});

describe("citations and severity", () => {
  test("a card cites the guidance in short form, with the full name a hover or a click away and read out", async () => {
    const user = userEvent.setup();
    renderChecks(poorSummary(), "safety-plan");
    const card = screen.getByRole("group", { name: /are not in red/ });
    const shortForm = within(card).getByText("004 §3.1(vi)");
    expect(shortForm.getAttribute("aria-hidden")).toBe("true");
    const citation = shortForm.parentElement!;
    // Screen readers hear the name, not "004".
    expect(
      within(card).getByText("Guidance: Bradford Children and Families Trust guidance (2025), 3.1(vi)"),
    ).toBeTruthy();
    expect(card.textContent).not.toMatch(
      /\(Bradford Children and Families Trust guidance \(2025\), 3\.1\(vi\)\)/,
    );

    await user.hover(citation);
    expect((await screen.findByRole("tooltip")).textContent).toBe(
      "Bradford Children and Families Trust guidance (2025), 3.1(vi)",
    );
    await user.unhover(citation);
    await waitFor(() => expect(screen.queryByRole("tooltip")).toBeNull());
    // A click (or a tap, where there is no hover) shows it too.
    fireEvent.click(citation);
    expect(screen.getByRole("tooltip").textContent).toMatch(/^Bradford Children and Families Trust/);
  });

  test("a section's counts give severity by word beside its icon", () => {
    renderChecks(poorSummary(), null);
    // The whole summary, first when the cursor is in no section: its template text left in is required.
    expect(groupHeadings()[0]).toBe("The whole summary");
    const whole = checkGroup("The whole summary");
    const required = within(whole).getByText(/^Required: \d+ of \d+ met$/);
    expect(required.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
    const contacts = checkGroup(/Family Contact Details/);
    expect(within(contacts).getByText(/^1 suggestion$/)).toBeTruthy();
  });
});

test("a section needing attention shows the error icon where something required is left, the triangle only for recommended", () => {
  const iconOf = (element: ReactElement) => {
    const { container, unmount } = render(element);
    const svg = container.querySelector("svg")!.innerHTML;
    unmount();
    return svg;
  };
  const required = iconOf(<StateLabel state="needs-attention" counts={{ error: 2, warning: 1 }} />);
  const recommended = iconOf(<StateLabel state="needs-attention" counts={{ error: 0, warning: 1 }} />);
  expect(required).toBe(iconOf(<SeverityLabel severity="error" />));
  expect(recommended).toBe(iconOf(<SeverityLabel severity="warning" />));
  expect(required).not.toBe(recommended);
});

describe("at 320 px", () => {
  test("long headings wrap, and rows wrap rather than scroll sideways", () => {
    renderChecks(poorSummary(), "safety-plan");
    const toggle = sectionButton(/Family Contact Details and Professional Involvements/);
    const style = window.getComputedStyle(toggle);
    expect(style.overflowWrap).toBe("anywhere");
    expect(style.width).toBe("100%");
    const bar = within(checkGroup("Maya's Safety Plan")).getByText("Check 1 of 4").parentElement!;
    expect(window.getComputedStyle(bar).flexWrap).toBe("wrap");
    const line = document.getElementById(toggle.getAttribute("aria-describedby")!)!;
    expect(window.getComputedStyle(line).flexWrap).toBe("wrap");
    // Nothing in the checks is given a fixed width wider than the pane.
    for (const element of document.querySelectorAll<HTMLElement>("[data-check-group] *")) {
      const width = window.getComputedStyle(element).width;
      if (width.endsWith("px")) expect(parseFloat(width)).toBeLessThanOrEqual(320);
    }
  });
});
