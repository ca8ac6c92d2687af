// Generators for the property tests: random Unicode, machine-translated-news
// text built from the pieces mtclean's rules react to, and Markdown and HTML
// documents made of the same pieces. Each document knows its Chinese
// paragraphs, which no fix may change.
import fc from "fast-check";

export interface Document {
  source: string;
  /** paragraphs of Chinese text in the document, in order: fix must leave each as it is */
  chinese: string[];
}

const LINE_BREAKS = ["\n", "\r\n", "\r"];
const BLANK_LINES = ["\n\n", "\r\n\r\n", "\r\r", "\n \n", "\n\n\n", "\r\n\n"];

/** What MT output is made of: words, phrases the dictionaries know, full-width punctuation, placeholders, spaces. */
const PIECES = [
  "the", "The", "campus", "school", "his party", "His party", "delegation", "and his party visited", "conduct research at",
  "carry out", "connotative development", "University", "the the", "In", "In this", "research", "Teachers", "students",
  "Wechat picture _20230831112840_ Copy.jpg", "微信图片_20230831112846.jpg", "(Editor: Li Ming)", "Source: school Date: 2023-08-30",
  "Views: 128", "【Print】【Close】", "2023", "30", "3.5", "Ａ", "１２", "ｃｏｍ",
  "。", "，", "：", "；", "！", "？", "（", "）", "“", "”", "、", "…", "——",
  ".", ",", ":", ";", "!", "?", "(", ")", "'s", "-", "—", "\"", "'",
  " ", " ", " ", "  ", "\t", "\u3000", "\u00a0",
  "学校", "召开", "会议", "2023年8月30日", "十九大",
  "http://example.com/a.jpg", "a.png", "&", "<", ">", "*", "_", "`", "#", "|",
  "mtclean-disable-next-line", "<!-- mtclean-disable-line -->",
];

const piece = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) });

/** One line or paragraph of English-ish MT text (no blank lines inside). */
export const mtInline = fc.array(piece, { minLength: 1, maxLength: 14 }).map((pieces) => pieces.join(" ").replace(/\s+$/, ""));

/** A paragraph of Chinese only: Han characters, CJK punctuation and digits; it starts with a Han character. */
export const chineseParagraph = fc
  .tuple(
    fc.constantFrom("学校", "我校", "会议", "教师"),
    fc.array(fc.constantFrom("召开", "新学期", "工作", "会议", "学生", "老师", "。", "，", "、", "：", "“", "”", "（", "）", "2023", "年", "8月", "30日", "内涵式发展", "一行"), { maxLength: 16 }),
  )
  .map(([first, rest]) => first + rest.join(""));

const multiLine = fc.tuple(mtInline, fc.array(fc.tuple(fc.constantFrom(...LINE_BREAKS), mtInline), { maxLength: 3 })).map(([first, rest]) => first + rest.map(([br, line]) => br + line).join(""));

type Block = { text: string; chinese?: string };
const joinBlocks = (blocks: Block[], separators: readonly string[]): Document => ({
  source: blocks.map((block, index) => (index === 0 ? "" : separators[index % separators.length]!) + block.text).join(""),
  chinese: blocks.flatMap((block) => (block.chinese ? [block.chinese] : [])),
});
const chineseBlock = (wrap: (text: string) => string = (text) => text): fc.Arbitrary<Block> => chineseParagraph.map((text) => ({ text: wrap(text), chinese: text }));

/** Random Unicode, any code point (and lone surrogates), with line breaks. */
export const unicodeDocument: fc.Arbitrary<Document> = fc
  .array(fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.string({ unit: "grapheme", maxLength: 30 }), fc.constantFrom(...LINE_BREAKS, ...BLANK_LINES, "\uD800", "\uDC00", "\uFEFF", "\u200B")), { maxLength: 12 })
  .map((parts) => ({ source: parts.join(""), chinese: [] }));

/** Plain text: English MT paragraphs and Chinese paragraphs between blank lines, any line breaks, maybe a BOM. */
export const textDocument: fc.Arbitrary<Document> = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.oneof({ weight: 3, arbitrary: multiLine.map((text): Block => ({ text })) }, { weight: 1, arbitrary: chineseBlock() }), { minLength: 1, maxLength: 8 }),
    fc.array(fc.constantFrom(...BLANK_LINES), { minLength: 1, maxLength: 3 }),
    fc.constantFrom("", "\n", "\r\n"),
  )
  .map(([bom, blocks, separators, end]) => {
    const document = joinBlocks(blocks, separators);
    return { source: (bom ? "\uFEFF" : "") + document.source + end, chinese: document.chinese };
  });

