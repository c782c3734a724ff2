/**
 * Which requirement sets the fake host supports, answering `isSetSupported` as Office does.
 * Presets match the hosts the add-in meets: Office 2019 stops at WordApi 1.3.
 */

export type RequirementSetVersions = Readonly<Record<string, string>>;

export const HOST_PRESETS = {
  /** Word 2019 (volume licensed): WordApi 1.3, no comments, settings or events through Word's API. */
  office2019: { WordApi: "1.3" },
  /** WordApi 1.4: comments and document settings; no events. */
  wordApi14: { WordApi: "1.4" },
  /** WordApi 1.5: content control events, not paragraph events. */
  wordApi15: { WordApi: "1.5" },
  /** Microsoft 365 and Word on the web today. */
  microsoft365: { WordApi: "1.9", WordApiDesktop: "1.4" },
} satisfies Record<string, RequirementSetVersions>;

function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export class FakeRequirements {
  constructor(readonly versions: RequirementSetVersions = HOST_PRESETS.microsoft365) {}

  /** Office.context.requirements.isSetSupported: true when the host supports this set at this version or later. */
  isSetSupported(name: string, minVersion?: string | number): boolean {
    const supported = Object.entries(this.versions).find(
      ([set]) => set.toLowerCase() === name.toLowerCase(),
    )?.[1];
    if (supported === undefined) return false;
    if (minVersion === undefined) return true;
    const wanted = typeof minVersion === "number" ? minVersion.toFixed(1) : minVersion;
    return compareVersions(supported, wanted) >= 0;
  }

  private answers = new Map<string, boolean>();

  /** "WordApi 1.4" style names, as the Word API reference writes them. */
  supports(apiSet: string): boolean {
    let answer = this.answers.get(apiSet);
    if (answer === undefined) {
      const [name, version] = apiSet.split(" ");
      answer = this.isSetSupported(name!, version);
      this.answers.set(apiSet, answer);
    }
    return answer;
  }
}
