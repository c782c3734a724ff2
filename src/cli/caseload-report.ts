import { createHash } from "node:crypto";
import type { CaseloadSummary } from "../analysis/caseload";
import type { SiblingPair } from "../analysis/siblings";

/**
 * The caseload report as one self-contained HTML file, and as CSV. Nothing of a summary's text is
 * written beyond the child's name as the summary gives it, the short phrases a finding quotes, and
 * the file's name. Everything is escaped.
 */

export interface CaseloadEntry {
  file: string;
  summary: CaseloadSummary;
}

export interface CaseloadReport {
  entries: CaseloadEntry[];
  unreadable: { file: string; reason: string }[];
  siblings: SiblingPair[];
  today: Date;
}

const NOTICE =
  "This report holds no text of the summaries beyond each child's name as the summary gives it, the short phrases a finding quotes, and the file names.";

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

const longDate = (date: Date) =>
  date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
const isoDate = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

export function dueText(days: number | null): string {
  if (days === null) return "No date";
  if (days < 0) return `${-days} ${days === -1 ? "day" : "days"} overdue`;
  if (days === 0) return "Due today";
  return `Due in ${days} ${days === 1 ? "day" : "days"}`;
}

const childOf = (s: CaseloadSummary) => s.childName ?? "(no name found)";
const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

const STYLE = `
body{font:16px/1.5 system-ui,"Segoe UI",Arial,sans-serif;color:#1b1b1b;background:#fff;margin:1.5rem;max-width:75rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
.notice{border-left:4px solid #005ea5;background:#f0f4f8;padding:.5rem .75rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #b1b4b6;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f2f1}td.n{text-align:right;font-variant-numeric:tabular-nums}
th button{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer;text-align:left;color:inherit}
th button:focus-visible,a:focus-visible{outline:3px solid #fd0;box-shadow:0 0 0 5px #0b0c0c}
th button::after{content:" \\2195";font-weight:normal}th[aria-sort=ascending] button::after{content:" \\2191"}th[aria-sort=descending] button::after{content:" \\2193"}
.bad{font-weight:bold;color:#a00}a{color:#1d4f91}
.chart{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}.chart svg{max-width:36rem;width:100%;height:auto}.chart table{max-width:36rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
ul.findings{margin:.25rem 0 .75rem;padding-left:1.25rem}
@page{size:A4;margin:15mm}
@media print{body{margin:0;max-width:none;font-size:10pt}th button::after{content:""}a{color:inherit;text-decoration:none}.chart{display:block}section{break-inside:avoid-page}tr{break-inside:avoid}}
`;

/** Sorts the summaries table by a column; without it the table keeps its priority order. */
const SCRIPT = `
document.querySelectorAll("table[data-sortable] th button").forEach(function(button){
  button.addEventListener("click",function(){
    var th=button.closest("th"),table=th.closest("table"),body=table.tBodies[0];
    var index=Array.prototype.indexOf.call(th.parentNode.children,th);
    var ascending=th.getAttribute("aria-sort")!=="ascending";
    table.querySelectorAll("th[aria-sort]").forEach(function(h){h.removeAttribute("aria-sort");});
    th.setAttribute("aria-sort",ascending?"ascending":"descending");
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){
      var x=a.cells[index].getAttribute("data-sort"),y=b.cells[index].getAttribute("data-sort");
      var nx=Number(x),ny=Number(y),c=(x!==""&&y!==""&&!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,"en-GB");
      return ascending?c:-c;
    });
    rows.forEach(function(r){body.appendChild(r);});
    document.getElementById("sort-status").textContent="Sorted by "+button.textContent+", "+(ascending?"ascending":"descending")+".";
  });
});
`;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

