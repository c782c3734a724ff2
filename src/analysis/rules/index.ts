import type { RuleModule } from "../types";
import timescalesMissing from "./timescales-missing";
import contingencyMissing from "./contingency-missing";
import familyView from "./family-view";
import safetyPlanSpecific from "./safety-plan-specific";
import contactDetailsMissing from "./contact-details-missing";
import jargonUnexplained from "./jargon-unexplained";
import childNameMissing from "./child-name-missing";
import summaryOverdue from "./summary-overdue";
import requiredTopic from "./required-topic";
import readability from "./readability";
import analysisMissing from "./analysis-missing";
import childVoice from "./child-voice";
import chronologyDump from "./chronology-dump";
import evidenceMissing from "./evidence-missing";
import penPictureDetail from "./pen-picture-detail";
import placeholderLeft from "./placeholder-left";
import risksAndStrengths from "./risks-and-strengths";
import sectionColour from "./section-colour";
import sectionDuplicate from "./section-duplicate";
import headingChanged from "./heading-changed";
import headingNamesOtherChild from "./heading-names-other-child";
import sectionUnknown from "./section-unknown";
import notCurrent from "./not-current";
import notIndividual from "./not-individual";
import contactUnnamed from "./contact-unnamed";
import sectionEmpty from "./section-empty";
import sectionMissing from "./section-missing";
import sectionOrder from "./section-order";
import sectionTooLong from "./section-too-long";

/** Every check the engine knows, by id. Packs choose which apply where. */
const rules = [
  sectionMissing,
  sectionEmpty,
  sectionOrder,
  sectionDuplicate,
  headingChanged,
  headingNamesOtherChild,
  sectionUnknown,
  notCurrent,
  notIndividual,
  contactUnnamed,
  sectionColour,
  sectionTooLong,
  placeholderLeft,
  childVoice,
  penPictureDetail,
  chronologyDump,
  analysisMissing,
  evidenceMissing,
  risksAndStrengths,
  timescalesMissing,
  contingencyMissing,
  familyView,
  safetyPlanSpecific,
  contactDetailsMissing,
  jargonUnexplained,
  childNameMissing,
  summaryOverdue,
  requiredTopic,
  readability,
] as RuleModule<unknown>[];

export const builtInRules: ReadonlyMap<string, RuleModule<unknown>> = new Map(
  rules.map((rule) => [rule.meta.id, rule]),
);
