// Generated plain texts for the tests of large files read a piece at a time:
// news and seed paragraphs (the seed's carry safe fixes and page chrome),
// with multi-byte characters (none from U+2E80 on, so no char may be Han),
// some paragraphs far longer than a chunk, CRLF and lone CR in parts.
import { readFileSync } from "node:fs";
import { mayHaveHan } from "../../src/language/detect.js";

const SEED = readFileSync(new URL("../../fixtures/seed/input.txt", import.meta.url), "utf8");
const NEWS = readFileSync(new URL("../../../shared/corpus/english/ntrex128_newstest2019_en.txt", import.meta.url), "utf8");

/** Characters of two, three and four bytes in UTF-8 and GB18030, all below U+2E80. */
const MULTI = ["café", "“quoted”", "costs €5", "naïve—really", "ʃ sound", "Ωmega", "½ done"];

/** A text of at least `chars` characters, deterministic for a seed. */
export function largeText(chars: number, seed = 1, lineBreak: "\n" | "\r\n" | "mixed" = "mixed"): string {
  let state = seed;
  const random = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  const seedParagraphs = SEED.split(/\n\s*\n/).filter((p) => !mayHaveHan(p));
  const news = NEWS.split("\n").filter(Boolean);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const kind = random(10);
    let paragraph: string;
    if (kind < 3) paragraph = seedParagraphs[random(seedParagraphs.length)]!;
    else if (kind === 3) paragraph = Array.from({ length: 40 }, () => news[random(news.length)]).join(" "); // far longer than a small chunk
    else paragraph = news.slice(random(news.length - 3), undefined).slice(0, 1 + random(3)).join(random(2) ? " " : "\n");
    if (random(3) === 0) paragraph = paragraph.replace(/ the /, ` the ${MULTI[random(MULTI.length)]} `);
    if (random(7) === 0) paragraph += " the the same word twice";
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  const text = parts.join("\n\n") + "\n";
  if (lineBreak === "\n") return text;
  if (lineBreak === "\r\n") return text.replace(/\n/g, "\r\n");
  let count = 0;
  return text.replace(/\n/g, () => ["\n", "\r\n", "\r\n", "\r"][count++ % 4]!);
}
