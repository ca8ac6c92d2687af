// Inputs for the benchmark, generated deterministically from ../shared/corpus
// (never copied into the repository): a news site of many small articles, a
// dictionary of real English bigrams, a bilingual document, one huge file.
import { mkdirSync, openSync, readFileSync, writeFileSync, writeSync, closeSync } from "node:fs";
import { join } from "node:path";

export const SHARED = new URL("../../shared/", import.meta.url).pathname;
export const ENGLISH_DIR = join(SHARED, "corpus/english");
const NEWS = join(ENGLISH_DIR, "ntrex128_newstest2019_en.txt");
const SOTU = join(ENGLISH_DIR, "sotu_1945_2021.txt");
const PARALLEL = join(SHARED, "corpus/parallel/ntrex128_newstest2019_zh-en.tsv");
const SEED = new URL("../fixtures/seed/input.txt", import.meta.url).pathname;

/** A small linear congruential generator: the same corpus on every run. */
function random(seed) {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

function sentences() {
  const news = readFileSync(NEWS, "utf8").split("\n").filter(Boolean);
  const sotu = readFileSync(SOTU, "utf8").split(/(?<=[.!?])\s+/).filter((s) => s.length > 20);
  return [...news, ...sotu];
}

/**
 * `files` articles of about `bytesEach` bytes: paragraphs of news and speech
 * sentences; one article in ten carries machine-translation leftovers (a
 * paragraph of the seed article), so the rules have something to find.
 */
export function writeSite(dir, files, bytesEach) {
  mkdirSync(dir, { recursive: true });
  const pool = sentences();
  const seed = readFileSync(SEED, "utf8").split(/\n\s*\n/);
  const pick = random(42);
  let total = 0;
  for (let i = 0; i < files; i++) {
    const paragraphs = [];
    let size = 0;
    while (size < bytesEach) {
      const count = 2 + pick(4);
      const paragraph = Array.from({ length: count }, () => pool[pick(pool.length)]).join(" ");
      paragraphs.push(paragraph);
      size += Buffer.byteLength(paragraph) + 2;
    }
    if (i % 10 === 0) paragraphs.splice(1, 0, seed[pick(seed.length)]);
    const text = paragraphs.join("\n\n") + "\n";
    total += Buffer.byteLength(text);
    writeFileSync(join(dir, `article-${String(i).padStart(4, "0")}.txt`), text);
  }
  return total;
}

/** The most frequent bigrams of the English corpus (both words of 3 letters or more), most frequent first. */
function frequentBigrams() {
  const counts = new Map();
  for (const sentence of sentences()) {
    const words = sentence.toLowerCase().match(/[a-z]+/g) ?? [];
    for (let i = 1; i < words.length; i++) {
      if (words[i - 1].length < 3 || words[i].length < 3) continue;
      const bigram = `${words[i - 1]} ${words[i]}`;
      counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([bigram]) => bigram);
}

/**
 * A dictionary of `entries` phrase entries: the corpus's own bigrams (so they
 * match, as a real style guide's terms do), then made-up pairs of its words
 * when there are not enough bigrams.
 */
export function writeDictionary(file, entries) {
  const bigrams = frequentBigrams().slice(200, 200 + entries); // past the most common ("of the" kind)
  const words = [...new Set(bigrams.flatMap((b) => b.split(" ")))];
  const pick = random(7);
  const phrases = new Set(bigrams);
  while (phrases.size < entries) phrases.add(`${words[pick(words.length)]} ${words[pick(words.length)]} ${words[pick(words.length)]}`);
  const lines = ["category: phrasing", "entries:"];
  [...phrases].slice(0, entries).forEach((phrase, i) => {
    const replacement = `bench term ${i}`;
    lines.push(
      `  - id: bench-${i}`,
      `    match: ${phrase}`,
      `    replace: ${replacement}`,
      `    safety: suggestion`,
      `    message: Benchmark entry ${i}.`,
      `    examples: [{before: "${phrase}", after: "${replacement}"}]`,
      `    keep: ["nothing here"]`,
    );
  });
  writeFileSync(file, lines.join("\n") + "\n");
}

/**
 * A dictionary of `entries` phrase entries that never match the corpus but
 * look like real ones to the matcher: each begins with one of the corpus's
 * frequent words (so the trie's first step succeeds as often as a real
 * style guide's would) and goes on with a word of the corpus changed so that
 * it occurs nowhere (a made-up inflection). Scaling is measured with these:
 * entries that match would make the time grow with the findings to report,
 * not with the size of the dictionary.
 */
export function writeNonMatchingDictionary(file, entries) {
  const counts = new Map();
  for (const sentence of sentences()) for (const word of sentence.toLowerCase().match(/[a-z]{3,}/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  const firsts = words.slice(20, 520); // frequent, past "the", "and"...
  const pick = random(11);
  const phrases = new Set();
  while (phrases.size < entries) {
    const second = `${words[pick(Math.min(words.length, 5000))]}${["xq", "qz", "zv"][pick(3)]}`;
    phrases.add(`${firsts[pick(firsts.length)]} ${second}${pick(2) ? ` ${words[pick(2000)]}` : ""}`);
  }
  const lines = ["category: phrasing", "entries:"];
  [...phrases].forEach((phrase, i) => {
    lines.push(`  - id: scale-${i}`, `    match: ${phrase}`, `    replace: scale term ${i}`, `    safety: suggestion`, `    message: Scaling entry ${i}.`, `    examples: [{before: "${phrase}", after: "scale term ${i}"}]`, `    keep: ["nothing here"]`);
  });
  writeFileSync(file, lines.join("\n") + "\n");
}

/** A 5 KB article; with `chinese`, two of its paragraphs are Chinese (as a bilingual page has them). */
export function writeArticle(file, chinese) {
  const news = readFileSync(NEWS, "utf8").split("\n").filter(Boolean);
  const zh = readFileSync(PARALLEL, "utf8").split("\n").slice(1, 40).map((line) => line.split("\t")[2]).filter(Boolean);
  const paragraphs = [];
  let size = 0;
  for (let i = 0; size < 5000; i++) {
    const paragraph = chinese && i % 4 === 1 ? zh.slice(i, i + 3).join("") : news.slice(i * 3, i * 3 + 3).join(" ");
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  writeFileSync(file, paragraphs.join("\n\n") + "\n");
}

/**
 * A bilingual document: each Chinese sentence of the parallel corpus, then its
 * English, as paragraphs, repeated until the Chinese side holds `zhBytes`.
 * Returns the bytes of the Chinese side.
 */
export function writeBilingual(file, zhBytes) {
  const pairs = readFileSync(PARALLEL, "utf8").split("\n").slice(1).map((line) => line.split("\t")).filter((cols) => cols.length >= 4);
  const parts = [];
  let chinese = 0;
  for (let i = 0; chinese < zhBytes; i++) {
    const [, , zh, en] = pairs[i % pairs.length];
    parts.push(zh, en);
    chinese += Buffer.byteLength(zh);
  }
  writeFileSync(file, parts.join("\n\n") + "\n");
  return chinese;
}

/** One file of about `bytes` bytes of clean news English. */
export function writeHuge(file, bytes) {
  const text = readFileSync(NEWS, "utf8").split("\n").join("\n\n");
  const fd = openSync(file, "w");
  let written = 0;
  while (written < bytes) written += writeSync(fd, text.slice(0, Math.min(text.length, bytes - written)));
  closeSync(fd);
  return written;
}
