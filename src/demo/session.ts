import type { SnapshotParagraph } from "../analysis/snapshot";
import type { WorkedExample } from "../examples";
import { labelledParagraphs } from "../examples";
import {
  createFakeWord,
  FakeWord,
  HOST_PRESETS,
  type ParagraphSpec,
  type RequirementSetVersions,
} from "../fake-word";
import type { WordHost, WordRun } from "../word";

/**
 * One simulated Word session: the strict fake Word, the host the real pane is handed, and a
 * change signal for the document view. Everything stays in this page's memory; reloading the page
 * forgets it.
 */

export type HostPresetName = "microsoft365" | "web" | "office2024" | "office2021";

/** The hosts the add-in supports (README, Hosts), each with the requirement sets it has. */
export const HOST_CHOICES: { id: HostPresetName; label: string }[] = [
  { id: "microsoft365", label: "Microsoft 365 (Windows or Mac)" },
  { id: "web", label: "Word on the web" },
  { id: "office2024", label: "Office LTSC 2024" },
  { id: "office2021", label: "Office LTSC 2021" },
];

const PRESETS: Record<HostPresetName, RequirementSetVersions> = {
  microsoft365: HOST_PRESETS.microsoft365,
  web: HOST_PRESETS.web,
  office2024: HOST_PRESETS.office2024,
  office2021: HOST_PRESETS.office2021,
};

export function isHostPresetName(name: string | null): name is HostPresetName {
  return HOST_CHOICES.some((choice) => choice.id === name);
}

/** The comment author for the pane's comments in the demo (Word uses the signed-in user's name). */
export const DEMO_USER = "Sam Worker (demo)";

/** A worked example's paragraphs as the fake's paragraph specs. */
export function exampleSpecs(example: WorkedExample): ParagraphSpec[] {
  return labelledParagraphs(example).map(toSpec);
}

function toSpec(paragraph: SnapshotParagraph): ParagraphSpec {
  return {
    text: paragraph.text,
    styleBuiltIn: paragraph.styleBuiltIn === "Other" ? "Normal" : paragraph.styleBuiltIn,
    colour: paragraph.colour === "mixed" ? null : paragraph.colour,
    bold: paragraph.bold === true,
    ...(paragraph.inList ? { list: 1 } : {}),
    ...(paragraph.contentControlTag ? { contentControlTag: paragraph.contentControlTag } : {}),
  };
}

let sessions = 0;

export class DemoSession {
  /** Distinguishes sessions, so the pane starts afresh with each document or host. */
  readonly id = ++sessions;
  readonly host: WordHost;
  private version = 0;
  private signature = "";
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly fake: FakeWord,
    readonly preset: HostPresetName,
  ) {
    const run: WordRun = (batch) => fake.run(batch).finally(() => this.changed());
    const office = fake.office.document;
    this.host = {
      run,
      requirements: fake.requirements,
      document: office,
      officeSettings: office.settings,
      isVisible: () => document.visibilityState === "visible",
    };
    this.signature = this.currentSignature();
  }

  static create(paragraphs: ParagraphSpec[], preset: HostPresetName): DemoSession {
    return new DemoSession(
      createFakeWord(paragraphs.length > 0 ? paragraphs : [""], {
        requirementSets: PRESETS[preset],
        userName: DEMO_USER,
      }),
      preset,
    );
  }

  /** The same document opened on another host, as saving it and opening it elsewhere would. */
  reopenOn(preset: HostPresetName): DemoSession {
    const fake = FakeWord.open(this.fake.model.save(), {
      requirementSets: PRESETS[preset],
      userName: DEMO_USER,
    });
    return new DemoSession(fake, preset);
  }

  get model() {
    return this.fake.model;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** Called after every change a person or the pane may have made; redraws only on a real change. */
  changed(): void {
    const next = this.currentSignature();
    if (next === this.signature) return;
    this.signature = next;
    this.version++;
    this.listeners.forEach((listener) => listener());
  }

  private currentSignature(): string {
    const model = this.fake.model;
    return JSON.stringify([
      model.paragraphs.map((p) => [p.id, p.runs, p.mark, p.styleBuiltIn, p.list, p.cell, p.controls]),
      model.comments.map((c) => [c.id, c.content, c.authorName, c.anchor.start.paragraph.id]),
      model.selectionPosition(),
    ]);
  }
}
