import { FakeRequirements, HOST_PRESETS } from "../../src/fake-word";
import { getCapabilities, MINIMUM_REQUIREMENT_SET } from "../../src/word";

describe("getCapabilities", () => {
  it("offers everything on Microsoft 365", () => {
    const caps = getCapabilities(new FakeRequirements(HOST_PRESETS.microsoft365));
    expect(caps).toMatchObject({
      core: true,
      comments: true,
      documentSettings: true,
      follow: "paragraph-events",
      unavailable: [],
    });
  });

  it("keeps the core on Office LTSC 2021 (WordApi 1.3) and explains what is missing", () => {
    const caps = getCapabilities(new FakeRequirements(HOST_PRESETS.office2021));
    expect(caps.core).toBe(true);
    expect(caps.comments).toBe(false);
    expect(caps.follow).toBe("selection-and-poll");
    expect(caps.unavailable.map((u) => u.feature)).toEqual(["comments", "live-checking"]);
    expect(caps.unavailable[0]!.reason).toMatch(/doesn't let add-ins write comments/);
  });

  it("uses content control events on WordApi 1.5 and says so", () => {
    const caps = getCapabilities(new FakeRequirements(HOST_PRESETS.wordApi15));
    expect(caps.follow).toBe("content-control-events");
    expect(caps.unavailable.map((u) => u.reason).join(" ")).toMatch(
      /only about changes inside the template's sections/,
    );
  });

  it("refuses the core below the minimum set and says which Word is needed", () => {
    const caps = getCapabilities(new FakeRequirements({ WordApi: "1.2" }));
    expect(caps.core).toBe(false);
    expect(caps.unavailable[0]!.reason).toMatch(/Office LTSC 2021 or later/);
    expect(MINIMUM_REQUIREMENT_SET).toEqual({ name: "WordApi", version: "1.3" });
  });
});
