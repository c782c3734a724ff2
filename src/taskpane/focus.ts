import { useEffect, useRef, useState, type RefObject } from "react";

/** Where keyboard focus goes once the pane has re-rendered after something the worker did. */
export type FocusTarget = "checks" | "change-template" | "after-notice" | "notice";

export interface PaneFocus {
  title: RefObject<HTMLHeadingElement | null>;
  notice: RefObject<HTMLDivElement | null>;
  checks: RefObject<HTMLHeadingElement | null>;
  changeTemplate: RefObject<HTMLButtonElement | null>;
  /** Moves focus there as soon as it is in the page. */
  request(target: FocusTarget): void;
}

/**
 * When what had focus goes (the form after inserting or closing, a closed message), focus moves
 * somewhere sensible rather than falling back to the top of the page. The target may not be
 * there yet (the checks appear once the document is read again): every render tries again until
 * it is. `selectedTab` is the open tab, the fallback after a closed message.
 */
export function usePaneFocus(selectedTab: () => HTMLElement | null): PaneFocus {
  const [target, setTarget] = useState<FocusTarget | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const notice = useRef<HTMLDivElement>(null);
  const checks = useRef<HTMLHeadingElement>(null);
  const changeTemplate = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!target) return;
    const element =
      target === "checks"
        ? checks.current
        : target === "change-template"
          ? changeTemplate.current
          : target === "notice"
            ? (notice.current ?? checks.current)
            : (checks.current ?? selectedTab() ?? title.current);
    if (!element) return;
    element.focus();
    setTarget(null);
    // selectedTab is a new function each render, so this runs after every render while a target waits.
  }, [target, selectedTab]);
  return { title, notice, checks, changeTemplate, request: setTarget };
}
