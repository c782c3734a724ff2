import { isShadeOf } from "../../src/analysis/colour";

describe("isShadeOf", () => {
  it.each(["#0000FF", "#0070C0", "#002060", "#0000ff", "#4472C4", "#1F4E79"])("%s is blue", (shade) => {
    expect(isShadeOf(shade, "#0000FF")).toBe(true);
  });

  it.each(["#FF0000", "#C00000", "#E00000", "#FF3B30"])("%s is red", (shade) => {
    expect(isShadeOf(shade, "#FF0000")).toBe(true);
  });

  it.each<[string | null, string]>([
    ["#000000", "black"],
    ["#595959", "grey"],
    ["#00B050", "green"],
    ["#7030A0", "purple"],
    ["#FFC000", "orange"],
    ["#DDEBF7", "pale blue highlight"],
    [null, "automatic"],
    ["mixed", "mixed colours"],
  ])("%s (%s) is not blue", (shade) => {
    expect(isShadeOf(shade, "#0000FF")).toBe(false);
  });

  it("does not take blue for red", () => {
    expect(isShadeOf("#0070C0", "#FF0000")).toBe(false);
    expect(isShadeOf("#C00000", "#0000FF")).toBe(false);
  });
});
