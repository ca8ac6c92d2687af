import { XML_DECLARATION, escapeXml } from "./xml.js";
import type { Reporter } from "./types.js";

/**
 * Checkstyle XML, which Jenkins (warnings-ng), GitLab converters and
 * reviewdog (-f=checkstyle) read. Every file appears, clean ones empty, so a
 * consumer can tell "checked, nothing found" from "not checked".
 */
export const checkstyle: Reporter = (results) => {
  const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const result of results) {
    if (result.findings.length === 0) {
      out.push(`  <file name="${escapeXml(result.path)}"/>`);
      continue;
    }
    out.push(`  <file name="${escapeXml(result.path)}">`);
    for (const f of result.findings) {
      out.push(
        `    <error line="${f.line}" column="${f.column}" severity="${f.severity}" message="${escapeXml(f.message)}" source="mtclean.${escapeXml(f.ruleId)}"/>`,
      );
    }
    out.push("  </file>");
  }
  out.push("</checkstyle>");
  return out.join("\n") + "\n";
};
