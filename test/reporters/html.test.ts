// The html reporter as a pure function: escaping, no outside resources, the
// corrected text, counts. The page in a real browser: html-browser.test.ts.
import { parseDocument, DomUtils } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { html } from "../../src/reporters/html.js";
import type { FileResult } from "../../src/reporters/index.js";
import type { Finding } from "../../src/types.js";

function finding(overrides: Partial<Finding>): Finding {
  return { ruleId: "r", category: "c", severity: "error", message: "m", range: [0, 1], line: 1, column: 1, endLine: 1, endColumn: 2, ...overrides };
}

const EVIL = `<script>alert("x")</script> & 'q'`;
const source = `A <b>bold</b> campus。Next & more.\n`;
const stop = source.indexOf("。");
const result: FileResult = {
  path: `news/<img src=x onerror=alert(1)>.txt`,
  source,
  findings: [
    finding({ ruleId: "fullwidth-punctuation", category: "punctuation", message: EVIL, range: [stop, stop + 1], column: stop + 1, fix: { range: [stop, stop + 1], replacements: [". "], safety: "safe" } }),
    finding({ ruleId: `x"><svg onload=alert(1)>`, category: `cat"><i>`, severity: "warning", range: [2, 5], column: 3 }),
  ],
};

describe("html reporter", () => {
  const page = html([result], { color: false });
  const doc = parseDocument(page);

  it("escapes every piece of text: path, source, messages, ids and categories", () => {
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<svg");
    expect(page).not.toContain("<b>");
    expect(DomUtils.getElementsByTagName("b", doc)).toHaveLength(0);
    expect(DomUtils.getElementsByTagName("script", doc)).toHaveLength(1);
    const h2 = DomUtils.getElementsByTagName("h2", doc)[0]!;
    expect(DomUtils.textContent(h2)).toBe(result.path);
    const rows = DomUtils.getElementsByTagName("tr", doc).filter((row) => row.attribs.class === "finding");
    expect(rows.map((row) => row.attribs["data-category"])).toEqual(["punctuation", `cat"><i>`]);
    expect(DomUtils.textContent(rows[0]!)).toContain(EVIL);
  });

  it("loads nothing from outside: no src or href, and a policy that forbids fetching", () => {
    const linking = DomUtils.findAll((el) => Object.keys(el.attribs).some((name) => ["src", "href", "srcset", "action", "data"].includes(name)), doc.children);
    expect(linking).toEqual([]);
    expect(DomUtils.getElementsByTagName("link", doc)).toHaveLength(0);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`);
  });

  it("shows the original with deletions and, without `fixed`, the safe fixes applied once", () => {
    const original = DomUtils.findOne((el) => el.attribs.class === "original", doc.children)!;
    const corrected = DomUtils.findOne((el) => el.attribs.class === "corrected", doc.children)!;
    const article = (el: typeof original) => DomUtils.textContent(DomUtils.findOne((e) => e.attribs.class === "article", [el])!);
    expect(article(original)).toBe(source);
    expect(article(corrected)).toBe(source.replace("。", ". "));
    expect(DomUtils.getElementsByTagName("del", original).map((el) => DomUtils.textContent(el))).toEqual(["。"]);
    expect(DomUtils.getElementsByTagName("ins", corrected).map((el) => DomUtils.textContent(el))).toEqual([". "]);
    expect(DomUtils.getElementsByTagName("ins", original)).toHaveLength(0);
    expect(DomUtils.getElementsByTagName("del", corrected)).toHaveLength(0);
  });

  it("uses `fixed` when the caller gives it", () => {
    const fixed = parseDocument(html([{ ...result, fixed: "Something else entirely.\n" }], { color: false }));
    const corrected = DomUtils.findOne((el) => el.attribs.class === "corrected", fixed.children)!;
    expect(DomUtils.textContent(corrected)).toBe("CorrectedSomething else entirely.\n");
  });

  it("counts findings per category on the filter buttons", () => {
    const buttons = DomUtils.getElementsByTagName("button", doc);
    const label = (el: (typeof buttons)[number]) => [el.attribs["data-category"], DomUtils.textContent(el)];
    expect(buttons.map(label)).toEqual([["", "All 2"], [`cat"><i>`, `cat"><i> 1`], ["punctuation", "punctuation 1"]]);
  });

  it("says so when a file is clean", () => {
    const clean = html([{ path: "clean.txt", source: "Fine.\n", findings: [] }], { color: false });
    expect(clean).toContain("No changes.");
    expect(clean).toContain("No findings.");
  });
});
