/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { useCoach } from "../../src/taskpane/useCoach";
import { fakeWord, hostFor, TODAY } from "./helpers";

/** The pane's hook over a new document with the bradford-2025 template inserted for this name. */
async function paneWithTemplateFor(name: string) {
  const fake = fakeWord();
  const host = hostFor(fake);
  const { result } = renderHook(() => useCoach(host, TODAY));
  await waitFor(() => expect(result.current.status).toBe("ready"), { timeout: 5000 });
  await act(() => result.current.insertTemplate("bradford-2025", name).then(() => undefined));
  await waitFor(() => expect(result.current.analysis?.childName).toBe(name), { timeout: 5000 });
  return { fake, result };
}

/** Insert for "Elle", then correct it to "Ellie": the headings followed only the pane before. */
describe("correcting the child's name", () => {
  it("changes the name in the headings (and only there), says so, and checks against the new name", async () => {
    const { fake, result } = await paneWithTemplateFor("Elle");
    const safety = fake.model.texts().indexOf("Elle's Safety Plan");
    fake.model.typeText(safety + 1, "Elle will ring her nan if she feels unsafe.");
    await waitFor(() => expect(result.current.snapshot?.paragraphs[safety + 1]?.text).toMatch(/nan/), {
      timeout: 5000,
    });
    await waitFor(() => expect(result.current.analysis?.findings.length).toBeGreaterThan(0));

    await act(() => result.current.insertTemplate("bradford-2025", "Ellie").then(() => undefined));
    expect(result.current.notice?.text).toBe("Changed \u201cElle\u201d to \u201cEllie\u201d in 3 headings.");
    const texts = fake.model.texts();
    expect(texts).toContain("Ellie's Safety Plan");
    expect(texts).toContain("What difference have we made for Ellie?");
    // The worker's own words keep the name as written: the pane does not rewrite sentences.
    expect(texts).toContain("Elle will ring her nan if she feels unsafe.");
    await waitFor(() => expect(result.current.analysis?.childName).toBe("Ellie"), { timeout: 5000 });
  });

  it("still changes the headings when the worker corrects the name straight after typing", async () => {
    const { fake, result } = await paneWithTemplateFor("Elle");
    // Typed above the later headings, and the name corrected before the pane has read it.
    const penPicture = fake.model.texts().indexOf("Pen Picture of the child");
    fake.model.typeText(penPicture + 1, "Elle is nine and loves swimming.");
    await act(() => result.current.insertTemplate("bradford-2025", "Ellie").then(() => undefined));
    expect(result.current.notice?.text).toBe("Changed \u201cElle\u201d to \u201cEllie\u201d in 3 headings.");
    expect(fake.model.texts()).toContain("Ellie's Safety Plan");
    expect(fake.model.texts()).toContain("Elle is nine and loves swimming.");
  });
});
