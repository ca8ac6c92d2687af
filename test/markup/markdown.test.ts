// The Markdown processor, table-driven: what the rules see (segments with
// their kind) and what fix --unsafe makes of a document.
import { describe, expect, it } from "vitest";
import { Linter } from "../../src/linter.js";
import type { Rule } from "../../src/types.js";
import { markdownSegments } from "../../src/markup/markdown.js";
import { PLACEHOLDER as P } from "../../src/markup/builder.js";
import { expectConsistent } from "../support/segments.js";

const segmentCases: { name: string; source: string; segments: [string, string][] }[] = [
  { name: "paragraphs and headings", source: "# Title here\n\nFirst paragraph\nwraps.\n", segments: [["heading", "Title here"], ["paragraph", "First paragraph\nwraps."]] },
  { name: "emphasis keeps the sentence whole", source: "A *big* and **bold** ~~old~~ step.", segments: [["paragraph", "A big and bold old step."]] },
  { name: "inline code is a placeholder", source: "Run `npm install。` now.", segments: [["paragraph", `Run ${P} now.`]] },
  { name: "inline math is a placeholder", source: "Let $x。$ be.", segments: [["paragraph", `Let ${P} be.`]] },
  { name: "link text is prose, the destination is not", source: "See [the report](https://x.cn/a。b \"Title\") now.", segments: [["paragraph", "See the report now."]] },
  { name: "autolinks are placeholders", source: "Visit <https://x.cn/。> or www.example.com today.", segments: [["paragraph", `Visit ${P} or ${P} today.`]] },
  { name: "image alt is a caption of its own", source: "Look ![a *campus* photo](p.jpg) here.", segments: [["paragraph", `Look ${P} here.`], ["caption", "a campus photo"]] },
  { name: "block quotes lose their markers", source: "> One line\n> two &amp; \\* three.", segments: [["quote", "One line\ntwo & * three."]] },
  { name: "list items", source: "- first item\n- second\n  continued\n\n1. numbered", segments: [["list-item", "first item"], ["list-item", "second\ncontinued"], ["list-item", "numbered"]] },
  { name: "table cells, with an escaped pipe", source: "| Name | Note |\n| --- | --- |\n| Li | a \\| b |\n", segments: [["table-cell", "Name"], ["table-cell", "Note"], ["table-cell", "Li"], ["table-cell", "a | b"]] },
  { name: "code blocks, HTML and math blocks are not prose", source: "```\ncode。\n```\n\n    indented。\n\n<div>html。</div>\n\n$$\nx。\n$$\n\nText.", segments: [["paragraph", "Text."]] },
  { name: "definitions are not prose", source: "[a]: https://x.cn/。\n\nText [a].", segments: [["paragraph", "Text a."]] },
  {
    name: "front matter: title and description only",
    source: "---\ntitle: Campus news\ndescription: 'It''s the opening'\ntags: [news。]\nslug: news。\n---\nBody.",
    segments: [["metadata", "Campus news"], ["metadata", "It's the opening"], ["paragraph", "Body."]],
  },
  { name: "a folded description", source: "---\ndescription: >\n  The team visited\n  the campus.\n---\n", segments: [["metadata", "The team visited the campus."]] },
  { name: "hard line break stays a line break", source: "First line  \nsecond line", segments: [["paragraph", "First line\nsecond line"]] },
  { name: "a byte-order mark", source: "\uFEFF# Title\n\nText.", segments: [["heading", "Title"], ["paragraph", "Text."]] },
  { name: "CRLF line ends", source: "# Title\r\n\r\nOne\r\ntwo.\r\n", segments: [["heading", "Title"], ["paragraph", "One\r\ntwo."]] },
  // found by the property tests: GFM adds these links after parsing, without source positions
  { name: "a literal URL after a [ that opens no link is a placeholder", source: "Text [www.example.com and more\n", segments: [["paragraph", `Text [${P} and more`]] },
];

describe("markdown segments", () => {
  for (const c of segmentCases) {
    it(c.name, () => {
      const segments = markdownSegments(c.source);
      expect(segments.map((segment) => [segment.kind, segment.text])).toEqual(c.segments);
      expectConsistent(c.source, segments);
    });
  }
});

