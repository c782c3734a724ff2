import fc from "fast-check";
import { quotationSpans } from "../../../src/analysis/rules/child-voice";

/** The pattern the scanner replaces: right, but quadratic on an unclosed quote. */
const EARLIER =
  /“([^”]+)”|‘((?:[^’]|’(?=\p{L}))+)’(?!\p{L})|"([^"]+)"|(?<!\p{L})'((?:[^']|'(?=\p{L}))+)'(?!\p{L})/gu;

describe("finding quotations", () => {
  it("finds exactly what the earlier pattern found, on any mix of quotes, letters and spaces", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("“", "”", "‘", "’", '"', "'", "a", "é", " ", "Maya", "𝒜", "."), {
          maxLength: 40,
        }),
        (pieces) => {
          const text = pieces.join("");
          const expected = [...text.matchAll(EARLIER)].map((m) => [m.index, m.index + m[0].length]);
          expect(quotationSpans(text).map((q) => [q.start, q.end])).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads realistic quotations, not apostrophes", () => {
    const text = "Maya said “I don’t want to go” and ‘Mum’s boyfriend shouts’. It's 'fine' she said.";
    expect(quotationSpans(text).map((q) => q.text)).toEqual([
      "“I don’t want to go”",
      "‘Mum’s boyfriend shouts’",
      "'fine'",
    ]);
  });
});
