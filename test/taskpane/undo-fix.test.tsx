/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { expectParagraphs } from "../../src/analysis/plans";
import type { DocumentSnapshot } from "../../src/analysis/snapshot";
import type { Finding } from "../../src/analysis/types";
import { useCoach } from "../../src/taskpane/useCoach";
import { fakeWord, hostFor, TODAY } from "./helpers";
import { sourceOf } from "../../src/analysis/guidance-sources";

const DOCUMENT = [{ text: "Pen Picture of the child", styleBuiltIn: "Heading2" }, "xx/xx/xxxx Maya is nine."];

async function coachOver(paragraphs: typeof DOCUMENT) {
  const fake = fakeWord(paragraphs);
  const host = hostFor(fake);
  const { result } = renderHook(() => useCoach(host, TODAY));
  await waitFor(() => expect(result.current.analysis).not.toBeNull(), { timeout: 5000 });
  return { fake, result };
}

/** A Fix that replaces the template's placeholder date, with what it expects of the document, as the engine gives it. */
const dateFix = (snapshot: DocumentSnapshot): Finding => ({
  id: "placeholder-left/document/date",
  rule: "placeholder-left",
  severity: "error",
  section: null,
  message: 'The template placeholder "xx/xx/xxxx" is still in the summary.',
  guidance: "004 §3.1",
  source: { ...sourceOf("004 §3.1"), notes: [] },
  location: { paragraph: 1, start: 0, end: 10 },
  fix: {
    kind: "replace-text",
    location: { paragraph: 1, start: 0, end: 10 },
    text: "2 December 2026",
    expects: expectParagraphs(snapshot, [1]),
  },
});

describe("Undo after Fix", () => {
  it("puts the replaced words back, and says so", async () => {
    const { fake, result } = await coachOver(DOCUMENT);
    await act(() => result.current.fix(dateFix(result.current.snapshot!)));
    expect(fake.model.texts()[1]).toBe("2 December 2026 Maya is nine.");
    expect(result.current.notice).toMatchObject({ intent: "success", undo: true });
    await act(() => result.current.undoFix());
    expect(fake.model.texts()[1]).toBe("xx/xx/xxxx Maya is nine.");
  });

  it("does not take the Fix back over words the worker has changed since: Word's own Undo is pointed to", async () => {
    const { fake, result } = await coachOver(DOCUMENT);
    await act(() => result.current.fix(dateFix(result.current.snapshot!)));
    fake.model.typeText(1, "On ", 0);
    await waitFor(() => expect(result.current.snapshot?.paragraphs[1]?.text).toMatch(/^On /), {
      timeout: 5000,
    });
    await act(() => result.current.undoFix());
    expect(fake.model.texts()[1]).toBe("On 2 December 2026 Maya is nine.");
    expect(result.current.notice?.text).toMatch(/Use Word's own Undo \(Ctrl\+Z/);
  });
});
