// mtclean init, --stats and the progress bar, as a user runs them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONFIG_FILE, DICTIONARY_FILE } from "../src/cli/commands/init.js";
import type { CliIO } from "../src/cli/context.js";
import { main } from "../src/cli/main.js";
import { inCI, PROGRESS_MIN_FILES, progressLine, withProgress } from "../src/cli/progress.js";
import { loadConfigFile } from "../src/config/index.js";
import { countWords, perThousandWords, statistics } from "../src/reporters/stats.js";
import type { Finding } from "../src/types.js";

const BIN = new URL("../bin/mtclean.js", import.meta.url).pathname;
const run = (args: string[], cwd?: string) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const tempDir = () => mkdtempSync(join(tmpdir(), "mtclean-workflow-"));

describe("mtclean init", () => {
  it("writes a configuration that loads and a dictionary whose example passes `dict test`", () => {
    const dir = tempDir();
    const { code, stdout } = run(["init"], dir);
    expect(code).toBe(0);
    expect(stdout).toContain(`Wrote ${CONFIG_FILE} and ${DICTIONARY_FILE}.`);
    const config = loadConfigFile(join(dir, CONFIG_FILE)).data;
    expect(config).toMatchObject({ extends: ["recommended"], dictionaries: [DICTIONARY_FILE] });
    const template = readFileSync(join(dir, DICTIONARY_FILE), "utf8");
    expect(template.match(/^\s*- id: /gm)).toHaveLength(1);
    expect(template.split("\n").filter((line) => line.includes("#")).length).toBeGreaterThan(5);
    const test = run(["dict", "test", DICTIONARY_FILE], dir);
    expect(test.stdout).toBe("1 entry in 1 file, 2 examples: all pass.\n");
    expect(test.code).toBe(0);
  });

  it("the starter configuration is used: its dictionary's entry reports in that folder", () => {
    const dir = tempDir();
    run(["init"], dir);
    writeFileSync(join(dir, "a.txt"), "She teaches at the Foreign Language College.\n");
    const { code, stdout } = run(["check", "--format", "compact", "a.txt"], dir);
    expect(stdout).toContain("a.txt:1:20: warning");
    expect(stdout).toContain("[example-school-of-foreign-languages]");
    expect(code).toBe(0);
  });

  it("refuses to overwrite, in one sentence with exit code 3, unless --force", () => {
    const dir = tempDir();
    writeFileSync(join(dir, CONFIG_FILE), "{}\n");
    const refused = run(["init"], dir);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toBe(`mtclean: "${CONFIG_FILE}" already exists; use --force to overwrite.\n`);
    expect(readFileSync(join(dir, CONFIG_FILE), "utf8")).toBe("{}\n");
    expect(() => statSync(join(dir, DICTIONARY_FILE))).toThrow();
    const forced = run(["init", "--force"], dir);
    expect(forced.code).toBe(0);
    expect(loadConfigFile(join(dir, CONFIG_FILE)).data.dictionaries).toEqual([DICTIONARY_FILE]);
  });

  it("writes into a folder given as argument, creating it", () => {
    const dir = tempDir();
    expect(run(["init", "site/docs"], dir).code).toBe(0);
    expect(statSync(join(dir, "site/docs", DICTIONARY_FILE)).isFile()).toBe(true);
  });
});

function finding(ruleId: string, category: string): Finding {
  return { ruleId, category, severity: "warning", message: "m", range: [0, 1], line: 1, column: 1, endLine: 1, endColumn: 2 };
}

