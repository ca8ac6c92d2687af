// Generators for the property tests: random Unicode, machine-translated-news
// text built from the pieces mtclean's rules react to, and Markdown and HTML
// documents made of the same pieces. Each document knows its Chinese
// paragraphs, which no fix may change.
import fc from "fast-check";

export interface Document {
  source: string;
  /** paragraphs of Chinese text in the document, in order: fix must leave each as it is */
  chinese: string[];
  /** code, scripts, preformatted text, URLs and other markup that is not prose, in order: fix must leave each as it is */
  kept?: string[];
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

type Block = { text: string; chinese?: string; kept?: string[] };
const joinBlocks = (blocks: Block[], separators: readonly string[]): Required<Document> => ({
  source: blocks.map((block, index) => (index === 0 ? "" : separators[index % separators.length]!) + block.text).join(""),
  chinese: blocks.flatMap((block) => (block.chinese ? [block.chinese] : [])),
  kept: blocks.flatMap((block) => block.kept ?? []),
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

/** Inline content and the parts of it that are not prose. */
type Inline = { text: string; kept: string[] };
const prose = (text: string): Inline => ({ text, kept: [] });
const kept = (text: string, part = text): Inline => ({ text, kept: [part] });
const joinInline = (parts: Inline[]): Inline => ({ text: parts.map((part) => part.text).join(" "), kept: parts.flatMap((part) => part.kept) });

/**
 * MT text for documents whose code and URLs are checked: without the
 * characters that would open or close Markdown syntax, so a code span or a
 * link stays what the generator made it (the syntax soups below mix them freely).
 */
const mdProse = mtInline.map((text) => text.replace(/[`[\]()<>*_\\|$!&~#]/g, " ").trim() || "the campus");

const mdInline = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: mdProse.map(prose) },
      { weight: 1, arbitrary: mdProse.map((text) => prose(`*${text}*`)) },
      { weight: 1, arbitrary: mdProse.map((text) => prose(`**${text}**`)) },
      { weight: 1, arbitrary: fc.constantFrom("`his party。`", "`a  b`", "``x`y``", "`(Editor: Li Ming)`").map((code) => kept(code)) },
      { weight: 1, arbitrary: mdProse.map((text) => kept(`[${text}](http://example.com/a_1.jpg "t")`, '(http://example.com/a_1.jpg "t")')) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          kept("![Wechat picture _20230831112840_ Copy.jpg](a.jpg)", "](a.jpg)"),
          kept("<http://a.b/c。d>"),
          kept("$x^2。$"),
          kept("www.example.com/a。b"),
          prose("\\*"),
          kept("<span>the the</span>", "<span>"),
          prose("[^1]"),
        ),
      },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map(joinInline);

/** Markdown: headings, lists, quotes, code, tables, HTML, front matter, with MT text and Chinese paragraphs. */
export const markdownDocument: fc.Arbitrary<Document> = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: mdInline.map((inline): Block => inline) },
        { weight: 2, arbitrary: chineseBlock() },
        { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 3 }), mdInline).map(([level, inline]): Block => ({ text: `${"#".repeat(level)} ${inline.text}`, kept: inline.kept })) },
        { weight: 1, arbitrary: fc.array(mdInline, { minLength: 1, maxLength: 3 }).map((items): Block => ({ text: items.map((item) => `- ${item.text}`).join("\n"), kept: items.flatMap((item) => item.kept) })) },
        { weight: 1, arbitrary: mdInline.map((inline): Block => ({ text: `> ${inline.text}`, kept: inline.kept })) },
        { weight: 1, arbitrary: mdProse.map((text): Block => ({ text: "```\n" + text + "\n```", kept: ["```\n" + text + "\n```"] })) },
        { weight: 1, arbitrary: fc.tuple(mdInline, mdInline).map(([a, b]): Block => ({ text: `| a | b |\n| --- | --- |\n| ${a.text} | ${b.text} |`, kept: [...a.kept, ...b.kept] })) },
        { weight: 1, arbitrary: mdProse.map((text): Block => ({ text: `<div class="x">${text}</div>`, kept: [`<div class="x">${text}</div>`] })) },
        { weight: 1, arbitrary: mdProse.map((text): Block => ({ text: "$$\n" + text + "\n$$", kept: ["$$\n" + text + "\n$$"] })) },
        { weight: 1, arbitrary: fc.constantFrom<Block>({ text: "<!-- mtclean-disable -->" }, { text: "<!-- mtclean-enable -->" }, { text: "    indented code。the the" }, { text: "***" }, { text: "[a]: http://example.com/x。y", kept: ["http://example.com/x。y"] }) },
      ),
      { minLength: 1, maxLength: 8 },
    ),
    fc.constantFrom(["\n\n"], ["\r\n\r\n"], ["\n\n", "\n\n\n"]),
  )
  .map(([frontMatter, blocks, separators]) => {
    const document = joinBlocks(blocks, separators);
    const front = frontMatter ? "---\ntitle: his party。\nslug: his-party。\n---\n\n" : "";
    return { source: front + document.source + "\n", chinese: document.chinese, kept: [...(frontMatter ? ["slug: his-party。"] : []), ...document.kept] };
  });

const htmlProse = mtInline.map((text) => text.replace(/[<>&]/g, " "));

