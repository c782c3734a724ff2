import {
  expressesAspiration,
  isConditionalAction,
  observesBehaviour,
  onlyReviews,
  readsAsAnalysis,
  speaksOfACopy,
} from "../../../src/analysis/reading/meaning";

describe("reading a sentence for what it says", () => {
  it("takes a conditional with an action for a plan, however it is worded", () => {
    for (const yes of [
      "If Wayne returns to the house we will hold a strategy discussion the same day and seek legal advice.",
      "Should Jade go missing overnight again, we would convene a strategy meeting.",
      "We will seek legal advice if Dad moves back in.",
      "In the event that Mum relapses, Nan will care for Leo.",
    ])
      expect(isConditionalAction(yes, { setbacksOnly: true })).toBe(true);
    for (const no of [
      "Mum will attend the programme.",
      "If Kai is happy, that is good.",
      "If Maya's attendance improves, we will close the case at the next review.",
    ])
      expect(isConditionalAction(no, { setbacksOnly: true })).toBe(false);
    // In a safety plan "when" opens a condition too.
    expect(isConditionalAction("When Jayden comes home, Marcia will let him sleep.", { when: true })).toBe(
      true,
    );
  });

  it("knows a routine review from a plan B", () => {
    expect(onlyReviews("If things don't improve, we will review the plan.")).toBe(true);
    expect(onlyReviews("If things don't improve, we will seek legal advice.")).toBe(false);
  });

  it("reads hopes for the future, not denials, past wishes or a parent's wish", () => {
    for (const yes of [
      "Kai wants a motor vehicle apprenticeship next September.",
      "She hopes to become a hairdresser.",
      "Her dream is to open a salon.",
      "She would like to go to college.",
    ])
      expect(expressesAspiration(yes)).toBe(true);
    for (const no of [
      "Kai does not want to go back to Oakwood.",
      "He wanted to be a vet when he was little.",
      "Mum wants Kai home by ten.",
    ])
      expect(expressesAspiration(no)).toBe(false);
  });

  it("reads a copy of the plan in someone's hands, and not a photo sent to the police", () => {
    expect(
      speaksOfACopy("Kai and Mum each have a printed copy, and Kai keeps a photo of it on his phone."),
    ).toBe(true);
    expect(speaksOfACopy("A copy was given to Nan.")).toBe(true);
    expect(speaksOfACopy("Marcia will send police a recent photo and a list of places he might be.")).toBe(
      false,
    );
  });

  it("reads what a baby is seen doing", () => {
    const amara = new Set(["amara"]);
    expect(
      observesBehaviour("She laughs when her brother blows raspberries and cries at raised voices.", amara),
    ).toBe(true);
    expect(observesBehaviour("Amara reaches for keys.", amara)).toBe(true);
    expect(observesBehaviour("Amara lives with Mum.", amara)).toBe(false);
  });

  it("reads standing back from events as analysis, in the worker's own words", () => {
    expect(readsAsAnalysis("I see that as evidence the plan is working rather than failing.")).toBe(true);
    expect(readsAsAnalysis("Dad stepped in, so Leah has not been left on her own.")).toBe(true);
    expect(readsAsAnalysis("Mum has been referred to Horizons.")).toBe(false);
  });
});
