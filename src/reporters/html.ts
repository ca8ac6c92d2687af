import { applyFixes } from "../fix/apply.js";
import type { Finding } from "../types.js";
import { lineWindow } from "./code-frame.js";
import { wordChanges } from "./diff.js";
import { describeFix } from "./fix-text.js";
import { summaryLine } from "./summary.js";
import type { FileResult, Reporter } from "./types.js";

/**
 * One self-contained HTML page for editors: per file, the article with its
 * changes marked in place, the original and corrected text side by side, and
 * the findings with category filters. Everything is inline (a Content Security
 * Policy forbids any fetch), and every piece of text is escaped.
 */
export const html: Reporter = (results) => {
  const categories = countBy(results.flatMap((result) => result.findings), (finding) => finding.category);
  const total = results.reduce((sum, result) => sum + result.findings.length, 0);
  const filters = [
    filterButton("", "All", total, true),
    ...categories.map(([category, count]) => filterButton(category, category, count, false)),
  ].join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>mtclean report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>mtclean report</h1>
<p class="summary">${escapeHtml(summaryLine(results))}</p>
<nav class="filters" aria-label="Show findings of one category">
${filters}
</nav>
</header>
<main>
${results.map(fileSection).join("\n")}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
};

/** `fixed` when the caller fixed the file (all passes); otherwise the safe fixes of its findings, applied once. */
function correctedText(result: FileResult): string {
  return result.fixed ?? applyFixes(result.source, result.findings).output;
}

function fileSection(result: FileResult): string {
  const corrected = correctedText(result);
  const changes = wordChanges(result.source, corrected);
  const counts = countBy(result.findings, (finding) => finding.category)
    .map(([category, count]) => `<span class="tally" data-category="${escapeHtml(category)}">${escapeHtml(category)} ${count}</span>`)
    .join(" ");
  const changed = result.source !== corrected;
  return `<section class="file">
<h2>${escapeHtml(result.path)}</h2>
<p class="file-summary">${escapeHtml(summaryLine([result]).replace(/^1 file: /, ""))}${counts ? ` · ${counts}` : ""}</p>
${
  changed
    ? `<h3>Changes</h3>
<div class="article inline">${changes.map((part) => (typeof part === "string" ? escapeHtml(part) : marked(part.removed, part.added))).join("")}</div>
<div class="side-by-side">
<div class="original"><h3>Original</h3><div class="article">${changes.map((part) => (typeof part === "string" ? escapeHtml(part) : marked(part.removed, ""))).join("")}</div></div>
<div class="corrected"><h3>Corrected</h3><div class="article">${changes.map((part) => (typeof part === "string" ? escapeHtml(part) : marked("", part.added))).join("")}</div></div>
</div>`
    : `<p class="unchanged">No changes.</p>`
}
<h3>Findings</h3>
${result.findings.length ? findingsTable(result) : `<p class="clean">No findings.</p>`}
</section>`;
}

function marked(removed: string, added: string): string {
  return (removed ? `<del>${escapeHtml(removed)}</del>` : "") + (added ? `<ins>${escapeHtml(added)}</ins>` : "");
}

function findingsTable(result: FileResult): string {
  const rows = result.findings.map((finding) => findingRow(result.source, finding)).join("\n");
  return `<table class="findings">
<thead><tr><th>Line</th><th>Severity</th><th>Category</th><th>Finding</th><th>In context</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function findingRow(source: string, finding: Finding): string {
  const window = lineWindow(source, finding);
  const fix = describeFix(finding, source);
  const context = `${escapeHtml(window.prefix + window.before)}<mark>${escapeHtml(window.flagged)}</mark>${escapeHtml(window.after + window.suffix)}`;
  return `<tr class="finding" data-category="${escapeHtml(finding.category)}" data-severity="${finding.severity}">\
<td class="position">${finding.line}:${finding.column}</td>\
<td><span class="severity ${finding.severity}">${finding.severity}</span></td>\
<td class="category">${escapeHtml(finding.category)}</td>\
<td><span class="message">${escapeHtml(finding.message)}</span> <code class="rule">${escapeHtml(finding.ruleId)}</code>${fix ? `<br><span class="fix ${finding.fix!.safety}">${escapeHtml(fix)}</span>` : ""}</td>\
<td class="context">${context}</td></tr>`;
}

function filterButton(category: string, label: string, count: number, pressed: boolean): string {
  return `<button type="button" class="filter" data-category="${escapeHtml(category)}" aria-pressed="${pressed}">${escapeHtml(label)} <span class="count">${count}</span></button>`;
}

/** [key, count] pairs, the most frequent first, then by name. */
function countBy<T>(items: T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** For element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, sans-serif; color: #1f2328; background: #fff; }
body { margin: 0 auto; max-width: 80rem; padding: 1rem 1.5rem 3rem; line-height: 1.5; }
h1 { margin: 0 0 .25rem; font-size: 1.5rem; }
h2 { margin: 2rem 0 .25rem; font-size: 1.2rem; word-break: break-all; border-top: 1px solid #d0d7de; padding-top: 1rem; }
h3 { margin: 1rem 0 .4rem; font-size: 1rem; color: #57606a; }
header { position: sticky; top: 0; background: #fff; padding: .5rem 0; border-bottom: 1px solid #d0d7de; z-index: 1; }
.summary, .file-summary { margin: 0 0 .5rem; color: #57606a; }
.filters { display: flex; flex-wrap: wrap; gap: .4rem; }
.filter { font: inherit; border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 2rem; padding: .15rem .8rem; cursor: pointer; }
.filter[aria-pressed="true"] { background: #0969da; border-color: #0969da; color: #fff; }
.count { font-weight: 600; }
.tally { display: inline-block; background: #f6f8fa; border-radius: .3rem; padding: 0 .4rem; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #d0d7de; border-radius: .4rem; padding: .75rem 1rem; max-height: 32rem; overflow: auto; font-size: .95rem; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
del { background: #ffd7d5; color: #82071e; text-decoration: line-through; }
ins { background: #ccffd8; color: #055d20; text-decoration: none; }
table.findings { border-collapse: collapse; width: 100%; font-size: .9rem; }
.findings th, .findings td { text-align: left; vertical-align: top; border-bottom: 1px solid #eaeef2; padding: .35rem .5rem; }
.findings td.context { font-family: ui-monospace, monospace; font-size: .85rem; overflow-wrap: anywhere; }
mark { background: #fff1a8; }
.severity { border-radius: .3rem; padding: 0 .35rem; font-size: .8rem; font-weight: 600; }
.severity.error { background: #ffd7d5; color: #82071e; }
.severity.warning { background: #fff1a8; color: #6f4b00; }
.severity.info { background: #ddf4ff; color: #0550ae; }
.rule { color: #57606a; font-size: .8rem; }
.fix { color: #055d20; }
.fix.suggestion { color: #6f4b00; }
[hidden] { display: none !important; }
@media (max-width: 50rem) { .side-by-side { grid-template-columns: 1fr; } }
`;

// Clicking a category shows only its findings; "All" shows every finding again.
const SCRIPT = `
const buttons = document.querySelectorAll("button.filter");
for (const button of buttons) {
  button.addEventListener("click", () => {
    const category = button.dataset.category;
    for (const other of buttons) other.setAttribute("aria-pressed", String(other === button));
    for (const row of document.querySelectorAll("tr.finding")) row.hidden = category !== "" && row.dataset.category !== category;
  });
}
`;