const htmlInline = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: htmlProse.map(prose) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          ...["&amp;", "&lt;", "&nbsp;", "&#12290;", "&#x3002;", "&ldquo;", "&rsquo;s", "&bogus;", "<br>", "<b>the</b> the"].map(prose),
          kept("<code>his party。</code>"),
          kept("<kbd>the  the</kbd>"),
          kept('<img alt="Wechat picture _20230831112840_ Copy.jpg" src="a。b.jpg">', 'src="a。b.jpg"'),
          kept('<a href="http://example.com/a，b.jpg">his party</a>', 'href="http://example.com/a，b.jpg"'),
          kept("<!-- his party。 -->"),
        ),
      },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map(joinInline);

/** HTML: paragraphs, headings, code, scripts and styles, entities and comments, with MT text and Chinese paragraphs. */
export const htmlDocument: fc.Arbitrary<Document> = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: htmlInline.map((inline): Block => ({ text: `<p>${inline.text}</p>`, kept: inline.kept })) },
        { weight: 2, arbitrary: chineseBlock((text) => `<p>${text}</p>`) },
        { weight: 1, arbitrary: htmlInline.map((inline): Block => ({ text: `<h2 id="a。b">${inline.text}</h2>`, kept: ['id="a。b"', ...inline.kept] })) },
        { weight: 1, arbitrary: htmlProse.map((text): Block => ({ text: `<pre><code>${text}</code></pre>`, kept: [`<pre><code>${text}</code></pre>`] })) },
        { weight: 1, arbitrary: htmlProse.map((text): Block => ({ text: `<pre>${text}\n<b>${text}</b></pre>`, kept: [`<pre>${text}\n<b>${text}</b></pre>`] })) },
        {
          weight: 1,
          arbitrary: fc.constantFrom<Block>(
            { text: '<script>var s = "his party。";</script>', kept: ['<script>var s = "his party。";</script>'] },
            { text: "<script>if (a < b) document.write('<p>the the。</p>');</script>", kept: ["<script>if (a < b) document.write('<p>the the。</p>');</script>"] },
            { text: "<style>p::after { content: '。'; }</style>", kept: ["<style>p::after { content: '。'; }</style>"] },
            { text: "<textarea>his party。</textarea>", kept: ["<textarea>his party。</textarea>"] },
            { text: "<!-- mtclean-disable-next-line -->" },
            { text: "<ul><li>the the</li><li>campus。In</li></ul>" },
            { text: "<p>unclosed <b>tag" },
          ),
        },
      ),
      { minLength: 1, maxLength: 8 },
    ),
    fc.constantFrom("\n", "\n\n", "\r\n"),
    fc.boolean(),
  )
  .map(([blocks, separator, wrapped]) => {
    const document = joinBlocks(blocks, [separator]);
    const source = wrapped ? `<!DOCTYPE html>\n<html><head><title>his party。</title></head><body>\n${document.source}\n</body></html>\n` : document.source;
    return { source, chinese: document.chinese, kept: document.kept };
  });

/** Any mix of the pieces and of syntax: unbalanced brackets, stray backticks and markers, broken tags and entities. */
const soup = (syntax: readonly string[]): fc.Arbitrary<Document> =>
  fc
    .array(
      fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...syntax) }, { weight: 2, arbitrary: piece }, { weight: 2, arbitrary: mtInline }, { weight: 1, arbitrary: chineseParagraph }),
      { minLength: 4, maxLength: 60, size: "medium" },
    )
    .map((parts) => ({ source: parts.join(""), chinese: [] }));

/** Random Markdown: syntax characters and constructs in any order, with MT text. */
export const markdownSoup = soup([
  "[", "]", "(", ")", "![", "](", "<", ">", "*", "**", "_", "__", "`", "```", "~~", "$", "$$", "#", "# ", "> ", "- ", "* ", "1. ",
  "|", "| --- |", "\\", "&amp;", "&#", "&#12290;", "\n", "\n\n", "\r\n", "\r", "  \n", "    ", "\t", "---\n", "***", "===",
  "www.a.com", "http://x.cn/a。b", "a@b.cn", "mailto:a@b.cn", "[^1]", "[^1]: ", "[a]: http://x.cn", "<!--", "-->", "<div>", "</div>", "<b>", "\uFEFF",
]);

/** Random HTML: tags, attributes, entities, comments and raw-text elements in any order, with MT text. */
export const htmlSoup = soup([
  "<p>", "</p>", "<", ">", "</", "/>", "<b>", "</b>", "<br>", "<pre>", "</pre>", "<code>", "</code>", "<script>", "</script>", "<style>", "</style>",
  "<!--", "-->", "<![CDATA[", "]]>", "&", "&amp;", "&#", "&#x3002;", "&#12290;", "&nbsp;", ";", '"', "'", "=", '<a href="', '<img alt="', " title=",
  "<title>", "</title>", "<nav>", "</nav>", "<textarea>", "</textarea>", "<td>", "<li>", "<h1>", "<!DOCTYPE html>", "\n", "\r\n", "\r",
  '<meta name="description" content="', "<svg>", "</svg>", "<template>", "<xmp>", "<plaintext>", "<?xml ?>", "\uFEFF",
]);
