/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyse, type AnalysisResult } from "../../src/analysis/engine";
import { workedExamples } from "../../src/examples";
import { defaultPack } from "../../src/analysis/built-in-packs";
import { PromptsPanel } from "../../src/taskpane/components/PromptsPanel";
import { TODAY } from "./helpers";

function goodSummary(): AnalysisResult {
  const example = workedExamples.find((e) => e.id === "bradford-2025-good")!;
  return analyse({ paragraphs: example.paragraphs }, { pack: defaultPack, today: TODAY });
}

function renderPrompts(cursorSection: string | null, promptsInMargin?: boolean) {
  const onPlaceInMargin = jest.fn();
  const onRemoveFromMargin = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <PromptsPanel
        analysis={goodSummary()}
        cursorSection={cursorSection}
        busy={null}
        commentsAvailable
        promptsInMargin={promptsInMargin}
        onPlaceInMargin={onPlaceInMargin}
        onRemoveFromMargin={onRemoveFromMargin}
      />
    </FluentProvider>,
  );
  return { onPlaceInMargin, onRemoveFromMargin };
}

const prompts = () => screen.getByRole("region", { name: "Prompts for the section you are writing" });

test("each prompt cites its guidance in short form; the full name is read out, not printed after every prompt", () => {
  renderPrompts("difference");
  const change = within(prompts())
    .getAllByRole("listitem")
    .find((item) => /Why has change happened\?/.test(item.textContent ?? ""))!;
  expect(within(change).getByText("004 §4.3").getAttribute("aria-hidden")).toBe("true");
  expect(
    within(change).getByText("Guidance: Bradford Children and Families Trust guidance (2025), 4.3"),
  ).toBeTruthy();
  expect(prompts().textContent).not.toMatch(/\(Bradford Children and Families Trust guidance/);
});

test("Show and Hide guidance are worded one way, and the notes come under the source's full name once", async () => {
  const user = userEvent.setup();
  renderPrompts("pen-picture");
  const show = within(prompts()).getByRole("button", { name: "Show guidance for this section" });
  expect(show.getAttribute("aria-expanded")).toBe("false");
  await user.click(show);
  expect(show.textContent).toBe("Hide guidance for this section");
  expect(show.getAttribute("aria-expanded")).toBe("true");
  // The pen picture's notes: five from 3.1(i), one from 4.6, each source named once above its notes.
  const notes = document.getElementById(show.getAttribute("aria-controls")!)!;
  expect(
    within(notes).getAllByText("From Bradford Children and Families Trust guidance (2025), 3.1(i):"),
  ).toHaveLength(1);
  expect(within(notes).getAllByText(/^From Bradford Children and Families Trust guidance/)).toHaveLength(2);
});

describe("prompts in the margin", () => {
  test("where the pane cannot tell whether they are there, both show and Remove says what it takes away", async () => {
    const user = userEvent.setup();
    const { onRemoveFromMargin } = renderPrompts("pen-picture");
    expect(screen.getByRole("button", { name: "Put prompts in the margin" })).toBeTruthy();
    const remove = screen.getByRole("button", { name: "Remove prompts from the margin" });
    expect(document.getElementById(remove.getAttribute("aria-describedby")!)!.textContent).toMatch(
      /only the prompt comments this add-in put in the margin, if there are any; everyone else's comments stay/,
    );
    await user.click(remove);
    expect(onRemoveFromMargin).toHaveBeenCalledTimes(1);
  });

  test("with no prompts there, only Put shows", () => {
    renderPrompts("pen-picture", false);
    expect(screen.getByRole("button", { name: "Put prompts in the margin" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Remove prompts from the margin" })).toBeNull();
    expect(screen.queryByText(/if there are any/)).toBeNull();
  });

  test("with the prompts there, only Remove shows", () => {
    renderPrompts("pen-picture", true);
    expect(screen.queryByRole("button", { name: "Put prompts in the margin" })).toBeNull();
    expect(screen.getByRole("button", { name: "Remove prompts from the margin" })).toBeTruthy();
  });
});
