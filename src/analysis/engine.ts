import { expecter } from "./plans/freshness";
import { builtInPacks } from "./built-in-packs";
import type { Pack, RuleConfig, Severity } from "../guidance/schema";
import { AnalysedDocument } from "./document";
import { capitaliseFirst, fillChildName } from "./fill";
import { nameFromTitle } from "./reading/child-name";
import { builtInRules } from "./rules";
import { findingSource, sectionGuidance, sourceOf } from "./guidance-sources";
import { messageText } from "./rules/messages";
import { effectiveOptions } from "./rules/options";
import { choosePack, recogniseStructure } from "./sections";
import type { DocumentSnapshot } from "./snapshot";
import type {
  DocumentStructure,
  Finding,
  Prompt,
  ReportDescriptor,
  ReportedFinding,
  RuleModule,
  SectionOccurrence,
  SectionView,
  SourcedNotes,
  TextLocation,
} from "./types";

export type RuleRegistry = ReadonlyMap<string, RuleModule<unknown>>;

export interface AnalyseOptions {
  /**
   * The pack to check against; when absent, the best fit of `packs` (the built-in packs unless
   * given) is chosen from the headings.
   */
  pack?: Pack;
  packs?: readonly Pack[];
  /** The child's name as the worker gave it; when absent it is read from the headings. */
  childName?: string | null;
  /** The date to judge "overdue" against; defaults to now. */
  today?: Date;
  /** Ids of findings the worker has dismissed. */
  dismissed?: readonly string[];
  rules?: RuleRegistry;
}

export type SectionState = "done" | "needs-attention" | "missing";

export interface SectionSummary {
  key: string;
  /** The heading as the template writes it, with the child's name filled in. */
  heading: string;
  found: boolean;
  /** The heading as written in the document, when found. */
  headingText: string | null;
  location: TextLocation | null;
  state: SectionState;
  counts: Record<Severity, number>;
  /** What the guidance asks of this section, check by check, for a manager's review. */
  checklist: ChecklistItem[];
  /** What the guidance says belongs under this heading, grouped by the paragraph it cites. */
  guidance: SourcedNotes[];
}

/**
 * One thing the guidance asks: a check as the pack configures it for a section, or for the whole
 * summary. Items, not findings, are what every view counts ("Required items met: 14 of 18"): one
 * item may have several findings (a safety plan missing three things is one item not met).
 */
export interface ChecklistItem {
  rule: string;
  /** The section it belongs to, or null for the whole summary. */
  section: string | null;
  severity: Severity;
  guidance: string;
  status: "met" | "not-met" | "dismissed";
  /** Ids of its open findings: why it is not met. */
  findingIds: string[];
}

