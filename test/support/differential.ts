// Inputs for differential tests (an old algorithm against the new one that
// replaces it): every fixture file, every dictionary example, and generated
// text that mixes dictionary phrases with what tends to break matchers
// (case, ’ and ‐, CRLF and lone CR, non-English Latin paragraphs, Unicode).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { DictionaryEntry } from "../../src/dictionary/types.js";
import { formatOfPath, type Format } from "../../src/markup/index.js";

const FIXTURES = new URL("../../fixtures/", import.meta.url).pathname;

export interface Input {
  name: string;
  text: string;
  format: Format;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every file under fixtures/, in the format its name says. */
export const fixtureInputs = (): Input[] => filesUnder(FIXTURES).sort().map((path) => ({ name: path.slice(FIXTURES.length), text: readFileSync(path, "utf8"), format: formatOfPath(path) }));

/** The before and after text of every example, and every kept text, of these entries. */
export const exampleInputs = (entries: readonly DictionaryEntry[]): Input[] =>
  entries.flatMap((entry) => [...entry.examples.flatMap((example) => [example.before, example.after]), ...entry.keep].map((text, i) => ({ name: `${entry.id} #${i}`, text, format: "text" as const })));

const OTHER_LATIN = [
  "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui sera présentée au Parlement avant la fin du mois prochain.",
  "Die Bundesregierung hat am Dienstag eine neue Reform angekündigt, die noch vor Ende des nächsten Monats vorgestellt werden soll.",
  "El gobierno anunció el martes una nueva reforma de las pensiones que será presentada antes de que termine el próximo mes.",
];
const NOISE = [" ", "  ", "\n", "\r\n", "\r", "\u00a0", "\u3000", ", ", ". ", "’s", "‐", "-", "'", "“", "”", "(", ")", "：", "。", "学校", "Ünïcödé", "\u212a", "ſ", "İ", "😀", "\ud800", "the", "of", "a", "The", "In"];

/** Text made of these phrases (in several cases, with typographic apostrophes and hyphens), noise, and other-language paragraphs. */
export function generatedText(phrases: readonly string[]): fc.Arbitrary<string> {
  const typographic = (phrase: string): string => phrase.replace(/'/g, "’").replace(/-/g, "‐");
  const phrase = fc.constantFrom(...phrases).chain((p) => fc.constantFrom(p, p.toUpperCase(), p[0]!.toUpperCase() + p.slice(1), typographic(p), p.replace(/ /g, "\n"), p.replace(/ /g, "  ")));
  const piece = fc.oneof({ weight: 4, arbitrary: phrase }, { weight: 4, arbitrary: fc.constantFrom(...NOISE) }, { weight: 1, arbitrary: fc.constantFrom(...OTHER_LATIN) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) });
  const paragraph = fc.array(piece, { minLength: 1, maxLength: 24 }).map((pieces) => pieces.join(" "));
  return fc.array(fc.tuple(paragraph, fc.constantFrom("\n\n", "\r\n\r\n", "\n", "\r\r")), { minLength: 1, maxLength: 6 }).map((parts) => parts.map(([text, sep]) => text + sep).join(""));
}
