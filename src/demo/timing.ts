/**
 * Performance marks for `npm run bench`: when the pane first shows its heading, and when it is
 * ready to use (its tabs appear, after the engine has loaded and the document has been read).
 * Marks stay in this page's memory; nothing is sent anywhere.
 */

export const MARKS = {
  demo: "demo:first-render",
  paneHeading: "pane:heading",
  paneReady: "pane:ready",
} as const;

export function markPaneRender(pane: HTMLElement): () => void {
  const pending = new Map<string, string>([
    [MARKS.paneHeading, "#pane-title"],
    [MARKS.paneReady, '[role="tablist"]'],
  ]);
  const look = () => {
    for (const [mark, selector] of pending) {
      if (pane.querySelector(selector)) {
        performance.mark(mark);
        pending.delete(mark);
      }
    }
    if (pending.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver(look);
  observer.observe(pane, { childList: true, subtree: true });
  look();
  return () => observer.disconnect();
}
