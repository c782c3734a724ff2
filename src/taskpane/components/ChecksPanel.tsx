import { tallyItems, metText, tally } from "../../analysis/tally";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type ReactElement,
  type RefObject,
} from "react";
import type { AnalysisResult, ChecklistItem, SectionSummary } from "../../analysis/engine";
import type { Finding } from "../../analysis/types";
import { scrollableAncestor, scrollDown, visibleTop } from "../scrolling";
import { CheckNavigator, type Selection } from "./CheckNavigator";
import { FindingCard } from "./FindingCard";
import { SeverityCount, StateLabel, type ShownState } from "./severity";
import { words } from "../words";

export interface ChecksPanelProps {
  analysis: AnalysisResult;
  busy: string | null;
  /**
   * The section the cursor is in (its key), or null when it is in none. Its checks come first and
   * open; a section counts as visited once the cursor has been in it and left.
   */
  cursorSection?: string | null;
  onGoTo(finding: Finding): void;
  onFix(finding: Finding): void;
  onDismiss(id: string): void;
  onRestore(id: string): void;
  onGoToSection(section: SectionSummary): void;
  /**
   * The sections the worker has been in and left, kept by the pane so that they stay visited
   * when the worker goes to Review or Teach and back (this panel is not in the page meanwhile).
   */
  visitedStore?: { current: ReadonlySet<string> };
}

/** The key of the whole summary's group, which no section of a pack has. */
const WHOLE = " whole-summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  top: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  summary: { flexGrow: 1, flexBasis: "12em", minWidth: 0 },
  count: { margin: 0, outlineStyle: "none" },
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    minWidth: 0,
  },
  toggle: {
    width: "100%",
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "start",
    paddingLeft: 0,
    overflowWrap: "anywhere",
    fontWeight: tokens.fontWeightSemibold,
  },
  line: {
    margin: 0,
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    paddingLeft: tokens.spacingHorizontalXL,
    fontSize: tokens.fontSizeBase200,
  },
  content: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  goTo: { alignSelf: "flex-start" },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dismissed: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** One line of the checks: a section, or the whole summary. */
interface Group {
  key: string;
  heading: string;
  /** Null for the whole summary. */
  section: SectionSummary | null;
  findings: Finding[];
  items: ChecklistItem[];
  state: ShownState;
}

/** Whether nothing is written under the section's heading (its "nothing is written" check). */
function isEmpty(analysis: AnalysisResult, key: string): boolean {
  const empty = (f: Finding) => f.section === key && f.rule === "section-empty";
  return analysis.findings.some(empty) || analysis.dismissedFindings.some(empty);
}

/**
 * The checks, section by section: the section the cursor is in first and open, one card at a
 * time; every other section one line with what it still needs (by icon and word), opened on
 * demand; a section nobody has written in yet "Not started" until the worker has been in it and
 * left it, or chooses Show all checks.
 */
