import { XML_DECLARATION, escapeXml, escapeXmlText } from "./xml.js";
import { describeFix } from "./fix-text.js";
import type { Reporter } from "./types.js";

/**
 * JUnit XML for CI test dashboards (GitLab, Jenkins, Azure): one testsuite
 * per file, one failing testcase per finding, or one passing testcase for a
 * clean file, so the dashboard counts checked files too.
 */
export const junit: Reporter = (results) => {
  const total = results.reduce((sum, result) => sum + Math.max(1, result.findings.length), 0);
  const failures = results.reduce((sum, result) => sum + result.findings.length, 0);
  const out = [XML_DECLARATION, `<testsuites name="mtclean" tests="${total}" failures="${failures}" errors="0">`];
  for (const result of results) {
    const name = escapeXml(result.path);
    const count = result.findings.length;
    out.push(`  <testsuite name="${name}" tests="${Math.max(1, count)}" failures="${count}" errors="0" skipped="0">`);
    if (count === 0) out.push(`    <testcase classname="${name}" name="mtclean"/>`);
    for (const f of result.findings) {
      const where = `${result.path}:${f.line}:${f.column}`;
      const fix = describeFix(f, result.source);
      const body = [`${where}: ${f.severity} ${f.message} [${f.ruleId}]`, ...(fix ? [fix] : [])].join("\n");
      out.push(`    <testcase classname="${name}" name="${escapeXml(`${f.line}:${f.column} ${f.ruleId}`)}">`);
      out.push(`      <failure type="${f.severity}" message="${escapeXml(f.message)}">${escapeXmlText(body)}</failure>`);
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return out.join("\n") + "\n";
};
