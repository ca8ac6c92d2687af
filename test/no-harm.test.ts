// Clean, edited English must come out of `fix` byte-identical, and `check`
// must report no error on it; suggestions stay under one per 100 KB, and each
// one is listed below with the reason it is acceptable. The corpora live in
// ../shared (never copied here).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Linter } from "../src/linter.js";
import type { Finding } from "../src/types.js";

const CORPUS = new URL("../../shared/corpus/", import.meta.url);
const corpusPresent = existsSync(new URL("english/", CORPUS));
const read = (name: string): string => (corpusPresent ? readFileSync(new URL(name, CORPUS), "utf8") : "");

const texts: Record<string, string> = {
  "english/sotu_1945_2021.txt": read("english/sotu_1945_2021.txt"),
  "english/ntrex128_newstest2019_en.txt": read("english/ntrex128_newstest2019_en.txt"),
  // the English side of the parallel corpus, one paragraph per sentence
  "parallel (en)": read("parallel/ntrex128_newstest2019_zh-en.tsv").split("\n").slice(1).map((row) => row.split("\t")[3] ?? "").join("\n\n"),
};

/**
 * Every finding mtclean makes on the clean corpora: the rule, the text it
 * flags, and why reporting it is acceptable. All of them are suggestions.
 */
const ACCEPTED: { ruleId: string; text: string; why: string }[] = [
  { ruleId: "space-before-punctuation", text: "patriotism .", why: "a stray space in the transcript" },
  { ruleId: "space-before-punctuation", text: "Airport ,", why: "a stray space in the transcript" },
  { ruleId: "repeated-word", text: "to to", why: "a real typo in the news text (according to to the official)" },
  { ruleId: "repeated-word", text: "the the", why: "a real typo in the news text (access to the the towns)" },
  { ruleId: "space-before-punctuation", text: "no ,", why: "a stray space in the quoted speech" },
  { ruleId: "space-before-punctuation", text: "reported .", why: "a stray space in the news text" },
];

const linter = new Linter();
const flagged = (text: string, finding: Finding): string => text.slice(finding.range[0] - 12, finding.range[1] + 2);
const isAccepted = (text: string, finding: Finding): boolean =>
  ACCEPTED.some(({ ruleId, text: fragment }) => ruleId === finding.ruleId && flagged(text, finding).includes(fragment));

describe.skipIf(!corpusPresent)("no harm on clean English", () => {
  const findings = Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, linter.check(text)]));

  for (const [name, text] of Object.entries(texts)) {
    it(`${name}: fix changes nothing`, () => {
      const { output, fixed } = linter.fix(text);
      expect(fixed.map((f) => `${f.ruleId} ${JSON.stringify(flagged(text, f))}`)).toEqual([]);
      expect(output === text).toBe(true);
    });
    it(`${name}: no error, and every suggestion is an accepted one`, () => {
      const found = findings[name]!;
      expect(found.filter((f) => f.severity === "error").map((f) => f.ruleId)).toEqual([]);
      expect(found.filter((f) => !isAccepted(text, f)).map((f) => `${f.ruleId} ${JSON.stringify(flagged(text, f))}`)).toEqual([]);
    });
  }

  it("at most one suggestion per 100 KB over the English corpus and the parallel corpus's English", () => {
    const size = Object.values(texts).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    const count = Object.values(findings).reduce((sum, found) => sum + found.length, 0);
    expect(size).toBeGreaterThan(3_000_000);
    expect(count).toBeLessThanOrEqual(size / 100_000);
  });

  // The words the dictionaries work on are ordinary English too: a party that
  // wins an election, research, construction, investigations, carrying out a
  // plan, soft power. Even with every suggestion applied, none may go: not in
  // the corpora, and not in the sentences below (the corpora have no "soft power").
  const SURVIVORS: Record<string, RegExp> = {
    "political party": /\b(?:Democratic|Republican|Labour|Conservative|Communist|political|opposition|ruling)\s+[Pp]arty\b|\b[Pp]arty\s+(?:leader|members?|officials?|line|politics)\b/g,
    research: /\bresearch(?:ers?|ed|ing)?\b/gi,
    construction: /\bconstruction\b/gi,
    investigate: /\binvestigat(?:e|es|ed|ing|ion|ions)\b/gi,
    "carry out": /\b(?:carry|carries|carried|carrying)\s+out\b/gi,
    "soft power": /\bsoft\s+power\b/gi,
  };
  const SENTENCES = [
    "The president and his party won the election, and the ruling party kept its majority.",
    "He left his party in 2019 and joined the Communist Party of Britain.",
    "Scientists conduct research at the university on climate, and the research was published in May.",
    "Construction of the new bridge began in March; the construction workers went on strike.",
    "Police will investigate the robbery, and the detective led a team to investigate the crash.",
    "The army will carry out exercises, and the surgeons carried out the operation.",
    "China's soft power has grown with its film industry, and soft power matters in diplomacy.",
  ];
  const unsafeOutputs = new Map<string, string>();
  const unsafeFix = (text: string): string => {
    if (!unsafeOutputs.has(text)) unsafeOutputs.set(text, linter.fix(text, { unsafe: true }).output);
    return unsafeOutputs.get(text)!;
  };
  for (const [word, regex] of Object.entries(SURVIVORS)) {
    it(`“${word}” survives fix --unsafe`, () => {
      const all = [...Object.values(texts), ...SENTENCES];
      expect(all.reduce((sum, text) => sum + (text.match(regex)?.length ?? 0), 0)).toBeGreaterThan(0);
      for (const text of all) expect(unsafeFix(text).match(regex)?.length ?? 0).toBe(text.match(regex)?.length ?? 0);
    });
  }
  it("the sample sentences come out of fix --unsafe unchanged", () => {
    expect(SENTENCES.filter((sentence) => unsafeFix(sentence) !== sentence)).toEqual([]);
  });
});
