import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type { Finding, Severity } from "../types.js";
import type { FileResult, ReportRule, Reporter } from "./types.js";

const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/**
 * SARIF 2.1.0, the format GitHub code scanning and most CI dashboards read.
 * One run; the driver lists the rules the results refer to (all of them would
 * put hundreds of dictionary entries in every log). Columns and offsets count
 * UTF-16 code units, as mtclean's ranges do, and the run says so. Safe fixes
 * travel as `fixes`, which SARIF viewers can apply.
 */
export const sarif: Reporter = (results, options = {}) => {
  const rules = referencedRules(results, options.rules);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mtclean",
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: { category: rule.category },
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        artifacts: results.map((result) => ({ location: { uri: toUri(result.path) }, length: Buffer.byteLength(result.source) })),
        results: results.flatMap((result, artifactIndex) =>
          result.findings.map((finding) => toResult(result, artifactIndex, finding, ruleIndex.get(finding.ruleId)!)),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};

function toResult(result: FileResult, artifactIndex: number, finding: Finding, ruleIndex: number): object {
  const artifactLocation = { uri: toUri(result.path), index: artifactIndex };
  const [start, end] = finding.range;
  const fix = finding.fix?.safety === "safe" ? finding.fix : undefined;
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation,
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
            charOffset: start,
            charLength: end - start,
            snippet: { text: result.source.slice(start, end) },
          },
        },
      },
    ],
    ...(fix
      ? {
          fixes: [
            {
              description: { text: fix.replacements[0] ? `Replace with “${fix.replacements[0]}”` : "Delete" },
              artifactChanges: [
                {
                  artifactLocation,
                  replacements: [
                    {
                      deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] },
                      insertedContent: { text: fix.replacements[0] },
                    },
                  ],
                },
              ],
            },
          ],
        }
      : {}),
  };
}

/** The rules the findings name, in order of first use, described from the catalogue when given. */
function referencedRules(results: FileResult[], catalogue: readonly ReportRule[] = []): ReportRule[] {
  const known = new Map(catalogue.map((rule) => [rule.id, rule]));
  const used = new Map<string, ReportRule>();
  for (const finding of results.flatMap((result) => result.findings)) {
    if (used.has(finding.ruleId)) continue;
    used.set(finding.ruleId, known.get(finding.ruleId) ?? { id: finding.ruleId, category: finding.category, severity: finding.severity, description: finding.message });
  }
  return [...used.values()];
}

/** A relative path stays a relative URI (GitHub resolves it against the repository); an absolute one becomes file://. */
function toUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map(encodeURIComponent).join("/");
}
