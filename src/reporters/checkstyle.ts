import { XML_DECLARATION, escapeXml } from "./xml.js";
import { wholeReport, type StreamReporter } from "./types.js";

/**
 * Checkstyle XML, which Jenkins (warnings-ng), GitLab converters and
 * reviewdog (-f=checkstyle) read. Every file appears, clean ones empty, so a
 * consumer can tell "checked, nothing found" from "not checked".
 */
export const checkstyleStream: StreamReporter = () => ({
  start: () => `${XML_DECLARATION}\n<checkstyle version="4.3">\n`,
  file(result) {
    if (result.findings.length === 0) return `  <file name="${escapeXml(result.path)}"/>\n`;
    // joined into one flat string, as compact's lines (see there)
    const lines = [`  <file name="${escapeXml(result.path)}">\n`];
    for (const f of result.findings) {
      lines.push(`    <error line="${f.line}" column="${f.column}" severity="${f.severity}" message="${escapeXml(f.message)}" source="mtclean.${escapeXml(f.ruleId)}"/>\n`);
    }
    lines.push("  </file>\n");
    return lines.join("");
  },
  end: () => "</checkstyle>\n",
});

export const checkstyle = wholeReport(checkstyleStream);