export function caseloadHtml(report: CaseloadReport): string {
  const { entries, unreadable, siblings, today } = report;
  const e = escapeHtml;
  const anchor = (i: number) => `summary-${i + 1}`;
  const overdue = entries.filter((x) => x.summary.daysUntilDue !== null && x.summary.daysUntilDue < 0).length;
  const missingRequired = entries.filter((x) => x.summary.tallies.required.notMet > 0).length;
  const siblingOf = new Map<number, number[]>();
  for (const p of siblings) {
    siblingOf.set(p.first, [...(siblingOf.get(p.first) ?? []), p.second]);
    siblingOf.set(p.second, [...(siblingOf.get(p.second) ?? []), p.first]);
  }

  const header = (label: string, i: number) =>
    `<th scope="col"><button type="button" data-column="${i}">${label}</button></th>`;
  const rows = entries
    .map(({ file, summary: s }, i) => {
      const { required, recommended } = s.tallies;
      const days = s.daysUntilDue;
      return `<tr>
<td data-sort="${e(childOf(s).toLowerCase())}"><a href="#${anchor(i)}">${e(childOf(s))}</a><br><small>${e(baseName(file))}</small>${siblingOf.has(i) ? '<br><small class="bad">Shares long passages with another summary</small>' : ""}</td>
<td data-sort="${e(s.pack.name)}">${e(s.pack.name)}</td>
<td data-sort="${s.date ? isoDate(s.date) : ""}">${s.date ? e(longDate(s.date)) : "No date"}</td>
<td data-sort="${days ?? -100000}"${days === null || days < 0 ? ' class="bad"' : ""}>${e(dueText(days))}</td>
<td class="n" data-sort="${required.met}">${required.met} of ${required.total}</td>
<td class="n${required.notMet > 0 ? " bad" : ""}" data-sort="${required.notMet}">${required.notMet}</td>
<td class="n" data-sort="${recommended.met}">${recommended.met} of ${recommended.total}</td>
<td data-sort="${s.missingSections.length}">${s.missingSections.length === 0 ? "None" : e(s.missingSections.join("; "))}</td>
</tr>`;
    })
    .join("\n");

  const details = entries
    .map(({ file, summary: s }, i) => {
      const items =
        s.requiredFindings.length === 0
          ? "<p>Every required item is met.</p>"
          : `<ul class="findings">${s.requiredFindings.map((f) => `<li>${e(f.message)} <cite>(${e(f.guidance)})</cite></li>`).join("")}</ul>`;
      return `<section id="${anchor(i)}" aria-labelledby="${anchor(i)}-h"><h3 id="${anchor(i)}-h">${e(childOf(s))} <small>(${e(baseName(file))})</small></h3>
<p>${e(dueText(s.daysUntilDue))}. Required items met: ${s.tallies.required.met} of ${s.tallies.required.total}.</p>${items}</section>`;
    })
    .join("\n");

  const siblingRows =
    siblings.length === 0
      ? "<p>No two summaries share long passages.</p>"
      : `<p>Each pair below shares long passages of text. 004 §4.2 asks for each child's summary to be written for that child, with their own views and the impact on them.</p>
<table><thead><tr><th scope="col">Summary</th><th scope="col">Shares text with</th><th scope="col">Sections shared (share of each summary's section)</th></tr></thead><tbody>
${siblings
  .map((p) => {
    const a = entries[p.first]!;
    const b = entries[p.second]!;
    const heading = (key: string) =>
      a.summary.sectionTallies.find((t) => t.key === key)?.heading ??
      b.summary.sectionTallies.find((t) => t.key === key)?.heading ??
      key;
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    const sections = p.sections
      .map(
        (s) =>
          `<li>${e(heading(s.key))}: ${pct(s.shareOfFirst)} of ${e(childOf(a.summary))}'s, ${pct(s.shareOfSecond)} of ${e(childOf(b.summary))}'s</li>`,
      )
      .join("");
    return `<tr><td><a href="#${anchor(p.first)}">${e(childOf(a.summary))}</a> <small>(${e(baseName(a.file))})</small></td><td><a href="#${anchor(p.second)}">${e(childOf(b.summary))}</a> <small>(${e(baseName(b.file))})</small></td><td><ul>${sections}</ul></td></tr>`;
  })
  .join("\n")}</tbody></table>`;

  const unreadableList =
    unreadable.length === 0
      ? ""
      : `<h2 id="unreadable">Files that could not be read (${unreadable.length})</h2><ul>${unreadable.map((u) => `<li>${e(u.file)} ${e(u.reason)}</li>`).join("")}</ul>`;

  const style = STYLE;
  const csp = `default-src 'none'; style-src ${sha256(style)}; script-src ${sha256(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Caseload report, ${e(longDate(today))}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>Caseload report</h1>
<p class="notice">${NOTICE}</p>
<p>${entries.length} ${entries.length === 1 ? "summary" : "summaries"} checked on ${e(longDate(today))}: ${overdue} overdue, ${missingRequired} missing something required${siblings.length > 0 ? `, ${siblings.length} ${siblings.length === 1 ? "pair" : "pairs"} sharing long passages` : ""}${unreadable.length > 0 ? `; <a href="#unreadable">${unreadable.length} ${unreadable.length === 1 ? "file" : "files"} could not be read</a>` : ""}.</p>
<h2 id="summaries-h">Summaries</h2>
<p>Overdue summaries and those missing something required come first. Choose a column's heading to sort by it.</p>
<p id="sort-status" role="status" class="visually-hidden"></p>
<table data-sortable aria-labelledby="summaries-h">
<thead><tr>${["Child", "Template", "Date of summary", "Due", "Required met", "Required not met", "Recommended met", "Sections missing"].map(header).join("")}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h2 id="chart-h">Where the team's summaries meet the guidance</h2>
${chart(entries)}
<h2>Summaries that share long passages</h2>
${siblingRows}
<h2>Required items not met, summary by summary</h2>
${details}
${unreadableList}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

interface SectionAggregate {
  heading: string;
  required: { met: number; total: number };
  recommended: { met: number; total: number };
}

/** Per section heading across the caseload (sections of different templates with one heading are counted together). */
function aggregate(entries: CaseloadEntry[]): SectionAggregate[] {
  const byHeading = new Map<string, SectionAggregate>();
  for (const { summary } of entries) {
    for (const s of summary.sectionTallies) {
      const agg = byHeading.get(s.heading) ?? {
        heading: s.heading,
        required: { met: 0, total: 0 },
        recommended: { met: 0, total: 0 },
      };
      agg.required.met += s.tallies.required.met;
      agg.required.total += s.tallies.required.total;
      agg.recommended.met += s.tallies.recommended.met;
      agg.recommended.total += s.tallies.recommended.total;
      byHeading.set(s.heading, agg);
    }
  }
  return [...byHeading.values()].filter((a) => a.required.total + a.recommended.total > 0);
}

const percent = (part: { met: number; total: number }) =>
  part.total === 0 ? null : Math.round((part.met / part.total) * 100);

function chart(entries: CaseloadEntry[]): string {
  const e = escapeHtml;
  const sections = aggregate(entries);
  if (sections.length === 0) return "<p>No sections to chart.</p>";
  const label = 230;
  const barWidth = 260;
  const rowHeight = 44;
  const height = sections.length * rowHeight + 40;
  const width = label + barWidth + 110;
  const bar = (y: number, part: { met: number; total: number }, kind: "required" | "recommended") => {
    const p = percent(part);
    const text = p === null ? "none asked" : `${kind === "required" ? "Required" : "Recommended"} ${p}%`;
    const w = p === null ? 0 : Math.max(1, (p / 100) * barWidth);
    const fill = kind === "required" ? "#1d4f91" : "url(#hatch)";
    return `<rect x="${label}" y="${y}" width="${barWidth}" height="14" fill="#fff" stroke="#505a5f"/><rect x="${label}" y="${y}" width="${w.toFixed(1)}" height="14" fill="${fill}" stroke="#1d4f91"/><text x="${label + barWidth + 6}" y="${y + 12}" font-size="12">${text}</text>`;
  };
  const short = (heading: string) => (heading.length > 34 ? `${heading.slice(0, 33)}…` : heading);
  const bars = sections
    .map((s, i) => {
      const y = 30 + i * rowHeight;
      return `<text x="0" y="${y + 18}" font-size="12">${e(short(s.heading))}</text>${bar(y, s.required, "required")}${bar(y + 17, s.recommended, "recommended")}`;
    })
    .join("");
  const desc = sections
    .map(
      (s) =>
        `${s.heading}: required ${percent(s.required) ?? "none"}${percent(s.required) === null ? "" : "%"}, recommended ${percent(s.recommended) ?? "none"}${percent(s.recommended) === null ? "" : "%"}`,
    )
    .join("; ");
  const svg = `<svg role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
<title id="chart-title">Share of required and recommended items met, section by section</title>
<desc id="chart-desc">${e(desc)}</desc>
<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><rect width="3" height="6" fill="#1d4f91"/></pattern></defs>
<rect x="${label}" y="4" width="14" height="12" fill="#1d4f91"/><text x="${label + 18}" y="14" font-size="12">Required (solid)</text>
<rect x="${label + 130}" y="4" width="14" height="12" fill="url(#hatch)" stroke="#1d4f91"/><text x="${label + 148}" y="14" font-size="12">Recommended (striped)</text>
${bars}
</svg>`;
  const cell = (part: { met: number; total: number }) =>
    part.total === 0 ? "None asked" : `${part.met} of ${part.total} (${percent(part)}%)`;
  const table = `<table aria-labelledby="chart-h"><thead><tr><th scope="col">Section</th><th scope="col">Required items met</th><th scope="col">Recommended items met</th></tr></thead><tbody>${sections
    .map(
      (s) =>
        `<tr><th scope="row">${e(s.heading)}</th><td class="n">${cell(s.required)}</td><td class="n">${cell(s.recommended)}</td></tr>`,
    )
    .join("")}</tbody></table>`;
  return `<div class="chart">${svg}${table}</div>`;
}

/** RFC 4180: every cell quoted, quotes doubled; a cell a spreadsheet would run as a formula starts with a quote mark. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function caseloadCsv(report: CaseloadReport): string {
  const head = [
    "File",
    "Child",
    "Template",
    "Date of summary",
    "Days until due",
    "Required met",
    "Required not met",
    "Required total",
    "Recommended met",
    "Recommended total",
    "Sections missing",
    "Shares long passages with",
  ];
  const lines = [head.map(csvCell).join(",")];
  report.entries.forEach(({ file, summary: s }, i) => {
    const partners = report.siblings
      .filter((p) => p.first === i || p.second === i)
      .map((p) => report.entries[p.first === i ? p.second : p.first]!.file);
    lines.push(
      [
        file,
        childOf(s),
        s.pack.name,
        s.date ? isoDate(s.date) : "",
        s.daysUntilDue ?? "",
        s.tallies.required.met,
        s.tallies.required.notMet,
        s.tallies.required.total,
        s.tallies.recommended.met,
        s.tallies.recommended.total,
        s.missingSections.join("; "),
        partners.join("; "),
      ]
        .map(csvCell)
        .join(","),
    );
  });
  for (const u of report.unreadable)
    lines.push([u.file, `Could not be read: ${u.reason}`].map(csvCell).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
