// Every bad input a user can hand mtclean, through the built CLI: the exit
// code, and one plain sentence on stderr naming the file.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, runCli, tempDir, type CliRun } from "../support/cli.js";

const EXIT = { ok: 0, input: 2, usage: 3, dictionary: 4, encoding: 5, config: 6 };
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** One message: one line, starting with "mtclean: " and ending a sentence. */
function expectOneSentence(run: CliRun, pattern: RegExp): void {
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^mtclean: .*[.)]$/);
  expect(lines[0]).toMatch(pattern);
}

interface BadInput {
  name: string;
  /** makes the input in a fresh folder; returns the arguments after the command */
  setup(dir: string): string[];
  command?: string;
  code: number;
  message: RegExp;
  options?: Parameters<typeof runCli>[1];
}

const cases: BadInput[] = [
  {
    name: "a binary file is skipped with a warning, and the run succeeds",
    setup: (dir) => (writeFileSync(join(dir, "photo.jpg"), Buffer.from([0xff, 0xd8, 0x00, 0x10, 0x4a, 0x46])), [join(dir, "photo.jpg")]),
    code: EXIT.ok,
    message: /Skipped ".*photo\.jpg": it is a binary file/,
  },
  {
    name: "UTF-16 without a byte-order mark is skipped as such, naming the --encoding that reads it",
    setup: (dir) => (writeFileSync(join(dir, "le.txt"), Buffer.from("The campus。Next\n", "utf16le")), [join(dir, "le.txt")]),
    code: EXIT.ok,
    message: /^mtclean: Skipped ".*le\.txt": it looks like UTF-16 without a byte-order mark \(every other byte is NUL\); read it with --encoding utf-16le\.$/,
  },
  {
    name: "big-endian UTF-16 without a byte-order mark too",
    setup: (dir) => (writeFileSync(join(dir, "be.txt"), Buffer.from("The campus。Next\n", "utf16le").swap16()), [join(dir, "be.txt")]),
    code: EXIT.ok,
    message: /Skipped ".*be\.txt": it looks like UTF-16 without a byte-order mark .*; read it with --encoding utf-16be\.$/,
  },
  {
    name: "invalid UTF-8 names the file and the byte offset",
    setup: (dir) => (writeFileSync(join(dir, "latin1.txt"), Buffer.from("The café\n".replace("é", "\u0000"), "latin1").map((b) => (b === 0 ? 0xe9 : b))), [join(dir, "latin1.txt")]),
    code: EXIT.encoding,
    message: /"[^"]*latin1\.txt" is not valid UTF-8 \(first bad byte at offset 7\)/,
  },
  {
    // a folder is walked for files to check (see test/cli-files.test.ts); an empty one has none
    name: "a folder without files to check",
    setup: (dir) => (mkdirSync(join(dir, "articles")), [join(dir, "articles")]),
    code: EXIT.input,
    message: /No files to check in ".*articles"/,
  },
  {
    name: "a missing file",
    setup: (dir) => [join(dir, "nowhere.txt")],
    code: EXIT.input,
    message: /Cannot read ".*nowhere\.txt": no such file\./,
  },
  {
    name: "a symlink loop",
    setup: (dir) => (symlinkSync(join(dir, "b.txt"), join(dir, "a.txt")), symlinkSync(join(dir, "a.txt"), join(dir, "b.txt")), [join(dir, "a.txt")]),
    code: EXIT.input,
    message: /Cannot read ".*a\.txt": too many levels of symbolic links/,
  },
  {
    name: "a 100 MB file is refused before it is read",
    setup: (dir) => (writeFileSync(join(dir, "dump.txt"), ""), truncateSync(join(dir, "dump.txt"), 100 * 1024 * 1024), [join(dir, "dump.txt")]),
    code: EXIT.input,
    message: /"[^"]*dump\.txt" is 100 MiB, over the 10 MiB limit; raise it with --max-file-size/,
  },
  {
    name: "a 100 MB file with a raised limit is read (all NUL here, so skipped as binary)",
    setup: (dir) => (writeFileSync(join(dir, "dump.txt"), ""), truncateSync(join(dir, "dump.txt"), 100 * 1024 * 1024), ["--max-file-size", "200M", join(dir, "dump.txt")]),
    code: EXIT.ok,
    message: /Skipped ".*dump\.txt": it is a binary file/,
  },
  {
    name: "an empty standard input (or a closed one, which Node reopens as /dev/null)",
    setup: () => [],
    code: EXIT.ok,
    message: /standard input was empty \(or closed\); there is nothing to check\./,
  },
  {
    name: "a size limit that is not a size",
    setup: (dir) => (writeFileSync(join(dir, "a.txt"), "Fine.\n"), ["--max-file-size", "lots", join(dir, "a.txt")]),
    code: EXIT.usage,
    message: /--max-file-size expects a size such as 20M/,
  },
];

