import { AnnounceProvider, makeStyles } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, type ReactElement, type ReactNode } from "react";
import { visuallyHidden } from "./visually-hidden";

/**
 * Reads out what Fluent components announce (a MessageBar, when it appears), politely or, for
 * errors, at once. Fluent's own announcer speaks everything assertively; without one, nothing is
 * said at all. The two live regions are in the page from the start, as screen readers need.
 */

const useStyles = makeStyles({
  hidden: {
    // Fixed at the top: an absolute region after long content can stretch the page's scroll height.
    ...visuallyHidden,
    position: "fixed",
    top: 0,
    left: 0,
  },
});

export const POLITE_REGION_ID = "coach-announce-polite";
export const ASSERTIVE_REGION_ID = "coach-announce-assertive";

/** How long what was said stays in its region, so reading the page later does not find it again. */
const KEPT_FOR_MS = 5000;

export function Announcer({ children }: { children: ReactNode }): ReactElement {
  const styles = useStyles();
  const polite = useRef<HTMLDivElement>(null);
  const assertive = useRef<HTMLDivElement>(null);
  const clearing = useRef(new Map<HTMLElement, ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const timers = clearing.current;
    return () => timers.forEach((timer) => clearTimeout(timer));
  }, []);

  const announce = useCallback((message: string, options?: { alert?: boolean; polite?: boolean }) => {
    const region = options?.alert && !options.polite ? assertive.current : polite.current;
    if (!region || message.trim() === "") return;
    // A new node each time, so the same words said twice are read twice.
    const said = region.ownerDocument.createElement("p");
    said.textContent = message;
    region.replaceChildren(said);
    clearTimeout(clearing.current.get(region));
    clearing.current.set(
      region,
      setTimeout(() => said.remove(), KEPT_FOR_MS),
    );
  }, []);
  const value = useMemo(() => ({ announce }), [announce]);

  return (
    <AnnounceProvider value={value}>
      {children}
      <div
        id={POLITE_REGION_ID}
        className={styles.hidden}
        aria-live="polite"
        aria-atomic="true"
        ref={polite}
      />
      <div
        id={ASSERTIVE_REGION_ID}
        className={styles.hidden}
        aria-live="assertive"
        aria-atomic="true"
        ref={assertive}
      />
    </AnnounceProvider>
  );
}