export interface AnalysisResult {
  pack: Pack;
  childName: string | null;
  sections: SectionSummary[];
  /** Open findings, most serious first, then in the pack's section order. */
  findings: Finding[];
  /** Findings the worker dismissed, kept so the pane can restore them. */
  dismissedFindings: Finding[];
  prompts: Prompt[];
  /** What the guidance asks of the whole summary, beyond any one section (the date, the name…). */
  documentChecklist: ChecklistItem[];
  /** Every recognised heading in document order with the paragraphs under it, so the pane can tell which section the cursor is in. */
  occurrences: SectionOccurrence[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One-shot analysis. */
export function analyse(snapshot: DocumentSnapshot, options: AnalyseOptions = {}): AnalysisResult {
  return createAnalyser().analyse(snapshot, options);
}

/**
 * An analyser that remembers each section's findings and re-checks only the sections whose
 * paragraphs changed since the last run, as the worker types.
 */
export function createAnalyser(): {
  analyse(snapshot: DocumentSnapshot, options?: AnalyseOptions): AnalysisResult;
} {
  // Keyed by the pack itself, not its id: an organisation's pack may reuse a built-in id.
  const sectionCache = new WeakMap<Pack, Map<string, { signature: string; findings: RelativeFinding[] }>>();

  return {
    analyse(snapshot, options = {}) {
      const registry = options.rules ?? builtInRules;
      const givenName = options.childName?.trim() || null;
      const pack = options.pack ?? choosePack(snapshot, options.packs ?? builtInPacks, givenName);
      let packCache = sectionCache.get(pack);
      if (!packCache) {
        packCache = new Map();
        sectionCache.set(pack, packCache);
      }
      const structure = withTitleName(snapshot, recogniseStructure(snapshot, pack, givenName));
      const document = new AnalysedDocument(snapshot, structure);
      const today = options.today ?? new Date();
      // Messages use the first name: "Kai", not "Kai Brennan" in every sentence.
      const childLabel = structure.childName?.split(/\s+/)[0] ?? "the child";
      const reported: ReportedFinding[] = [];

      // Computed only if a section has a rule that reads beyond it, and then once.
      let wholeText: string | null = null;
      const wholeDocument = () => (wholeText ??= JSON.stringify(snapshot.paragraphs.map((p) => p.text)));
      for (const section of document.sections) {
        const readsBeyond = section.spec.rules.some(
          (config) => registry.get(config.rule)?.meta.readsOtherSections,
        );
        const signature =
          sectionSignature(document, section, pack, childLabel, today) + (readsBeyond ? wholeDocument() : "");
        const cached = packCache.get(section.key);
        let relative: RelativeFinding[];
        if (cached && cached.signature === signature) {
          relative = cached.findings;
        } else {
          const produced: ReportedFinding[] = [];
          for (const config of section.spec.rules) {
            runRule(registry, config, document, section, childLabel, today, produced);
          }
          relative = produced.map((f) => toRelative(f, section));
          packCache.set(section.key, { signature, findings: relative });
        }
        reported.push(...relative.map((f) => fromRelative(f, section)));
      }
      for (const config of pack.rules) runRule(registry, config, document, null, childLabel, today, reported);

      const dismissed = new Set(options.dismissed ?? []);
      const ordered = withExpectations(uniqueIds(sortFindings(reported, pack)), snapshot).map(
        (finding): Finding => ({ ...finding, source: findingSource(pack, finding) }),
      );
      const open = ordered.filter((f) => !dismissed.has(f.id));
      return {
        pack,
        childName: structure.childName,
        ...summarise(document, open, ordered, registry),
        findings: open,
        dismissedFindings: ordered.filter((f) => dismissed.has(f.id)),
        prompts: promptsFor(pack, structure.childName),
        occurrences: structure.occurrences,
      };
    },
  };
}

/** Each fix says what it expects of the document, so the Word layer can apply it without a snapshot. */
function withExpectations(findings: ReportedFinding[], snapshot: DocumentSnapshot): ReportedFinding[] {
  const expect = expecter(snapshot);
  return findings.map((finding) => {
    const fix = finding.fix;
    if (!fix) return finding;
    const targets = fix.kind === "set-colour" ? fix.paragraphs : [fix.location.paragraph];
    return { ...finding, fix: { ...fix, expects: expect(targets) } };
  });
}

/**
 * Templates whose headings carry no [Child's Name] give no name to learn; the title line usually
 * does ("Case Summary – Ellie Carter"), so messages and prompts can use it.
 */
function withTitleName(snapshot: DocumentSnapshot, structure: DocumentStructure): DocumentStructure {
  if (structure.childName) return structure;
  const fromTitle = nameFromTitle(new AnalysedDocument(snapshot, structure));
  return fromTitle ? { ...structure, childName: fromTitle.name } : structure;
}

const parsedOptions = new WeakMap<RuleConfig, unknown>();

function runRule(
  registry: RuleRegistry,
  config: RuleConfig,
  document: AnalysedDocument,
  section: SectionView | null,
  childLabel: string,
  today: Date,
  into: ReportedFinding[],
): void {
  const rule = registry.get(config.rule);
  if (!rule) throw new Error(`The pack names a check "${config.rule}" that does not exist.`);
  if ((rule.meta.scope === "section") !== (section !== null)) return;
  let options = parsedOptions.get(config);
  if (options === undefined) {
    options = effectiveOptions(rule, config.options);
    parsedOptions.set(config, options);
  }
  const severity = config.severity ?? rule.meta.defaultSeverity;
  rule.check({
    options,
    document,
    section,
    childLabel,
    today,
    report(descriptor: ReportDescriptor) {
      const sectionKey = descriptor.section !== undefined ? descriptor.section : (section?.key ?? null);
      into.push({
        id: `${rule.meta.id}/${sectionKey ?? "document"}${descriptor.key ? `/${descriptor.key}` : ""}`,
        rule: rule.meta.id,
        severity,
        section: sectionKey,
        message: capitaliseFirst(messageText(rule, config, descriptor)),
        guidance: config.citation,
        location: descriptor.location ?? null,
        ...(descriptor.fix ? { fix: descriptor.fix } : {}),
        ...(config.layer ? { layer: config.layer } : {}),
      });
    },
  });
}

/** Everything a section's findings depend on, so an unchanged section need not be checked again. */
function sectionSignature(
  document: AnalysedDocument,
  section: SectionView,
  pack: Pack,
  childLabel: string,
  today: Date,
): string {
  const occurrence = section.occurrence;
  const paragraphs = occurrence
    ? [occurrence.headingParagraph, ...occurrence.body].map((i) => document.paragraph(i))
    : [];
  return JSON.stringify([pack.id, childLabel, today.toDateString(), occurrence?.recognisedBy, paragraphs]);
}

/** A finding whose paragraph numbers count from the section's heading, so it survives edits above. */
type RelativeFinding = ReportedFinding;

function shift(finding: ReportedFinding, by: number): ReportedFinding {
  const location = finding.location
    ? { ...finding.location, paragraph: finding.location.paragraph + by }
    : null;
  let fix = finding.fix;
  if (fix?.kind === "set-colour") fix = { ...fix, paragraphs: fix.paragraphs.map((p) => p + by) };
  if (fix?.kind === "replace-text")
    fix = { ...fix, location: { ...fix.location, paragraph: fix.location.paragraph + by } };
  return { ...finding, location, ...(fix ? { fix } : {}) };
}

function toRelative(finding: ReportedFinding, section: SectionView): RelativeFinding {
  return section.occurrence ? shift(finding, -section.occurrence.headingParagraph) : finding;
}

function fromRelative(finding: RelativeFinding, section: SectionView): ReportedFinding {
  return section.occurrence ? shift(finding, section.occurrence.headingParagraph) : finding;
}

function sortFindings(findings: ReportedFinding[], pack: Pack): ReportedFinding[] {
  const sectionOrder = new Map(pack.sections.map((s, i) => [s.key, i]));
  const order = (f: ReportedFinding) =>
    f.section === null ? -1 : (sectionOrder.get(f.section) ?? pack.sections.length);
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      order(a) - order(b) ||
      (a.location?.paragraph ?? -1) - (b.location?.paragraph ?? -1) ||
      (a.location?.start ?? -1) - (b.location?.start ?? -1),
  );
}

/** Two findings of one rule in one place get distinct ids, so dismissing one leaves the other. */
function uniqueIds(findings: ReportedFinding[]): ReportedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const count = (seen.get(finding.id) ?? 0) + 1;
    seen.set(finding.id, count);
    return count === 1 ? finding : { ...finding, id: `${finding.id}#${count}` };
  });
}

