// The dictionary author's tools as a translator runs them: `dict import` from a
// glossary, the example checks of `dict lint`, and `rules --stats`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const BIN = new URL("../bin/mtclean.js", import.meta.url).pathname;
const run = (args: string[]) => {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
const folder = (): string => mkdtempSync(join(tmpdir(), "mtclean-author-"));
const write = (name: string, text: string): string => {
  const file = join(folder(), name);
  writeFileSync(file, text);
  return file;
};

const GLOSSARY = [
  "zh\ten\tavoid\tnote",
  "调研\tinspection visit|visit\tresearch activities | investigation and research\tAn official's visit, not a study.",
  "党委\tParty committee\tparty committee",
  "双一流\tDouble First-Class\t",
  "学校\tthe school\tschool",
  "",
].join("\n");

describe("mtclean dict import", () => {
  const glossary = write("glossary.tsv", GLOSSARY);

  it("prints one entry per term with avoided variants, with examples computed by running it", () => {
    const { code, stdout } = run(["dict", "import", glossary]);
    expect(code).toBe(0);
    const dictionary = parse(stdout);
    expect(dictionary).toMatchObject({ category: "terminology", defaults: { safety: "suggestion" } });
    expect(dictionary.entries.map((e: { id: string }) => e.id)).toEqual(["inspection-visit", "party-committee"]);
    expect(dictionary.entries[0]).toMatchObject({
      match: ["research activities", "investigation and research"],
      replace: ["inspection visit", "visit"],
      zh: "调研",
      examples: [
        { before: "The report mentions research activities twice.", after: "The report mentions inspection visit twice." },
        { before: "The report mentions investigation and research twice.", after: "The report mentions inspection visit twice." },
      ],
      keep: ["The report mentions inspection visit twice."],
    });
    expect(dictionary.entries[0].message).toContain("An official's visit, not a study.");
  });

  it("matches with case when only the capitals of a variant are wrong", () => {
    const entry = parse(run(["dict", "import", glossary]).stdout).entries[1];
    expect(entry).toMatchObject({ match: "party committee", caseSensitive: true, keep: ["The report mentions Party committee twice."] });
  });

  it("names the terms it skips, and why, on standard error", () => {
    const { stderr } = run(["dict", "import", glossary]);
    expect(stderr).toContain(`${glossary}:4: 双一流 skipped: no avoided variants`);
    expect(stderr).toContain(`${glossary}:5: 学校 skipped: the preferred rendering “the school” contains an avoided variant`);
  });

  it("-o writes a file that passes dict test and dict lint; lint --builtin shows where its entries would touch built-in keep texts", () => {
    const output = join(folder(), "imported.yml");
    const { code, stderr } = run(["dict", "import", glossary, "-o", output, "--category", "phrasing", "--safety", "safe"]);
    expect(code).toBe(0);
    expect(stderr).toContain(`2 entries written to ${output}, 2 terms skipped.`);
    expect(parse(readFileSync(output, "utf8"))).toMatchObject({ category: "phrasing", defaults: { safety: "safe" } });
    expect(run(["dict", "test", output])).toMatchObject({ code: 0, stdout: "2 entries in 1 file, 5 examples: all pass.\n" });
    expect(run(["dict", "lint", output])).toMatchObject({ code: 0, stdout: "No problems.\n" });
    // the glossary's "research activities" has no context condition: a built-in keep text shows why it needs one
    expect(run(["dict", "lint", "--builtin", output]).stdout).toContain("participated-in-research-activities: its keep text “Students participated in the research activities of the laboratory all year.” is flagged by inspection-visit");
    expect(run(["check", "--dict", output, write("a.txt", "Heads joined the research activities.\n")]).stdout).toContain("inspection-visit");
  });

  it("gives an id already used by a built-in rule or entry a suffix, so both load together", () => {
    const file = write("g.tsv", "zh\ten\tavoid\n一行\this party delegation\this party group\n");
    expect(run(["rules", "his-party-delegation"]).code).toBe(0);
    expect(parse(run(["dict", "import", file]).stdout).entries[0].id).toBe("his-party-delegation-2");
  });

  it("fails with exit code 4 when no term can become an entry, and 2 when the file is missing", () => {
    const none = run(["dict", "import", write("none.tsv", "zh\ten\n双一流\tDouble First-Class\n")]);
    expect(none.code).toBe(4);
    expect(none.stderr).toContain("no term could become an entry");
    expect(run(["dict", "import", join(folder(), "missing.tsv")])).toMatchObject({ code: 2 });
    expect(run(["dict", "import", write("bad.tsv", "chinese\tpinyin\n党委\tdang3 wei3\n")]).stderr).toContain("the header needs a zh and an en column");
  });
});

const dictionary = (body: string): string => write("user.yml", `category: phrasing\nentries:\n${body}`);
const entry = (id: string, match: string, replace: string, example: string, after: string, keep: string) =>
  `  - id: ${id}\n    match: ${match}\n    replace: ${replace}\n    message: literal rendering\n    examples: [{before: "${example}", after: "${after}"}]\n    keep: ["${keep}"]\n`;

describe("mtclean dict lint: examples against all the dictionaries", () => {
  it("reports a keep text that another entry flags", () => {
    const file = dictionary(
      entry("school-cause", "school cause", "school's development", "the school cause", "the school's development", "the school's work") +
        entry("schools-work", "school's work", "school's development", "the school's work", "the school's development", "the work"),
    );
    const { code, stdout } = run(["dict", "lint", file]);
    expect(code).toBe(1);
    expect(stdout).toContain(`${file}:3: school-cause: its keep text “the school's work” is flagged by schools-work`);
  });

  it("reports a fix that does not settle: the entry flags its own fixed example again", () => {
    const file = dictionary(entry("high-school", "school", "high school", "a school", "a high school", "a college"));
    const { code, stdout } = run(["dict", "lint", file]);
    expect(code).toBe(1);
    expect(stdout).toContain("high-school: its fix does not settle: it flags its own fixed example “a high school” again");
  });

  it("refuses a regex that could backtrack catastrophically, naming file, line and entry", () => {
    const file = dictionary(`  - id: nested\n    regex: '(?:\\w+\\s?)+!'\n    replace: x\n    message: m\n    examples: [{before: "a b!", after: "x"}]\n    keep: ["a b"]\n`);
    const { code, stderr } = run(["dict", "lint", file]);
    expect(code).toBe(4);
    expect(stderr).toMatch(new RegExp(`${file}:4: entry "nested": .regex. is refused`));
  });
});

describe("mtclean dict export --format prh", () => {
  it("--help says which entries each format gets", () => {
    expect(run(["dict", "export", "--help"]).stdout.replace(/\s+/g, " ")).toContain("phrase and regex entries as a prh dictionary, phrase entries as a Vale substitution rule");
  });
  it("keeps a regex entry's u flag, which its \\p{L} boundaries need", () => {
    const file = dictionary(`  - id: grandly-held\n    regex: '(?<![\\p{L}\\p{N}])was\\s+grandly\\s+held'\n    replace: was held\n    message: m\n    examples: [{before: "It was grandly held.", after: "It was held."}]\n    keep: ["It was held."]\n`);
    const rule = parse(run(["dict", "export", "--format", "prh", file]).stdout).rules[0];
    expect(rule.pattern).toBe("/(?<![\\p{L}\\p{N}])was\\s+grandly\\s+held/iu");
    const [, source, flags] = /^\/(.*)\/(\w*)$/.exec(rule.pattern)!;
    expect("It was grandly held.".replace(new RegExp(source!, flags), rule.expected)).toBe("It was held.");
  });
});

describe("mtclean rules --stats", () => {
  it("counts rules, dictionary entries, safety and entries with examples per category", () => {
    const { code, stdout } = run(["rules", "--stats"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^category +rules +entries +safe +suggest +report +w\/ examples$/);
    const phrasing = lines.find((line) => line.startsWith("phrasing "))!.trim().split(/\s+/).map(Number);
    const [, rules, entries, safe, suggest, report, examples] = phrasing;
    expect(rules).toBeGreaterThanOrEqual(230);
    expect(entries).toBe(rules);
    expect(safe! + suggest! + report!).toBe(rules);
    expect(examples).toBe(entries);
    expect(lines.at(-1)).toMatch(/^total: \d+ rules: \d+ dictionary entries \(all with examples and keep texts\), \d+ glossary entries, \d+ built-in code rules$/);
  });
  it("--format json gives the same counts as an object", () => {
    const table = run(["rules", "--stats"]).stdout.trim().split("\n");
    const { code, stdout } = run(["rules", "--stats", "--format", "json"]);
    expect(code).toBe(0);
    const { categories, total } = JSON.parse(stdout) as { categories: Record<string, string | number>[]; total: Record<string, number> };
    expect(categories.map((row) => [row.category, row.rules, row.entries, row.safe, row.suggestion, row.report, row.withExamples].join(" "))).toEqual(
      table.slice(1, -1).map((line) => line.trim().split(/\s+/).join(" ")),
    );
    expect(table.at(-1)).toBe(`total: ${total.rules} rules: ${total.entries} dictionary entries (all with examples and keep texts), ${total.glossaryEntries} glossary entries, ${total.codeRules} built-in code rules`);
    expect(total.withExamples).toBe(total.entries);
  });
});

describe("mtclean rules: a rule that is off unless turned on", () => {
  it("shows as off in the list, says how to turn it on, and is flagged in JSON", () => {
    const listed = run(["rules"]).stdout.split("\n").find((line) => line.startsWith("missing-space-after-punctuation "));
    expect(listed).toMatch(/^missing-space-after-punctuation +spacing +off +suggestion /);
    expect(run(["rules", "missing-space-after-punctuation"]).stdout).toContain("severity: off unless turned on (the strict preset, or --rule missing-space-after-punctuation=warning); then warning");
    const [json] = JSON.parse(run(["rules", "missing-space-after-punctuation", "--format", "json"]).stdout);
    expect(json).toMatchObject({ severity: "warning", defaultOff: true });
    expect(JSON.parse(run(["rules", "double-space", "--format", "json"]).stdout)[0].defaultOff).toBeUndefined();
  });

  it("keeps the columns aligned when a category name is longer than the others", () => {
    const lines = run(["rules"]).stdout.split("\n").filter((line) => / (warning|error|info|off) +(safe|suggestion|report) /.test(line));
    const severityColumn = new Set(lines.map((line) => line.search(/ (warning|error|info|off) +(safe|suggestion|report) /)));
    expect(severityColumn.size).toBe(1);
  });
});