export function ChecksPanel(props: ChecksPanelProps): ReactElement {
  const { analysis, busy } = props;
  const styles = useStyles();
  const current = props.cursorSection ?? null;
  const [showAll, setShowAll] = useState(false);
  const [selections, setSelections] = useState<Record<string, Selection>>({});
  // A restored check: its section opens at it, and focus follows it there.
  const [reveal, setReveal] = useState<string | null>(null);
  const [place, setPlace] = useState<{
    cursor: string | null;
    visited: ReadonlySet<string>;
    opened: Readonly<Record<string, boolean>>;
  }>(() => ({ cursor: current, visited: props.visitedStore?.current ?? new Set(), opened: {} }));
  let { visited, opened } = place;
  if (place.cursor !== current) {
    // The cursor has moved: the section it left is visited, and the one it left and the one it
    // entered open and close with it again, whatever the worker chose for them before.
    const left = place.cursor;
    visited = left !== null && !visited.has(left) ? new Set([...visited, left]) : visited;
    const moved = new Set([left ?? WHOLE, current ?? WHOLE]);
    opened = Object.fromEntries(Object.entries(opened).filter(([key]) => !moved.has(key)));
    setPlace({ cursor: current, visited, opened });
  }

  const shownState = (section: SectionSummary): ShownState =>
    section.found && !showAll && !visited.has(section.key) && isEmpty(analysis, section.key)
      ? "not-started"
      : section.state;
  const wholeFindings = analysis.findings.filter((f) => f.section === null);
  const whole: Group[] =
    wholeFindings.length > 0
      ? [
          {
            key: WHOLE,
            heading: words.checks.wholeSummary,
            section: null,
            findings: wholeFindings,
            items: analysis.documentChecklist,
            state: "needs-attention",
          },
        ]
      : [];
  const sections: Group[] = analysis.sections.map((section) => ({
    key: section.key,
    heading: section.heading,
    section,
    findings: analysis.findings.filter((f) => f.section === section.key),
    items: section.checklist,
    state: shownState(section),
  }));
  const here = sections.find((g) => g.key === current);
  const groups = here ? [here, ...whole, ...sections.filter((g) => g !== here)] : [...whole, ...sections];
  // Outside every section the whole summary's checks open, once anything has been written.
  const written = sections.some((g) => g.section?.found && g.state !== "not-started");
  const hereKey = here ? here.key : written ? WHOLE : null;
  const revealIn = reveal ? groups.find((g) => g.findings.some((f) => f.id === reveal)) : undefined;
  const isOpen = (group: Group) =>
    group === revealIn || (opened[group.key] ?? (showAll || group.key === hereKey));
  const selectionOf = (group: Group): Selection | undefined =>
    group === revealIn && reveal
      ? { id: reveal, index: group.findings.findIndex((f) => f.id === reveal) }
      : selections[group.key];
  const notStarted = sections.filter((g) => g.state === "not-started").length;

  useEffect(() => {
    if (!reveal || !revealIn) return;
    // The restored check is shown: keep it chosen and its section open, then forget the request.
    const index = revealIn.findings.findIndex((f) => f.id === reveal);
    setSelections((chosen) => ({ ...chosen, [revealIn.key]: { id: reveal, index } }));
    setPlace((was) => ({
      ...was,
      visited: new Set([...was.visited, revealIn.key]),
      opened: { ...was.opened, [revealIn.key]: true },
    }));
    setReveal(null);
  }, [reveal, revealIn]);

  const { visitedStore } = props;
  useEffect(() => {
    if (visitedStore) visitedStore.current = place.visited;
  }, [visitedStore, place.visited]);

  const root = useRef<HTMLDivElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const { onFocus, onBlur } = useReadingPlace(root, summary, analysis, current);
  const groupsId = useId();

  return (
    <div className={styles.root} ref={root} onFocus={onFocus} onBlur={onBlur}>
      <div className={styles.top}>
        <div className={styles.summary}>
          {/* The one count, worded as every view words it; what is not started is said beside it. */}
          <p className={styles.count} role="status" ref={summary} tabIndex={-1}>
            {metText(tally(analysis))}
          </p>
          {notStarted > 0 && <p className={styles.count}>{words.checks.notStarted(notStarted)}</p>}
        </div>
        <Button
          size="small"
          aria-expanded={showAll}
          aria-controls={groupsId}
          onClick={() => {
            setShowAll((all) => !all);
            setPlace((was) => ({ ...was, opened: {} }));
          }}
        >
          {showAll ? words.checks.showFewer : words.checks.showAll}
        </Button>
      </div>
      <div className={styles.groups} id={groupsId}>
        {groups.map((group) => (
          <CheckGroup
            key={group.key}
            group={group}
            open={isOpen(group)}
            onToggle={(open) => setPlace((was) => ({ ...was, opened: { ...was.opened, [group.key]: open } }))}
            onGoToSection={props.onGoToSection}
          >
            <CheckNavigator
              findings={group.findings}
              selection={selectionOf(group)}
              onSelect={(selection) => setSelections((chosen) => ({ ...chosen, [group.key]: selection }))}
              busy={busy}
              onGoTo={props.onGoTo}
              onFix={props.onFix}
              onDismiss={(finding) => props.onDismiss(finding.id)}
            />
          </CheckGroup>
        ))}
      </div>
      <DismissedList
        analysis={analysis}
        busy={busy}
        onRestore={(id) => {
          setReveal(id);
          props.onRestore(id);
        }}
      />
    </div>
  );
}

