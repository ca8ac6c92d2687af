// The Chinese-text libraries stay out of a run whose text has no Han
// characters: a fresh Node process checks text with the built library and
// reports which of them were required (Node's CommonJS cache, which is where
// the synchronous lazy loader puts them).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const DIST = new URL("../../dist/index.js", import.meta.url).href;
const GLOSSARY = new URL("../../fixtures/bilingual/glossary.tsv", import.meta.url).pathname;

function modulesLoadedChecking(text: string): string[] {
  const script = `
    import { createRequire } from "node:module";
    const { Linter } = await import(${JSON.stringify(DIST)});
    const linter = new Linter({ glossaries: [${JSON.stringify(GLOSSARY)}] });
    linter.check(${JSON.stringify(text)});
    const cache = Object.keys(createRequire(import.meta.url).cache);
    // segmentit is required from the build's copy without its dictionaries when there is one (see src/language/words.ts)
    const places = (name) => ["/node_modules/" + name + "/", ...(name === "segmentit" ? ["/dist/language/segmentit-code.cjs"] : [])];
    console.log(JSON.stringify(["segmentit", "opencc-js", "franc"].filter((name) => cache.some((path) => places(name).some((place) => path.includes(place))))));
  `;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout) as string[];
}

describe("lazy loading of the Chinese-text libraries", () => {
  it("English text loads neither segmentit nor opencc-js", () => {
    expect(modulesLoadedChecking("The university held its opening ceremony on September 1, 2023.")).toEqual([]);
  });

  it("Chinese left in English loads opencc-js to look the fragment up, and segmentit only to find terms inside it", () => {
    expect(modulesLoadedChecking("The president said that the school must follow 立德树人 and strengthen the teaching of all subjects.")).toEqual(["opencc-js"]);
    expect(modulesLoadedChecking("The president said that the school must follow 坚持立德树人的要求 and strengthen the teaching of all subjects.")).toEqual(["segmentit", "opencc-js"]);
  });
});