const linter = new Linter();
const fixCases: { name: string; source: string; output: string }[] = [
  { name: "punctuation in prose; code, URLs and front matter data untouched", source: "---\nslug: a。b\n---\nThe team arrived。Then `x。y` ran [here](https://x.cn/a。b)。\n", output: "---\nslug: a。b\n---\nThe team arrived. Then `x。y` ran [here](https://x.cn/a。b).\n" },
  { name: "a phrase across emphasis is reported, not fixed", source: "We promote *connotative* development.\n", output: "We promote *connotative* development.\n" },
  { name: "a phrase inside emphasis is fixed inside it", source: "We promote *connotative development*.\n", output: "We promote *quality-oriented development*.\n" },
  { name: "a fix next to a tag stays outside it", source: "It is *done*。Next.\n", output: "It is *done*. Next.\n" },
  { name: "an editor line goes with its blank line", source: "The forum closed.\n\n(Editor: Wang Li)\n\nNext story.\n", output: "The forum closed.\n\nNext story.\n" },
  { name: "a quoted title in front matter keeps its quotes", source: '---\ntitle: "The meeting，in full"\n---\n', output: '---\ntitle: "The meeting, in full"\n---\n' },
  { name: "a plain front-matter title cannot take a colon", source: "---\ntitle: Campus news：opening\n---\n", output: "---\ntitle: Campus news：opening\n---\n" },
  { name: "a heading that is page chrome goes whole, marker and blank line too", source: "# 【Print】【Close】\n\nThe forum closed.\n", output: "The forum closed.\n" },
  { name: "a last heading that is page chrome goes with the line break before it", source: "The forum closed.\n\n## 【Print】【Close】\n", output: "The forum closed.\n" },
  { name: "table cells escape a pipe", source: "| a | b |\n|---|---|\n| he said，yes | x |\n", output: "| a | b |\n|---|---|\n| he said, yes | x |\n" },
  // found by the property tests: "【" fixed to a bare "[" inside link text ended the link early, and the next pass crashed
  {
    name: "brackets from full-width ones are escaped, so a link keeps its text",
    source: '- [http://example.com/a.jpg 【Print】【Close】 会议](http://example.com/a_1.jpg "t") the\n\n学校\n',
    // 【Close】 touches Chinese on its right: the pair stays as it is, both marks
    output: '- [http://example.com/a.jpg \\[Print\\] 【Close】 会议](http://example.com/a_1.jpg "t") the\n\n学校\n',
  },
  { name: "an escaped bracket in link text", source: "See [the 【Print】 page](a.html)。\n", output: "See [the \\[Print\\] page](a.html).\n" },
  // found by the property tests: a paragraph deleted whole took its code or its link's URL with it
  { name: "a metadata line holding inline code is reported, not deleted", source: "Source: school Date: 2023-08-30 `his party。`\n\nNext.\n", output: "Source: school Date: 2023-08-30 `his party。`\n\nNext.\n" },
  // page chrome as a link's whole text is reported: deleting the text left an empty link, deleting the link its URL
  { name: "page chrome as link text stays, with its URL", source: 'Next.\n\n[【Print】【Close】](http://example.com/a_1.jpg "t")\n', output: 'Next.\n\n[\\[Print\\] \\[Close\\]](http://example.com/a_1.jpg "t")\n' },
  { name: "a link to the top stays: no empty link", source: "Text.\n\n[Back to top](#guide)\n\nMore.\n", output: "Text.\n\n[Back to top](#guide)\n\nMore.\n" },
  // a deleted line goes with its markers: no empty list item, quote line or heading is left
  { name: "a list item that is an image name goes with its bullet", source: "- photo.jpg\n- A real item\n", output: "- A real item\n" },
  { name: "a nested list item goes with its bullet", source: "- a\n  - photo.jpg\n  - b\n", output: "- a\n  - b\n" },
  { name: "an ordered item goes with its number", source: "1. First point.\n2. (over)\n", output: "1. First point.\n" },
  { name: "a loose list's item goes with one blank line", source: "1. A\n\n2. photo.jpg\n\n3. C\n", output: "1. A\n\n3. C\n" },
  { name: "a one-line quote goes with its marker and one blank line", source: "Text.\n\n> — THE END —\n\nMore.\n", output: "Text.\n\nMore.\n" },
  { name: "a quote's last paragraph goes with the empty quote line before it", source: "> A quote line.\n>\n> — THE END —\n", output: "> A quote line.\n" },
  { name: "a heading in a quote goes with its markers", source: "> ## Related reading\n> Text.\n", output: "> Text.\n" },
  { name: "a table cell that is an image name stays: no empty cell", source: "| No. | File |\n| --- | --- |\n| 2 | diagram.png |\n", output: "| No. | File |\n| --- | --- |\n| 2 | diagram.png |\n" },
  { name: "a line sharing its markers with another block stays", source: "- > photo.jpg\n", output: "- > photo.jpg\n" },
  { name: "a footnote's text stays: its label shares the line", source: "Text.[^1]\n\n[^1]: photo.jpg\n", output: "Text.[^1]\n\n[^1]: photo.jpg\n" },
  { name: "a text-only editor line at the end goes with the blank line before it", source: "Next.\n\n(Editor: Li Ming)\n", output: "Next.\n" },
  { name: "code blocks keep 。 and connotative development", source: "```\nconnotative development。\n```\n", output: "```\nconnotative development。\n```\n" },
  // a fix must not turn a line into block syntax: "1." at a line start is an ordered list
  { name: "a full-width number and stop at a paragraph's start stay text", source: "１． Not a list\n", output: "1\\. Not a list\n" },
  { name: "a full-width number and paren stay text", source: "Intro.\n\n１） Not a list\n", output: "Intro.\n\n1\\) Not a list\n" },
  { name: "a full-width number before an ASCII stop stays text", source: "２０２４. The year\n", output: "2024\\. The year\n" },
  { name: "a number at a wrapped line's start stays text", source: "He counted\n１． Then\n", output: "He counted\n1\\. Then\n" },
  { name: "a number in a list item stays text, not a nested list", source: "- １． nested\n- two\n", output: "- 1\\. nested\n- two\n" },
  { name: "a number in a quote stays text", source: "> １． quoted\n", output: "> 1\\. quoted\n" },
  { name: "inside a line a number needs no escape", source: "He counted １． Then\n", output: "He counted 1. Then\n" },
  { name: "a heading's text is never block syntax", source: "# １． Heading\n", output: "# 1. Heading\n" },
  { name: "a table cell's text is never block syntax", source: "| a |\n|---|\n| １． x |\n", output: "| a |\n|---|\n| 1. x |\n" },
];

