import { tally } from "../analysis/tally";
import type { AnalysisResult } from "../analysis/engine";

/** What the command line found for one file: an analysis, or why the file could not be read. */
export type FileReport = { file: string; result: AnalysisResult } | { file: string; error: string };

/** The JSON the command line prints with --format json; other programs rely on this shape. */
export function toJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => {
    if ("error" in report) return { file: report.file, error: report.error };
    const { result } = report;
    return {
      file: report.file,
      template: result.pack.id,
      ...(result.pack.extends ? { extends: result.pack.extends } : {}),
      // Items of the guidance met, as every view counts them (a dismissed check counts as met).
      met: tally(result),
      sections: result.sections.map((s) => ({ key: s.key, heading: s.heading, found: s.found })),
      findings: result.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        section: f.section,
        message: f.message,
        guidance: f.guidance,
        location: f.location,
        // Only for a pack laid over another: the layer the check came from.
        ...(f.layer ? { layer: f.layer } : {}),
      })),
      prompts: result.prompts.map((p) => ({
        section: p.section,
        text: p.text,
        guidance: p.guidance,
        ...(p.layer ? { layer: p.layer } : {}),
      })),
    };
  });
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