/** Each section's state and checklist, and the whole summary's: every item claims its findings. */
function summarise(
  document: AnalysedDocument,
  findings: Finding[],
  allFindings: Finding[],
  registry: RuleRegistry,
): { sections: SectionSummary[]; documentChecklist: ChecklistItem[] } {
  const claimed = new Set<string>();
  const item = (
    config: RuleConfig,
    section: string | null,
    concerns: (finding: Finding) => boolean,
  ): ChecklistItem => {
    const open = findings.filter(concerns);
    for (const f of allFindings) if (concerns(f)) claimed.add(f.id);
    const status = open.length > 0 ? "not-met" : allFindings.some(concerns) ? "dismissed" : "met";
    const severity = config.severity ?? registry.get(config.rule)?.meta.defaultSeverity ?? "warning";
    return {
      rule: config.rule,
      section,
      severity,
      guidance: config.citation,
      status,
      findingIds: open.map((f) => f.id),
    };
  };

  const presence = document.pack.rules.find((config) => registry.get(config.rule)?.meta.checksPresence);
  const sections = document.sections.map((section): SectionSummary => {
    const configs = [...(section.spec.required && presence ? [presence] : []), ...section.spec.rules];
    const checklist = configs.map((config) => {
      // Several configurations of one rule in a section (required-topic) are told apart by topic.
      const instance = registry.get(config.rule)?.meta.instanceOption;
      const topic =
        instance !== undefined && typeof config.options[instance] === "string"
          ? config.options[instance]
          : null;
      return item(
        config,
        section.key,
        (f) =>
          f.rule === config.rule &&
          f.section === section.key &&
          (topic === null || f.id.split("#")[0] === `${config.rule}/${section.key}/${topic}`),
      );
    });
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of findings) if (f.section === section.key) counts[f.severity]++;
    const found = section.occurrence !== null;
    const state: SectionState = !found
      ? "missing"
      : counts.error + counts.warning > 0
        ? "needs-attention"
        : "done";
    return {
      key: section.key,
      heading: fillChildName(section.spec.heading, document.childName),
      found,
      headingText: section.occurrence?.headingText ?? null,
      location: document.headingLocation(section),
      state,
      counts,
      checklist,
      guidance: sectionGuidance(section.spec),
    };
  });
  // The whole summary's checks: what they find that no section's item has claimed.
  const documentChecklist = document.pack.rules
    .filter((config) => registry.get(config.rule)?.meta.scope === "document")
    .map((config) => item(config, null, (f) => f.rule === config.rule && !claimed.has(f.id)));
  return { sections, documentChecklist };
}

export function promptsFor(pack: Pack, childName: string | null): Prompt[] {
  const fromSections = pack.sections.flatMap((section) =>
    section.prompts.map((p) => ({
      section: section.key,
      text: fillChildName(p.text, childName),
      guidance: p.citation,
      ...(p.layer ? { layer: p.layer } : {}),
      source: sourceOf(p.citation),
    })),
  );
  const general = pack.prompts.map((p) => ({
    section: null,
    text: fillChildName(p.text, childName),
    guidance: p.citation,
    ...(p.layer ? { layer: p.layer } : {}),
    source: sourceOf(p.citation),
  }));
  return [...fromSections, ...general];
}
