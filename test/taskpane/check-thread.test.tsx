/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { createAnswerer } from "../../src/taskpane/checks/answer";
import type { CheckThread } from "../../src/taskpane/checks/check-runner";
import type { CheckRequest } from "../../src/taskpane/checks/protocol";
import { eventually, fakeWord, hostFor, TODAY } from "./helpers";

/**
 * The pane with its checks on a thread the test controls: one that hangs on a hostile document
 * until told otherwise, standing in for the Web Worker the built pane starts.
 */
function controlledThread(limitMs: number) {
  const answer = createAnswerer();
  const held: (() => void)[] = [];
  const state = {
    hang: true,
    posted: [] as CheckRequest[],
    stopped: 0,
    /** Lets the held checks finish. */
    release: () => held.splice(0).forEach((answerNow) => answerNow()),
  };
  const thread: CheckThread = {
    limitMs,
    spawn: (onAnswer) => {
      let stopped = false;
      return {
        post(request) {
          state.posted.push(request);
          const answerNow = () => !stopped && onAnswer(answer(request));
          if (state.hang) held.push(answerNow);
          else setTimeout(answerNow, 0);
        },
        terminate() {
          stopped = true;
          state.stopped++;
        },
      };
    },
  };
  return { thread, state };
}

const SAFETY_PLAN = ["Maya's Safety Plan", "If Maya feels unsafe she will ring her nan."];

describe("a check that takes too long", () => {
  it("is abandoned with a message, the pane stays usable, and Check again checks once it can", async () => {
    const { thread, state } = controlledThread(1000);
    const user = userEvent.setup();
    render(<App host={hostFor(fakeWord(SAFETY_PLAN))} today={TODAY} checkThread={thread} />);

    const message = await screen.findByText(/^Checking this document took longer than 1 second,/, undefined, {
      timeout: 3000,
    });
    expect(message.textContent).toContain("so Case Summary Coach stopped. Your text is not affected.");
    expect(state.stopped).toBe(1);
    // No spinner for ever, and no start form offering a template the document may already have.
    expect(screen.queryByText("Reading the document…")).toBeNull();
    expect(screen.queryByRole("button", { name: "Insert template" })).toBeNull();

    state.hang = false;
    await user.click(screen.getByRole("button", { name: "Check again" }));
    await screen.findByRole("heading", { name: "Checks", level: 2 });
    expect(screen.queryByText(/took longer than/)).toBeNull();
    await user.click(screen.getByRole("tab", { name: "Review" }));
    expect(screen.getByRole("tab", { name: "Review", selected: true })).toBeTruthy();
  });

  it("while one check runs, the worker's typing is not held up and only the latest text is checked next", async () => {
    const { thread, state } = controlledThread(60_000);
    const fake = fakeWord(SAFETY_PLAN);
    render(<App host={hostFor(fake)} today={TODAY} checkThread={thread} />);
    await eventually(() => expect(state.posted).toHaveLength(1));
    for (const word of [" She", " will", " go", " to", " school."]) fake.model.typeText(1, word);
    await eventually(() => expect(fake.model.texts()[1]).toMatch(/school\.$/));
    // The first check is still running: nothing more has been sent to the thread.
    expect(state.posted).toHaveLength(1);
    state.hang = false;
    state.release();
    // Then one check of the text as it is now, not one per keystroke.
    await eventually(() => expect(state.posted).toHaveLength(2));
    expect(state.posted[1]!.snapshot.paragraphs[1]!.text).toMatch(
      /she will ring her nan\. She will go to school\.$/,
    );
    await screen.findByRole("heading", { name: "Checks", level: 2 });
    expect(state.posted).toHaveLength(2);
  });
});