const mdInline = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: mtInline },
      { weight: 1, arbitrary: mtInline.map((text) => `*${text}*`) },
      { weight: 1, arbitrary: mtInline.map((text) => `**${text}**`) },
      { weight: 1, arbitrary: fc.constantFrom("`his party。`", "`a  b`", "``x`y``") },
      { weight: 1, arbitrary: mtInline.map((text) => `[${text}](http://example.com/a_1.jpg "t")`) },
      { weight: 1, arbitrary: fc.constantFrom("![Wechat picture _20230831112840_ Copy.jpg](a.jpg)", "<http://a.b/c。d>", "\\*", "<span>the the</span>", "[^1]", "$x^2$") },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(" "));

/** Markdown: headings, lists, quotes, code, tables, HTML, front matter, with MT text and Chinese paragraphs. */
export const markdownDocument: fc.Arbitrary<Document> = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: mdInline.map((text): Block => ({ text })) },
        { weight: 2, arbitrary: chineseBlock() },
        { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 3 }), mdInline).map(([level, text]): Block => ({ text: `${"#".repeat(level)} ${text}` })) },
        { weight: 1, arbitrary: fc.array(mdInline, { minLength: 1, maxLength: 3 }).map((items): Block => ({ text: items.map((item) => `- ${item}`).join("\n") })) },
        { weight: 1, arbitrary: mdInline.map((text): Block => ({ text: `> ${text}` })) },
        { weight: 1, arbitrary: mtInline.map((text): Block => ({ text: "```\n" + text + "\n```" })) },
        { weight: 1, arbitrary: fc.tuple(mdInline, mdInline).map(([a, b]): Block => ({ text: `| a | b |\n| --- | --- |\n| ${a.replace(/\|/g, "")} | ${b.replace(/\|/g, "")} |` })) },
        { weight: 1, arbitrary: mtInline.map((text): Block => ({ text: `<div class="x">${text}</div>` })) },
        { weight: 1, arbitrary: fc.constantFrom<Block>({ text: "<!-- mtclean-disable -->" }, { text: "<!-- mtclean-enable -->" }, { text: "    indented code。the the" }, { text: "***" }) },
      ),
      { minLength: 1, maxLength: 8 },
    ),
    fc.constantFrom(["\n\n"], ["\r\n\r\n"], ["\n\n", "\n\n\n"]),
  )
  .map(([frontMatter, blocks, separators]) => {
    const document = joinBlocks(blocks, separators);
    return { source: (frontMatter ? "---\ntitle: his party。\n---\n\n" : "") + document.source + "\n", chinese: document.chinese };
  });

const htmlInline = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: mtInline.map((text) => text.replace(/[<>&]/g, " ")) },
      { weight: 1, arbitrary: fc.constantFrom("&amp;", "&lt;", "&nbsp;", "&#12290;", "&#x3002;", "&ldquo;", "&rsquo;s", "&bogus;", "<br>", "<b>the</b> the", "<code>his party</code>", '<img alt="Wechat picture _20230831112840_ Copy.jpg" src="a.jpg">', '<a href="http://example.com/a.jpg">his party</a>', "<!-- c -->") },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(" "));

/** HTML: paragraphs, headings, code, scripts and styles, entities and comments, with MT text and Chinese paragraphs. */
export const htmlDocument: fc.Arbitrary<Document> = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: htmlInline.map((text): Block => ({ text: `<p>${text}</p>` })) },
        { weight: 2, arbitrary: chineseBlock((text) => `<p>${text}</p>`) },
        { weight: 1, arbitrary: htmlInline.map((text): Block => ({ text: `<h2 id="a">${text}</h2>` })) },
        { weight: 1, arbitrary: mtInline.map((text): Block => ({ text: `<pre><code>${text.replace(/[<&]/g, " ")}</code></pre>` })) },
        { weight: 1, arbitrary: fc.constantFrom<Block>({ text: '<script>var s = "his party。";</script>' }, { text: "<style>p::after { content: '。'; }</style>" }, { text: "<!-- mtclean-disable-next-line -->" }, { text: "<ul><li>the the</li><li>campus。In</li></ul>" }, { text: "<p>unclosed <b>tag" }) },
      ),
      { minLength: 1, maxLength: 8 },
    ),
    fc.constantFrom("\n", "\n\n", "\r\n"),
    fc.boolean(),
  )
  .map(([blocks, separator, wrapped]) => {
    const document = joinBlocks(blocks, [separator]);
    const source = wrapped ? `<!DOCTYPE html>\n<html><head><title>his party。</title></head><body>\n${document.source}\n</body></html>\n` : document.source;
    return { source, chinese: document.chinese };
  });
