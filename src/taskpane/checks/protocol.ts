import type { AnalysisResult } from "../../analysis/engine";
import type { OrganisationPackText } from "../../analysis/pack-registry";
import type { DocumentSnapshot } from "../../analysis/snapshot";

/**
 * What the pane and its checking thread say to each other. Everything here is plain data, so it
 * crosses to a Web Worker by structured clone: the pack goes by its id (the worker holds the
 * packs), and the date as a number.
 */
export interface CheckRequest {
  /** Numbered by the pane, so an answer is matched to its question. */
  id: number;
  snapshot: DocumentSnapshot;
  /** The pack the worker chose, or null to take the best fit of the headings. */
  packId: string | null;
  childName: string | null;
  dismissed: readonly string[];
  /** The date "overdue" is judged against, as milliseconds since 1970. */
  today: number;
  /** The organisation's packs from the packs/ folder, as text; the worker lays them as the pane does. */
  organisationPacks?: readonly OrganisationPackText[];
}

/** An analysis as it crosses back: the pack by id, looked up again on the pane's side. */
export type CheckedDocument = Omit<AnalysisResult, "pack"> & { packId: string };

export type CheckAnswer = { id: number; ok: true; result: CheckedDocument } | { id: number; ok: false };
