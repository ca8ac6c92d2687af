// The HTML processor, table-driven: what the rules see (segments with their
// kind) and what fix --unsafe makes of a page.
import { describe, expect, it } from "vitest";
import { Linter } from "../../src/linter.js";
import { htmlSegments } from "../../src/markup/html.js";
import { PLACEHOLDER as P } from "../../src/markup/builder.js";
import { expectConsistent } from "../support/segments.js";

const segmentCases: { name: string; source: string; segments: [string, string][] }[] = [
  { name: "block elements are paragraphs, by kind", source: "<h1>Title</h1><p>Text here.</p><ul><li>One</li></ul><table><tr><th>Head</th><td>Cell</td></tr></table><blockquote><p>Said.</p></blockquote>", segments: [["heading", "Title"], ["paragraph", "Text here."], ["list-item", "One"], ["table-cell", "Head"], ["table-cell", "Cell"], ["quote", "Said."]] },
  { name: "inline elements keep one paragraph", source: "<p>The <a href='/x'>team</a> <em>visited</em> <strong>the</strong> <span>campus</span>.</p>", segments: [["paragraph", "The team visited the campus."]] },
  { name: "<br> separates paragraphs", source: "<p>First line<br>second line<br/>third</p>", segments: [["paragraph", "First line"], ["paragraph", "second line"], ["paragraph", "third"]] },
  { name: "white space reads as a browser shows it", source: "<p>The team\n      visited  <b> the</b> campus.</p>", segments: [["paragraph", "The team visited the campus."]] },
  { name: "a single line break reads as a space", source: "<p>The team\nvisited.</p>", segments: [["paragraph", "The team visited."]] },
  { name: "entities are decoded", source: "<p>R&amp;D&nbsp;centre&#12290;&lt;tag&gt;</p>", segments: [["paragraph", "R&D\u00a0centre。<tag>"]] },
  { name: "code is a placeholder, script and style vanish", source: "<p>Run <code>npm。</code> now<script>var a = '。';</script><style>p{}</style>.</p>", segments: [["paragraph", `Run ${P} now.`]] },
  { name: "pre and textarea are not prose", source: "<pre>connotative development。</pre><p>Text <textarea>x。</textarea></p>", segments: [["paragraph", `Text ${P}`]] },
  { name: "comments are not prose", source: "<p>Before <!-- a note。 --> after.</p>", segments: [["paragraph", "Before after."]] },
  { name: "alt, title and meta description are prose", source: '<head><title>Site &amp; news</title><meta name="description" content="About us。"><meta name="keywords" content="a。b"></head><p>See <img src="a。.png" alt="A photo"> <a href="/x。" title="More news">here</a>.</p>', segments: [["metadata", "Site & news"], ["metadata", "About us。"], ["paragraph", `See ${P} here.`], ["caption", "A photo"], ["metadata", "More news"]] },
  { name: "translate=no is left alone", source: '<p>Welcome to <span translate="no">Zhongguancun。</span> today.</p><div translate="no">Untouched。</div>', segments: [["paragraph", `Welcome to ${P} today.`]] },
  { name: "navigation is a kind of its own", source: "<nav><ul><li><a href='/'>Home</a></li></ul></nav><p>Text.</p>", segments: [["navigation", "Home"], ["paragraph", "Text."]] },
  // found by the property tests: after a comment or CDATA left open at the end, htmlparser2's indices run past the end
  { name: "a comment or CDATA left open at the end of the file stays inside it", source: "<p>Run <code><![CDATA[x", segments: [["paragraph", `Run ${P}`]] },
  { name: "text outside any paragraph element", source: "<body>Loose text<div>Block</div>tail</body>", segments: [["paragraph", "Loose text"], ["paragraph", "Block"], ["paragraph", "tail"]] },
];