describe("--stats", () => {
  it("counts words as a word processor does: hyphenated and apostrophe words once, Chinese characters each", () => {
    expect(countWords("The teacher-student centre’s plan, 2023: done.")).toBe(6);
    expect(countWords("外国语学院 opened")).toBe(6);
    expect(countWords("")).toBe(0);
    expect(perThousandWords(3, 200)).toBe("15.0");
    expect(perThousandWords(0, 0)).toBe("-");
  });

  it("tabulates categories, rules and files; for fix with what is left", () => {
    const files = [
      { path: "a.txt", words: 4, findings: [finding("r1", "punctuation"), finding("r1", "punctuation"), finding("r2", "phrasing")], remaining: [finding("r2", "phrasing")] },
      { path: "b.txt", words: 0, findings: [], remaining: [] },
    ];
    expect(statistics(files)).toBe(
      [
        "category     found  left",
        "punctuation      2     0",
        "phrasing         1     1",
        "total            3     1",
        "",
        "rule  found  left",
        "r1        2     0",
        "r2        1     1",
        "",
        "file   words  found  left  per 1,000 words",
        "a.txt      4      3     1            750.0",
        "b.txt      0      0     0                -",
        "",
      ].join("\n"),
    );
    const check = statistics(files.map(({ remaining: _, ...file }) => file));
    expect(check.split("\n")[0]).toBe("category     findings");
    expect(check).toContain("a.txt      4         3            750.0");
  });

  it("check --stats and fix --stats print on standard error, leaving standard output as it was", () => {
    const seed = new URL("../fixtures/seed/input.txt", import.meta.url).pathname;
    const plain = run(["check", "--format", "json", seed]);
    const withStats = run(["check", "--format", "json", "--stats", seed]);
    expect(withStats.stdout).toBe(plain.stdout);
    const count = JSON.parse(plain.stdout)[0].findings.length;
    const words = countWords(readFileSync(seed, "utf8"));
    expect(withStats.stderr).toMatch(new RegExp(`^total +${count}$`, "m"));
    expect(withStats.stderr).toContain(`${perThousandWords(count, words)}\n`);
    const fixed = run(["fix", "--stats", seed]);
    expect(fixed.stdout).toBe(run(["fix", seed]).stdout);
    expect(fixed.stderr).toMatch(/^rule +found +left$/m);
    expect(fixed.stderr).toMatch(/^fullwidth-punctuation +\d+ +0$/m);
  });
  it("counts the words of the prose only: tags, attributes, scripts and code are not words", () => {
    const dir = tempDir();
    const page = join(dir, "page.html");
    writeFileSync(page, '<html><head><script>var labels = { one: "two three four five six" };</script></head>\n<body><p class="lead-paragraph">Four words of prose。</p><pre><code>not words either</code></pre></body></html>\n');
    const { stderr } = run(["check", "--stats", page]);
    expect(stderr).toMatch(/page\.html +4 +1 +250\.0$/m);
  });
});

describe("progress bar", () => {
  const capture = (overrides: Partial<CliIO>) => {
    const err: string[] = [];
    const io: CliIO = { stdout: () => {}, stderr: (text) => void err.push(text), readStdin: () => Buffer.alloc(0), stdoutIsTTY: false, env: {}, ...overrides };
    return { io, err };
  };
  const items = Array.from({ length: PROGRESS_MIN_FILES }, (_, i) => `file-${i}.txt`);

  it("draws over itself on a terminal and erases itself at the end", () => {
    const { io, err } = capture({ stderrIsTTY: true, stderrColumns: 60 });
    let clock = 0;
    const out = withProgress(items, io, (name) => name, (name) => name.length, () => (clock += 60));
    expect(out).toEqual(items.map((name) => name.length));
    expect(err[0]).toBe(`\r\x1b[K${progressLine(0, items.length, "file-0.txt", 60)}`);
    expect(err.at(-2)).toBe(`\r\x1b[K${progressLine(items.length, items.length, "", 60)}`);
    expect(err.at(-1)).toBe("\r\x1b[K");
    // redrawn at most every 100 ms: with 60 ms per file, every other file
    expect(err.length).toBe(items.length / 2 + 2);
    expect(err.every((text) => !text.includes("\n"))).toBe(true);
  });

  it("erases itself when the work throws", () => {
    const { io, err } = capture({ stderrIsTTY: true });
    expect(() => withProgress(items, io, (name) => name, () => { throw new Error("boom"); })).toThrow("boom");
    expect(err.at(-1)).toBe("\r\x1b[K");
  });

  it("stays silent in pipes, in CI and for a few files", () => {
    for (const overrides of [{ stderrIsTTY: false }, { stderrIsTTY: true, env: { CI: "true" } }]) {
      const { io, err } = capture(overrides);
      withProgress(items, io, (name) => name, (name) => name);
      expect(err).toEqual([]);
    }
    const { io, err } = capture({ stderrIsTTY: true });
    withProgress(items.slice(1), io, (name) => name, (name) => name);
    expect(err).toEqual([]);
    expect(inCI({ CI: "1" })).toBe(true);
    expect(inCI({ CI: "false" })).toBe(false);
    expect(inCI({})).toBe(false);
  });

  it("fits the terminal's width", () => {
    expect(progressLine(3, 40, "a/very/long/path/to/a/file.md", 40)).toHaveLength(39);
    expect(progressLine(40, 40, "", 80)).toBe(`[${"#".repeat(24)}] 40/40 `);
  });

  it("check over many files on a terminal shows it, and the report is unchanged", async () => {
    const dir = tempDir();
    const paths = items.map((name) => {
      writeFileSync(join(dir, name), "The campus。Next\n");
      return join(dir, name);
    });
    const out: string[] = [];
    const { io, err } = capture({ stderrIsTTY: true, stdout: (text) => void out.push(text) });
    expect(await main(["check", "--no-config", "--format", "compact", ...paths], io)).toBe(1);
    expect(err.join("")).toContain(`] 0/${items.length} ${paths[0]}`);
    expect(err.at(-1)).toBe("\r\x1b[K");
    expect(out.join("")).toBe(run(["check", "--no-config", "--format", "compact", ...paths]).stdout);
  });
});
