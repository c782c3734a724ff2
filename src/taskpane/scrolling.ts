/**
 * Where the pane scrolls. In Word the pane's own document scrolls (the window); in the demo, and
 * wherever the pane is put in a box of its own, an element between the pane and the window does.
 * Corrections to keep the worker's place have to move whichever of these actually scrolls.
 */

const SCROLLS = /^(auto|scroll|overlay)$/;

/**
 * The nearest ancestor of the element that scrolls vertically (overflow-y auto, scroll or overlay,
 * with more content than it shows), or null when none does and the window scrolls.
 */
export function scrollableAncestor(element: Element | null): HTMLElement | null {
  const view = element?.ownerDocument.defaultView;
  if (!element || !view) return null;
  const root = element.ownerDocument.scrollingElement ?? element.ownerDocument.documentElement;
  for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
    if (node === element.ownerDocument.body) break;
    const { overflowY } = view.getComputedStyle(node);
    if (SCROLLS.test(overflowY) && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/** The top edge of what can be seen: the scrolling box's top, or the window's (0). */
export function visibleTop(container: HTMLElement | null): number {
  return container ? Math.max(0, container.getBoundingClientRect().top) : 0;
}

/** Scrolls the box (or the window, for null) down by `pixels` (up when negative). */
export function scrollDown(container: HTMLElement | null, pixels: number): void {
  if (pixels === 0) return;
  if (container) container.scrollTop += pixels;
  else window.scrollBy(0, pixels);
}
