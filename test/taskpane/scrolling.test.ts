/** @jest-environment jsdom */
import { scrollableAncestor, scrollDown, visibleTop } from "../../src/taskpane/scrolling";

/** jsdom does no layout: give an element the sizes a browser would. */
function sized(element: HTMLElement, scrollHeight: number, clientHeight: number): HTMLElement {
  Object.defineProperty(element, "scrollHeight", { configurable: true, value: scrollHeight });
  Object.defineProperty(element, "clientHeight", { configurable: true, value: clientHeight });
  return element;
}

function tree(): { outer: HTMLElement; box: HTMLElement; inner: HTMLElement; card: HTMLElement } {
  document.body.innerHTML = `
    <div id="outer"><div id="box"><div id="inner"><article id="card">A check</article></div></div></div>`;
  const get = (id: string) => document.getElementById(id)!;
  return { outer: get("outer"), box: get("box"), inner: get("inner"), card: get("card") };
}

describe("the box the pane scrolls in", () => {
  test("is the nearest ancestor that scrolls and has more than it shows, as the demo's pane box", () => {
    const { outer, box, card } = tree();
    outer.style.overflowY = "auto";
    sized(outer, 3000, 800);
    box.style.overflowY = "auto";
    sized(box, 2000, 600);
    expect(scrollableAncestor(card)).toBe(box);
  });

  test("skips boxes that do not scroll, or that have nothing more to show", () => {
    const { outer, box, inner, card } = tree();
    inner.style.overflowY = "hidden";
    sized(inner, 2000, 600);
    box.style.overflowY = "scroll";
    sized(box, 600, 600);
    outer.style.overflowY = "scroll";
    sized(outer, 2400, 700);
    expect(scrollableAncestor(card)).toBe(outer);
  });

  test("is the window (null) when nothing between the pane and the page scrolls, as in Word", () => {
    const { card } = tree();
    document.body.style.overflowY = "auto";
    sized(document.body, 5000, 800);
    expect(scrollableAncestor(card)).toBeNull();
    expect(scrollableAncestor(null)).toBeNull();
    document.body.style.overflowY = "";
  });

  test("a correction moves the box, or the window when there is none", () => {
    const { box } = tree();
    box.scrollTop = 100;
    scrollDown(box, 40);
    expect(box.scrollTop).toBe(140);

    const scrollBy = jest.spyOn(window, "scrollBy").mockImplementation(() => undefined);
    scrollDown(null, -25);
    expect(scrollBy).toHaveBeenCalledWith(0, -25);
    scrollBy.mockClear();
    scrollDown(null, 0);
    expect(scrollBy).not.toHaveBeenCalled();
    scrollBy.mockRestore();
  });

  test("what is in view starts at the box's top edge, or the window's", () => {
    const { box } = tree();
    box.getBoundingClientRect = () => ({ top: 120 }) as DOMRect;
    expect(visibleTop(box)).toBe(120);
    box.getBoundingClientRect = () => ({ top: -50 }) as DOMRect;
    expect(visibleTop(box)).toBe(0);
    expect(visibleTop(null)).toBe(0);
  });
});
