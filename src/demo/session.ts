import type { SnapshotParagraph } from "../analysis/snapshot";
import type { WorkedExample } from "../examples";
import { labelledParagraphs } from "../examples";
import {
  createFakeWord,
  FakeWord,
  HOST_PRESETS,
  type ParagraphSpec,
  type SavedDocument,
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

/** Who is signed in to the simulated Word: comments the pane writes go under their name, as in Word. */
export const DEMO_USERS: { name: string; role: string }[] = [
  { name: DEMO_USER, role: "social worker" },
  { name: "Alex Manager (demo)", role: "team manager" },
  { name: "Jo Educator (demo)", role: "practice educator" },
];

/** How many changes Ctrl+Z can take back. */
const UNDO_LIMIT = 100;

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
  /** The document before each change, newest last, for Ctrl+Z (as Word keeps its undo list). */
  private readonly history: SavedDocument[] = [];
  private contentSignature = "";
  private lastSaved: SavedDocument;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly fake: FakeWord,
    readonly preset: HostPresetName,
    readonly user: string = DEMO_USER,
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
    this.contentSignature = this.currentContentSignature();
    this.lastSaved = fake.model.save();
  }

  static create(paragraphs: ParagraphSpec[], preset: HostPresetName, user = DEMO_USER): DemoSession {
    return new DemoSession(
      createFakeWord(paragraphs.length > 0 ? paragraphs : [""], {
        requirementSets: PRESETS[preset],
        userName: user,
      }),
      preset,
      user,
    );
  }

  /** The same document opened on another host, as saving it and opening it elsewhere would. */
  reopenOn(preset: HostPresetName): DemoSession {
    return this.reopen(preset, this.user);
  }

  /** The same document opened by someone else: the manager reviewing the worker's summary. */
  reopenAs(user: string): DemoSession {
    return this.reopen(this.preset, user);
  }

  private reopen(preset: HostPresetName, user: string): DemoSession {
    const fake = FakeWord.open(this.fake.model.save(), { requirementSets: PRESETS[preset], userName: user });
    return new DemoSession(fake, preset, user);
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
    // A change of text, formatting or comments (not the cursor moving) can be undone.
    const content = this.currentContentSignature();
    if (content !== this.contentSignature) {
      this.contentSignature = content;
      this.history.push(this.lastSaved);
      if (this.history.length > UNDO_LIMIT) this.history.shift();
      this.lastSaved = this.fake.model.save();
    }
    this.version++;
    this.listeners.forEach((listener) => listener());
  }

  /** Whether Ctrl+Z has anything to take back. */
  get canUndo(): boolean {
    return this.history.length > 0;
  }

  /** Ctrl+Z: takes back the last change, the pane's (a Fix, the template) or the person's. */
  undo(): boolean {
    const previous = this.history.pop();
    if (!previous) return false;
    this.fake.model.revertTo(previous);
    this.lastSaved = previous;
    this.contentSignature = this.currentContentSignature();
    this.signature = this.currentSignature();
    this.version++;
    this.listeners.forEach((listener) => listener());
    return true;
  }

  private currentContentSignature(): string {
    const model = this.fake.model;
    return JSON.stringify([
      model.paragraphs.map((p) => [p.runs, p.mark, p.styleBuiltIn, p.list, p.cell, p.controls.length]),
      model.comments.map((c) => [c.content, c.resolved, c.replies.length]),
    ]);
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
