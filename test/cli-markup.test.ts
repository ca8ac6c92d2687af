// HTML and Markdown through the CLI as a CI job runs them: annotations that
// point at the right lines of the source, fix --write on a copy of the site
// changing prose only, and the README's examples of a configuration file and
// of disable comments in HTML and Markdown (npm test builds dist/ first).
import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runText as run } from "./support/cli.js";

describe('check "fixtures/site/**/*.html" --format github', () => {
  const { code, stdout } = run(["check", "fixtures/site/**/*.html", "--format", "github"]);
  const annotations = stdout.trimEnd().split("\n").map((line) => {
    const match = /^::(error|warning|notice) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=mtclean ([^:]+)::/.exec(line);
    expect(match, line).not.toBeNull();
    const [, , file, lineNo, col, endLine, endCol, ruleId] = match!;
    return { file: file!, line: Number(lineNo), col: Number(col), endLine: Number(endLine), endCol: Number(endCol), ruleId: ruleId! };
  });
  const textAt = (a: (typeof annotations)[number]): string => {
    const lines = readFileSync(join(ROOT, a.file), "utf8").split("\n");
    if (a.line === a.endLine) return lines[a.line - 1]!.slice(a.col - 1, a.endCol - 1);
    return [lines[a.line - 1]!.slice(a.col - 1), ...lines.slice(a.line, a.endLine - 1), lines[a.endLine - 1]!.slice(0, a.endCol - 1)].join("\n");
  };
  it("is the golden report, and exits 1", () => {
    expect(code).toBe(1);
    expect(stdout).toBe(readFileSync(join(ROOT, "fixtures/reports/golden/site.github.txt"), "utf8"));
  });
  it("each annotation points at the text it is about", () => {
    for (const a of annotations.filter((x) => x.ruleId === "fullwidth-punctuation")) expect(textAt(a), JSON.stringify(a)).toMatch(/^(?:[。，、：；！？（）【】《》]|&#12290;)$/u);
    const phrase = annotations.find((a) => a.ruleId === "his-party-delegation" && a.file.endsWith("inspection-visit.html") && a.line > 10)!;
    expect(textAt(phrase)).toBe("his party");
    const editor = annotations.find((a) => /credit-line$/.test(a.ruleId))!;
    expect(textAt(editor)).toBe("(Editor: Wang Li)");
  });
  it("nothing points into scripts, styles, code, attributes other than alt and title, or the clean page", () => {
    for (const a of annotations) {
      const line = readFileSync(join(ROOT, a.file), "utf8").split("\n")[a.line - 1]!;
      expect(line, JSON.stringify(a)).not.toMatch(/<script|pageLabels|content: "。"|<pre>|<textarea|name="keywords"|value="Check/);
    }
    expect(annotations.some((a) => a.file.endsWith("about.html"))).toBe(false);
  });
});

describe("fix --write on a copy of the site and the blog", () => {
  it("changes prose only: scripts, code, URLs and the clean page stay byte-identical", () => {
    const dir = mkdtempSync(join(tmpdir(), "mtclean-site-"));
    cpSync(join(ROOT, "fixtures/site"), join(dir, "site"), { recursive: true });
    cpSync(join(ROOT, "fixtures/blog"), join(dir, "blog"), { recursive: true });
    const { code, stderr } = run(["fix", "--write", "--unsafe", "site", "blog"], { cwd: dir });
    expect(stderr).toMatch(/fixed 7 of 9 files/);
    expect(code).toBe(0);
    for (const name of ["site/index.html", "site/news/inspection-visit.html", "site/docs/style-guide.html", "blog/posts/2023-08-31-inspection.md", "blog/posts/2023-09-05-tooling.md"]) {
      const fixed = readFileSync(join(dir, name), "utf8");
      expect(fixed).toBe(readFileSync(join(ROOT, "fixtures/markup-golden/unsafe", name), "utf8"));
    }
    expect(readFileSync(join(dir, "site/about.html"), "utf8")).toBe(readFileSync(join(ROOT, "fixtures/site/about.html"), "utf8"));
    expect(readFileSync(join(dir, "site/index.html"), "utf8")).toContain('window.pageLabels = { zh: "内涵式发展。", en: "connotative development。" };');
    expect(readFileSync(join(dir, "blog/posts/2023-09-05-tooling.md"), "utf8")).toContain('echo "connotative development。"');
  });
});

describe("the README's example: a configuration file and disable comments in HTML and Markdown", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const example = /\$ (node bin\/mtclean\.js check --format compact fixtures\/config-markup)\n([\s\S]*?)```/.exec(readme);
  const lines = (stdout: string): string[] => stdout.trimEnd().split("\n").filter((line) => !/^\d+ files?:/.test(line));
  it("prints what the README shows", () => {
    expect(example).not.toBeNull();
    const { stdout } = run(example![1]!.split(" ").slice(2));
    expect(stdout).toBe(example![2]);
  });
  it("--no-config: full-width marks are errors again and “his party” is reported on both files", () => {
    const withConfig = lines(run(["check", "--format", "compact", "fixtures/config-markup"]).stdout);
    const without = lines(run(["check", "--format", "compact", "--no-config", "fixtures/config-markup"]).stdout);
    expect(without.filter((line) => line.includes("[fullwidth-punctuation]")).every((line) => line.includes(": error "))).toBe(true);
    expect(without.filter((line) => line.includes("[his-party-delegation]")).map((line) => line.split(":").slice(0, 2).join(":"))).toEqual(["fixtures/config-markup/news.html:4", "fixtures/config-markup/post.md:5"]);
    expect(withConfig.some((line) => line.includes("[his-party-delegation]"))).toBe(false);
  });
  it("--no-inline-config: the banner lines silenced by the comments are reported", () => {
    const withComments = lines(run(["check", "--format", "compact", "fixtures/config-markup"]).stdout);
    const without = lines(run(["check", "--format", "compact", "--no-inline-config", "fixtures/config-markup"]).stdout);
    const added = without.filter((line) => !withComments.includes(line)).map((line) => line.split(":").slice(0, 2).join(":"));
    expect(added).toEqual(["fixtures/config-markup/news.html:6", "fixtures/config-markup/post.md:8"]);
  });
});