describe("html segments", () => {
  for (const c of segmentCases) {
    it(c.name, () => {
      const segments = htmlSegments(c.source);
      expect(segments.map((segment) => [segment.kind, segment.text])).toEqual(c.segments);
      expectConsistent(c.source, segments);
    });
  }
});

const linter = new Linter();
const fixCases: { name: string; source: string; output: string }[] = [
  { name: "punctuation in prose; scripts and code untouched", source: "<p>The team arrived。Then <code>x。y</code> ran.</p><script>s='。'</script>", output: "<p>The team arrived. Then <code>x。y</code> ran.</p><script>s='。'</script>" },
  { name: "a fix before a tag stays outside it", source: "<p>It is <em>done</em>。<a href='/n'>Next</a>.</p>", output: "<p>It is <em>done</em>. <a href='/n'>Next</a>.</p>" },
  { name: "a phrase across a tag is reported, not fixed", source: "<p>We promote <em>connotative</em> development.</p>", output: "<p>We promote <em>connotative</em> development.</p>" },
  { name: "entities stay entities where the fix does not reach", source: "<p>R&amp;D&nbsp;centre&#12290;Then</p>", output: "<p>R&amp;D&nbsp;centre. Then</p>" },
  { name: "a replacement is escaped", source: "<p>The 《Report》 came.</p>", output: "<p>The “Report” came.</p>" },
  { name: "alt text is fixed inside its quotes", source: '<img src="x.png" alt="The campus，at night">', output: '<img src="x.png" alt="The campus, at night">' },
  { name: "an editor line leaves its element", source: "<p>Story.</p>\n<p>(Editor: Wang Li)</p>", output: "<p>Story.</p>\n<p></p>" },
  { name: "a breadcrumb in the site's navigation stays; one pasted into the article goes", source: "<nav><a href='/'>Home</a> &gt; <a href='/news/'>News</a> &gt; Today</nav>\n<p>Home &gt; News &gt; Today</p>", output: "<nav><a href='/'>Home</a> &gt; <a href='/news/'>News</a> &gt; Today</nav>\n<p></p>" },
  { name: "an unquoted attribute cannot take a space", source: "<img alt=Campus，night>", output: "<img alt=Campus，night>" },
  // a line deletion that would leave an empty link, heading, list item or table cell is only reported
  { name: "link text that is page chrome stays: no empty <a href>", source: '<p><a href="#guide">Back to top</a></p>', output: '<p><a href="#guide">Back to top</a></p>' },
  { name: "a heading that is page chrome stays: no empty <h2>", source: "<p>Story.</p>\n<h2>Related reading</h2>", output: "<p>Story.</p>\n<h2>Related reading</h2>" },
  { name: "a list item that is an image name stays: no empty <li>", source: "<ul><li>photo.jpg</li><li>A real item</li></ul>", output: "<ul><li>photo.jpg</li><li>A real item</li></ul>" },
  { name: "a table cell that is an image name stays: no empty <td>", source: "<table><tr><td>2</td><td>diagram.png</td></tr></table>", output: "<table><tr><td>2</td><td>diagram.png</td></tr></table>" },
  { name: "an editor line after a <br> in a list item goes: the item keeps its text", source: "<ul><li>Story.<br>(Editor: Wang Li)</li></ul>", output: "<ul><li>Story.<br></li></ul>" },
];

describe("html fixes", () => {
  for (const c of fixCases) {
    it(c.name, () => {
      const { output } = linter.fix(c.source, { format: "html", unsafe: true });
      expect(output).toBe(c.output);
      expect(linter.fix(output, { format: "html", unsafe: true }).output).toBe(output);
    });
  }
  it("language is detected per paragraph, across inline tags", () => {
    const source = "<p>这是<em>中文</em>段落。</p><p>This <em>is</em> English。</p>";
    expect(linter.check(source, { format: "html" }).map((f) => [f.ruleId, f.column])).toEqual([["fullwidth-punctuation", source.lastIndexOf("。") + 1]]);
  });
});