describe("markdown fixes", () => {
  for (const c of fixCases) {
    it(c.name, () => {
      const { output } = linter.fix(c.source, { format: "markdown", unsafe: true });
      expect(output).toBe(c.output);
      expect(linter.fix(output, { format: "markdown", unsafe: true }).output).toBe(output);
    });
  }
  it("a deletion that brings a marker to a line start escapes it, or is not applied", () => {
    // a rule that deletes "Note: ", as a dictionary entry for page chrome would
    const deleteNote: Rule = {
      meta: { id: "delete-note", category: "test", severity: "warning", safety: "safe", description: "", languages: ["en", "none"] },
      check({ segment, report }) {
        for (const match of segment.text.matchAll(/Note: /g)) report({ start: match.index, end: match.index + 6, message: "note", replacements: [""] });
      },
    };
    const deleting = new Linter({ builtin: false, builtinRules: false, customRules: [deleteNote], rules: { "delete-note": "warning" } });
    const fix = (source: string) => deleting.fix(source, { format: "markdown" }).output;
    expect(fix("Note: - item\n")).toBe("\\- item\n");
    expect(fix("Note: # Title\n")).toBe("\\# Title\n");
    expect(fix("Note: > quote\n")).toBe("\\> quote\n");
    expect(fix("Text.\nNote: + item\n")).toBe("Text.\n\\+ item\n");
    expect(fix("Note: the end\n")).toBe("the end\n");
    // the marker is past the deletion: a backslash cannot go before a digit, so the finding is only reported
    expect(fix("Note: 1. item\n")).toBe("Note: 1. item\n");
    expect(deleting.check("Note: 1. item\n", { format: "markdown" }).map((f) => f.fix)).toEqual([undefined]);
  });
  it("a finding in a table cell points at its line and column", () => {
    const findings = linter.check("| a | b |\n|---|---|\n| x | he said，yes |\n", { format: "markdown" });
    expect(findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([["fullwidth-punctuation", 3, 14]]);
  });
});