/** "Required: 2 of 4 met", "Recommended: 3 of 5 met", "1 suggestion": the items, as every view counts them. */
function itemCounts(items: ChecklistItem[]): ReactElement[] {
  const { required, recommended } = tallyItems(items);
  const suggestions = items.filter((item) => item.severity === "info" && item.status === "not-met").length;
  const parts: ReactElement[] = [];
  if (required.notMet > 0)
    parts.push(
      <SeverityCount
        key="error"
        severity="error"
        text={words.checks.required(required.met, required.total)}
      />,
    );
  if (recommended.notMet > 0)
    parts.push(
      <SeverityCount
        key="warning"
        severity="warning"
        text={words.checks.recommended(recommended.met, recommended.total)}
      />,
    );
  if (suggestions > 0)
    parts.push(<SeverityCount key="info" severity="info" text={words.checks.suggestions(suggestions)} />);
  return parts;
}

function CheckGroup(props: {
  group: Group;
  open: boolean;
  onToggle(open: boolean): void;
  onGoToSection(section: SectionSummary): void;
  children: ReactElement;
}): ReactElement {
  const { group, open } = props;
  const { section } = group;
  const styles = useStyles();
  const lineId = useId();
  const contentId = useId();
  const headingId = useId();
  const attention = group.state === "needs-attention";
  const counts = itemCounts(group.items);

  return (
    <div className={styles.group} data-check-group="">
      <h3 className={styles.heading} id={headingId}>
        <Button
          appearance="transparent"
          className={styles.toggle}
          icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
          aria-expanded={open}
          aria-controls={open ? contentId : undefined}
          aria-describedby={lineId}
          onClick={() => props.onToggle(!open)}
          data-section-toggle=""
        >
          {group.heading}
        </Button>
      </h3>
      <p className={styles.line} id={lineId}>
        {attention && counts.length > 0 ? (
          counts
        ) : (
          <>
            <StateLabel state={group.state} counts={section?.counts} />
            {group.state === "done" && counts}
          </>
        )}
      </p>
      {open && (
        <div className={styles.content} id={contentId}>
          {section && !section.found ? <p className={styles.note}>{words.checks.headingMissing}</p> : null}
          {group.state === "not-started" ? (
            <p className={styles.note}>{words.checks.notStartedNote}</p>
          ) : group.findings.length > 0 ? (
            props.children
          ) : (
            <p className={styles.note}>{words.checks.nothingToChange}</p>
          )}
          {section?.found && section.location && (
            <Button
              size="small"
              appearance="outline"
              className={styles.goTo}
              onClick={() => props.onGoToSection(section)}
              aria-describedby={headingId}
            >
              {words.checks.goToSection}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}

function DismissedList(props: {
  analysis: AnalysisResult;
  busy: string | null;
  onRestore(id: string): void;
}): ReactElement | null {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const dismissed = props.analysis.dismissedFindings;
  if (dismissed.length === 0) return null;
  return (
    <div className={styles.dismissed}>
      <Button
        appearance="subtle"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen((shown) => !shown)}
      >
        {words.checks.dismissedToggle(open, dismissed.length)}
      </Button>
      {open && (
        <ul className={styles.list} id={listId} data-dismissed-list="">
          {dismissed.map((finding) => (
            <FindingCard
              key={finding.id}
              finding={finding}
              busy={props.busy}
              onRestore={(f) => props.onRestore(f.id)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

const cardsIn = (root: HTMLElement | null): HTMLElement[] => [
  ...(root?.querySelectorAll<HTMLElement>("[data-finding-id]") ?? []),
];
const cardId = (card: Element): string => (card as HTMLElement).dataset.findingId ?? "";
const inDismissed = (card: Element): boolean => card.closest("[data-dismissed-list]") !== null;

/** What had focus in the checks: the card, and the places around it that can take focus instead. */
interface FocusedCard {
  card: Element;
  id: string;
  order: string[];
  /** The one-card-at-a-time area it was shown in, which shows the next card when it goes. */
  slot: Element | null;
  /** Its section's group, whose heading button takes focus when the section has no card left. */
  group: Element | null;
}

/**
 * Keeps the worker's place while the checks change under them as they type, or as the cursor
 * moves and the section it is in comes first: the card being read (the focused one, else the first
 * in view) stays where it is on screen, and when the focused card goes (fixed, dismissed, or put
 * right in the document) focus moves to the card that takes its place, else its section's heading,
 * rather than falling back to the top of the pane.
 */
function useReadingPlace(
  root: RefObject<HTMLDivElement | null>,
  fallback: RefObject<HTMLElement | null>,
  analysis: AnalysisResult,
  cursorSection: string | null,
): { onFocus(event: FocusEvent): void; onBlur(event: FocusEvent): void } {
  const focused = useRef<FocusedCard | null>(null);
  const anchor = useRef<{ id: string; top: number } | null>(null);

  const measureAnchor = useCallback(() => {
    const cards = cardsIn(root.current);
    const active = document.activeElement;
    const top = visibleTop(scrollableAncestor(root.current));
    const reading =
      cards.find((card) => card.contains(active)) ??
      cards.find((card) => card.getBoundingClientRect().top >= top);
    anchor.current = reading ? { id: cardId(reading), top: reading.getBoundingClientRect().top } : null;
  }, [root]);

  useLayoutEffect(() => {
    const cards = cardsIn(root.current);
    const before = anchor.current;
    const same = before && cards.find((card) => cardId(card) === before.id);
    if (before && same) {
      // The pane's own box in the demo, or the window in Word: whichever scrolls.
      scrollDown(scrollableAncestor(root.current), same.getBoundingClientRect().top - before.top);
    }
    const lost = focused.current;
    const focusFell = !document.activeElement || document.activeElement === document.body;
    if (lost && focusFell && !lost.card.isConnected) {
      // The same check elsewhere (restored to its section), else the card now in its place, else
      // its section's heading, else the next card shown, else the one before.
      const at = lost.order.indexOf(lost.id);
      const shown = (id: string) => cards.find((card) => cardId(card) === id && !inDismissed(card));
      const again = shown(lost.id);
      const inPlace = lost.slot?.isConnected
        ? lost.slot.querySelector<HTMLElement>("[data-finding-id]")
        : null;
      const heading = lost.group?.isConnected
        ? lost.group.querySelector<HTMLElement>("[data-section-toggle]")
        : null;
      const others = [...lost.order.slice(at + 1), ...lost.order.slice(0, at).reverse()].map(shown);
      const next = [again, inPlace, heading, ...others].find(Boolean);
      (next ?? fallback.current)?.focus();
      focused.current = null;
    }
    measureAnchor();
  }, [analysis, cursorSection, root, fallback, measureAnchor]);

  // Scroll events do not bubble, but they pass the document on the way down: this hears the
  // window's and any scrolling box's.
  useEffect(() => {
    const options = { passive: true, capture: true } as const;
    document.addEventListener("scroll", measureAnchor, options);
    return () => document.removeEventListener("scroll", measureAnchor, options);
  }, [measureAnchor]);

  return {
    onFocus(event) {
      const card = (event.target as HTMLElement).closest("[data-finding-id]");
      focused.current = card
        ? {
            card,
            id: cardId(card),
            order: cardsIn(root.current).map(cardId),
            slot: card.closest("[data-check-navigator]"),
            group: card.closest("[data-check-group]"),
          }
        : null;
      // The card given focus is the one being read, wherever it is on screen.
      if (card) measureAnchor();
    },
    onBlur(event) {
      const target = event.target as HTMLElement;
      if (root.current?.contains(event.relatedTarget as Node | null)) return;
      // Focus leaving for Word or elsewhere is the worker's choice; a card removed from under it is not.
      queueMicrotask(() => {
        if (target.isConnected) focused.current = null;
      });
    },
  };
}
