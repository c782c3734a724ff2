/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { useCoach } from "../../src/taskpane/useCoach";
import { fakeWord, hostFor, TODAY } from "./helpers";

/**
 * Go to on an empty section once selected its heading, so the worker's next words replaced it
 * ("Background information" became "Mum and Maya"). The cursor now goes under the heading.
 */
async function coachWithTemplate() {
  const fake = fakeWord();
  const host = hostFor(fake);
  const { result } = renderHook(() => useCoach(host, TODAY));
  await waitFor(() => expect(result.current.status).toBe("ready"), { timeout: 5000 });
  await act(() => result.current.insertTemplate("bradford-2025", "Maya").then(() => undefined));
  await waitFor(() => expect(result.current.hasSummary).toBe(true), { timeout: 5000 });
  return { fake, result };
}

describe("Go to an empty section", () => {
  it("puts the cursor on the empty line under the heading, so typing there never replaces the heading", async () => {
    const { fake, result } = await coachWithTemplate();
    const empty = result.current.analysis!.findings.find(
      (f) => f.rule === "section-empty" && f.section === "background",
    )!;
    await act(() => result.current.goTo(empty));
    const heading = fake.model.texts().indexOf("Background information");
    expect(fake.model.selectionPosition()).toEqual({
      paragraph: heading + 1,
      start: 0,
      endParagraph: heading + 1,
      end: 0,
    });
    fake.model.typeText(heading + 1, "Mum and Maya moved to Westmoor in 2023.");
    expect(fake.model.texts().slice(heading, heading + 2)).toEqual([
      "Background information",
      "Mum and Maya moved to Westmoor in 2023.",
    ]);
  });

  it("a finding inside a heading's words still selects those words", async () => {
    const { fake, result } = await coachWithTemplate();
    const heading = fake.model.texts().indexOf("Maya's Safety Plan");
    await act(() =>
      result.current.goTo({ id: "part-of-heading", location: { paragraph: heading, start: 7, end: 18 } }),
    );
    expect(fake.model.selectedText()).toBe("Safety Plan");
  });

  it("Go to a section from the list does the same", async () => {
    const { fake, result } = await coachWithTemplate();
    await act(() => result.current.goToSection("safety-plan"));
    const heading = fake.model.texts().indexOf("Maya's Safety Plan");
    expect(fake.model.selectionPosition()).toMatchObject({ paragraph: heading + 1, start: 0, end: 0 });
  });
});
