/**
 * Which requirement sets the fake host supports, answering `isSetSupported` as Office does. The
 * presets are the hosts the add-in supports, with the sets Microsoft's requirement-set tables give
 * each (Word API, Dialog API and Shared runtime requirement sets; checked 2026-12):
 *
 * - Office LTSC 2021 (volume licensed): WordApi 1.3, DialogApi 1.2, no SharedRuntime; add-ins run
 *   in WebView2, which is installed with Office 2021.
 * - Office LTSC 2024: WordApi 1.8, WordApiDesktop 1.1, DialogApi 1.2, SharedRuntime 1.1.
 * - Microsoft 365 on Windows and Mac: WordApi 1.9, WordApiDesktop 1.4, DialogApi 1.2, SharedRuntime 1.1.
 * - Word on the web: WordApi 1.9 (WordApiDesktop is "not applicable"), DialogApi 1.2, SharedRuntime 1.1.
 *
 * Office 2019 volume licensed is not a preset: it runs add-ins in Internet Explorer 11, where the
 * pane cannot load (see README, Hosts). `wordApi14` and `wordApi15` are not products; they are for
 * tests of what each requirement set adds.
 */

export type RequirementSetVersions = Readonly<Record<string, string>>;

export const HOST_PRESETS = {
  /** Office LTSC 2021: the oldest host supported. No comments, settings or events through Word's API. */
  office2021: { WordApi: "1.3", DialogApi: "1.2" },
  /** Office LTSC 2024. */
  office2024: { WordApi: "1.8", WordApiDesktop: "1.1", DialogApi: "1.2", SharedRuntime: "1.1" },
  /** Microsoft 365 on Windows and Mac today. */
  microsoft365: { WordApi: "1.9", WordApiDesktop: "1.4", DialogApi: "1.2", SharedRuntime: "1.1" },
  /** Word on the web today. */
  web: { WordApi: "1.9", DialogApi: "1.2", SharedRuntime: "1.1" },
  /** WordApi 1.4 alone: comments and document settings; no events. */
  wordApi14: { WordApi: "1.4" },
  /** WordApi 1.5 alone: content control events, not paragraph events. */
  wordApi15: { WordApi: "1.5" },
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