/** A folder where the option expects a file: each says so, with its own exit code. */
const folderForFile: { option: string; code: number; message: RegExp }[] = [
  { option: "--source", code: EXIT.input, message: /Cannot read ".*folder": it is a directory, not a file \(the --source of ".*a\.txt"\)\./ },
  { option: "--output-file", code: EXIT.input, message: /Cannot write the report to ".*folder": it is a directory\./ },
  { option: "--config", code: EXIT.config, message: /folder: is a directory, not a configuration file$/ },
  { option: "--dict", code: EXIT.dictionary, message: /folder: cannot read the dictionary: it is a directory, not a file$/ },
  { option: "--glossary", code: EXIT.dictionary, message: /folder: cannot read the glossary: it is a directory, not a file$/ },
];

describe("a directory where a file was expected", () => {
  for (const { option, code, message } of folderForFile) {
    it(`${option} <folder>: exit ${code}, one line naming the folder; nothing is checked`, () => {
      const dir = tempDir();
      mkdirSync(join(dir, "folder"));
      writeFileSync(join(dir, "a.txt"), "The campus。Next\n");
      const run = runCli(["check", option, join(dir, "folder"), join(dir, "a.txt")]);
      expect(run.code, run.stderr).toBe(code);
      expect(run.text).toBe("");
      const lines = run.stderr.trimEnd().split("\n");
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(/^mtclean: /);
      expect(lines[0]).toMatch(message);
    });
  }
});

describe("bad inputs: message and exit code", () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const dir = tempDir();
      const run = runCli([testCase.command ?? "check", ...testCase.setup(dir)], testCase.options);
      expect(run.code, run.stderr).toBe(testCase.code);
      expectOneSentence(run, testCase.message);
    });
  }

  it("a closed stdin (<&-) reads as empty: fix prints nothing, says why, and exits 0", () => {
    // a shell is needed to close fd 0 for the child
    const result = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" fix <&-`], { encoding: "utf8" });
    expect(result.status).toBe(EXIT.ok);
    expect(result.stdout).toBe("");
    expectOneSentence({ code: result.status, stdout: Buffer.alloc(0), text: "", stderr: result.stderr }, /standard input was empty \(or closed\)/);
  });

  it("a reader that closes the pipe early (| head) gets no stack trace, and the exit code of the run", () => {
    const dir = tempDir();
    const file = join(dir, "long.txt");
    writeFileSync(file, "The campus。Next line\n\n".repeat(40_000));
    const result = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" check "${file}" | head -c 10 >/dev/null`], { encoding: "utf8" });
    expect(result.stderr).toBe("");
    const fixed = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" fix "${file}" | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8" });
    expect(fixed.stderr).toBe("");
    expect(fixed.stdout.trim()).toBe("0");
  });

  it("an empty file checks clean and fixes to nothing", () => {
    const dir = tempDir();
    const file = join(dir, "empty.txt");
    writeFileSync(file, "");
    const checked = runCli(["check", file, "--format", "compact"]);
    expect(checked.code).toBe(EXIT.ok);
    expect(checked.stderr).toBe("");
    expect(checked.text).toBe("1 file: 0 errors, 0 warnings, 0 info; 0 fixable by `mtclean fix`, 0 more with --unsafe\n");
    const fixed = runCli(["fix", file]);
    expect(fixed.code).toBe(EXIT.ok);
    expect(fixed.stderr).toBe("");
    expect(fixed.stdout.length).toBe(0);
  });

  it("an unreadable file (permission denied) stops the run with exit 2", () => {
    const dir = tempDir();
    const file = join(dir, "secret.txt");
    writeFileSync(file, "The campus。\n");
    chmodSync(file, 0o000);
    // root reads anything, so as root the CLI runs as nobody, for whom the file is closed
    chmodSync(dir, 0o755);
    const run = runCli(["check", file], isRoot ? { uid: NOBODY, gid: NOBODY } : {});
    expect(run.code, run.stderr).toBe(EXIT.input);
    expectOneSentence(run, /Cannot read ".*secret\.txt": permission denied\./);
  });

  it("a binary file among others: the others are still checked and fixed", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.bin"), Buffer.from([0, 1, 2]));
    writeFileSync(join(dir, "a.txt"), "The campus。Next\n");
    const run = runCli(["fix", "--write", join(dir, "a.bin"), join(dir, "a.txt")]);
    expect(run.code).toBe(EXIT.ok);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("The campus. Next\n");
    expect(readFileSync(join(dir, "a.bin"))).toEqual(Buffer.from([0, 1, 2]));
  });

  it("one file named twice and by a symlink is checked and written once, under its first name", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "The campus。Next\n");
    symlinkSync("a.txt", join(dir, "l.txt"));
    const check = runCli(["check", "--format", "compact", "a.txt", "./a.txt", "l.txt"], { cwd: dir });
    expect(check.code).toBe(1);
    expect(check.text).toBe("a.txt:1:11: error Full-width “。” in English text: use “.” with English spacing. [fullwidth-punctuation]\n1 file: 1 error, 0 warnings, 0 info; 1 fixable by `mtclean fix`, 0 more with --unsafe\n");
    const fix = runCli(["fix", "--write", "a.txt", "a.txt", "l.txt"], { cwd: dir });
    expect(fix.code, fix.stderr).toBe(EXIT.ok);
    expect(fix.stderr).toBe("mtclean: fixed 1 of 1 file.\n");
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("The campus. Next\n");
  });
});
