import { useState } from "react";
import { workedExamples } from "../../examples";
import { DemoSession, exampleSpecs, type HostPresetName } from "../session";
import { BLANK, type DemoOptions } from "./options";

/**
 * The document open in the demo, and opening another: a worked example or a blank document, on
 * the chosen Word version and signed in as the chosen person. Opening another would lose what was
 * typed, so the demo asks first; a blank document nobody has touched offers a fictional example.
 */

/** The worked example "Try a fictional example" opens: the one with the common gaps. */
export const FIRST_EXAMPLE = "bradford-2025-poor";

function sessionFor(documentId: string, host: HostPresetName, user?: string): DemoSession {
  const example = workedExamples.find((e) => e.id === documentId);
  return DemoSession.create(example ? exampleSpecs(example) : [{ text: "" }], host, user);
}

export interface DemoDocument {
  session: DemoSession;
  /** The document chosen in the picker (opened only with open()). */
  choice: string;
  choose(documentId: string): void;
  /** Opens the chosen document; after changes to this one, only on the second asking. */
  open(): void;
  /** Whether the demo is asking before opening another document over changes. */
  confirmingOpen: boolean;
  /** Keeps this document: the demo stops asking. */
  keepThis(): void;
  /** Whether to offer a fictional example: on a blank document with nothing done to it yet. */
  offerExample: boolean;
  tryExample(): void;
  /** The same document opened on another Word version, or by someone else. */
  reopenOn(host: HostPresetName): void;
  reopenAs(user: string): void;
}

export function useDemoDocument(initial: DemoOptions): DemoDocument {
  const [session, setSession] = useState(() => sessionFor(initial.document, initial.host));
  const [choice, setChoice] = useState(initial.document);
  const [opened, setOpened] = useState(initial.document);
  const [confirmingOpen, setConfirmingOpen] = useState(false);

  const openDocument = (documentId: string) => {
    setOpened(documentId);
    setSession(sessionFor(documentId, session.preset, session.user));
  };

  return {
    session,
    choice,
    choose: setChoice,
    open() {
      if (session.canUndo && !confirmingOpen) {
        setConfirmingOpen(true);
        return;
      }
      setConfirmingOpen(false);
      openDocument(choice);
    },
    confirmingOpen,
    keepThis: () => setConfirmingOpen(false),
    offerExample: opened === BLANK && !session.canUndo,
    tryExample() {
      setChoice(FIRST_EXAMPLE);
      openDocument(FIRST_EXAMPLE);
    },
    reopenOn: (host) => setSession(session.reopenOn(host)),
    reopenAs: (user) => setSession(session.reopenAs(user)),
  };
}
