// The bundled CLI and its V8 code cache (src/bundle/load.ts): the cache makes
// a start faster and changes nothing else. A copy of the package whose code
// caches are garbage, or missing, gives the same output as the built one.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../", import.meta.url).pathname;
const SEED = join(ROOT, "fixtures/seed/input.txt");

/** A copy of the package (links to everything but bin/ and dist/bundle/, which are copied), with its code caches changed. */
function packageCopy(changeCache: (file: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "mtclean-bundle-"));
  for (const name of ["node_modules", "dictionaries", "package.json"]) symlinkSync(join(ROOT, name), join(dir, name));
  cpSync(join(ROOT, "bin"), join(dir, "bin"), { recursive: true });
  mkdirSync(join(dir, "dist"));
  for (const name of readdirSync(join(ROOT, "dist"))) if (name !== "bundle") symlinkSync(join(ROOT, "dist", name), join(dir, "dist", name));
  cpSync(join(ROOT, "dist/bundle"), join(dir, "dist/bundle"), { recursive: true });
  for (const name of readdirSync(join(dir, "dist/bundle"))) if (name.endsWith(".code-cache")) changeCache(join(dir, "dist/bundle", name));
  return dir;
}

function run(root: string, args: string[], input = "") {
  const result = spawnSync(process.execPath, [join(root, "bin/mtclean.js"), ...args], { input, cwd: ROOT, env: { PATH: process.env.PATH ?? "" }, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the bundled CLI", () => {
  it("is built with a code cache for the CLI and for its worker threads", () => {
    const names = readdirSync(join(ROOT, "dist/bundle"));
    expect(names).toContain("cli.code-cache");
    expect(names).toContain("worker.code-cache");
  });

  // v8.setFlagsFromString after V8 has started is unsupported: with
  // --no-regexp-tier-up set that way, about one start in 250 crashed (SIGSEGV)
  it("sets no V8 flag at run time (the start-up files and the bundles)", () => {
    for (const name of readdirSync(join(ROOT, "dist/bundle"))) {
      if (name.endsWith(".cjs")) expect(readFileSync(join(ROOT, "dist/bundle", name), "utf8"), name).not.toMatch(/setFlagsFromString/);
    }
  });

  // scripts/bundle.js writes every char beyond ASCII as a \u escape (esbuild
  // leaves them in regex literals), so that a start reads a one-byte string
  it("is ASCII only, and fixes as the library does texts with the chars its regexes hold", async () => {
    for (const name of ["cli.cjs", "worker.cjs"]) expect(readFileSync(join(ROOT, "dist/bundle", name), "latin1"), name).toMatch(/^[\x00-\x7f]*$/);
    const { Linter } = await import("../src/linter.js");
    const linter = new Linter();
    const articles = readdirSync(join(ROOT, "fixtures/articles")).map((name) => `articles/${name}/input.txt`);
    for (const name of [...articles, "bilingual/interleaved.txt", "bilingual/zh.txt", "bilingual/zh-hant.txt"]) {
      const text = readFileSync(join(ROOT, "fixtures", name), "utf8");
      const { code, stdout } = run(ROOT, ["fix", "--no-config"], text);
      expect(code, name).toBe(0);
      expect(stdout, name).toBe(linter.fix(text).output);
    }
  });

  // the built-in cache parses an entry's examples and keep texts only when read (src/dictionary/cache.ts)
  it("lists a built-in entry's examples and keep texts as its YAML has them", async () => {
    const { dictionaryFilesIn } = await import("../src/dictionary/builtin.js");
    const { loadDictionaryFile } = await import("../src/dictionary/loader.js");
    const entries = dictionaryFilesIn(join(ROOT, "dictionaries")).flatMap((file) => loadDictionaryFile(file).entries);
    for (const entry of [entries[0]!, entries[entries.length >> 1]!, entries[entries.length - 1]!]) {
      const { code, stdout } = run(ROOT, ["rules", entry.id, "--format", "json"]);
      expect(code, entry.id).toBe(0);
      expect(JSON.parse(stdout), entry.id).toMatchObject([{ id: entry.id, examples: entry.examples, keep: entry.keep }]);
    }
  });

  const cases: [string, (file: string) => void][] = [
    ["garbage", (file) => writeFileSync(file, Buffer.alloc(4096, 7))],
    ["missing", (file) => rmSync(file)],
  ];
  for (const [what, change] of cases) {
    it(`gives the same output with a ${what} code cache, in one thread and with a worker`, () => {
      const copy = packageCopy(change);
      const input = readFileSync(SEED, "utf8");
      const fix = ["fix", "--no-config"];
      expect(run(copy, fix, input)).toEqual(run(ROOT, fix, input));
      const check = ["check", "--no-config", "--format", "json", "--jobs", "2", SEED, join(ROOT, "fixtures/seed/expected.txt")];
      const built = run(ROOT, check);
      expect(JSON.parse(built.stdout).length).toBe(2);
      expect(run(copy, check)).toEqual(built);
    });
  }
});
