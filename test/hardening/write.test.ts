// fix --write never damages a file: every target holds its old or its new
// full content, whatever fails, and nothing is written when anything fails.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hiddenSibling, writeFiles, type FileWrite, type FsOps } from "../../src/cli/write-files.js";
import { Linter } from "../../src/linter.js";
import { BIN, runCli, tempDir } from "../support/cli.js";

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;
const leftovers = (dir: string): string[] => readdirSync(dir).filter((name) => name.includes(".mtclean-"));

/** Three files, and the calls of the transaction with one of them made to fail. */
function threeFiles(): { dir: string; paths: string[] } {
  const dir = tempDir();
  const paths = ["a", "b", "c"].map((name) => join(dir, `${name}.txt`));
  paths.forEach((path, index) => writeFileSync(path, `old ${index}\n`));
  return { dir, paths };
}
function failing(call: keyof FsOps, onCall: number): FsOps {
  let calls = 0;
  return new Proxy(fs, {
    get(target, name) {
      const real = (target as Record<string | symbol, unknown>)[name];
      if (name !== call) return real;
      return (...args: unknown[]) => {
        if (++calls === onCall) throw Object.assign(new Error(`${String(name)} failed on purpose`), { code: "EIO" });
        return (real as (...a: unknown[]) => unknown)(...args);
      };
    },
  }) as FsOps;
}

describe("writeFiles: all or nothing", () => {
  it.each([
    ["the rename of the 2nd of 3 files fails: the 1st is put back", "renameSync" as const, 2, /Cannot write ".*b\.txt": renameSync failed on purpose; the files already written were restored, no file was changed\./],
    ["the rename of the 3rd of 3 fails", "renameSync" as const, 3, /Cannot write ".*c\.txt": .*restored, no file was changed/],
    ["writing the 2nd temporary file fails", "writeSync" as const, 2, /Cannot write ".*b\.txt": writeSync failed on purpose; no file was changed\./],
    ["flushing the 1st temporary file fails", "fsyncSync" as const, 1, /Cannot write ".*a\.txt": .*no file was changed/],
  ])("%s", (_name, call, onCall, message) => {
    const { dir, paths } = threeFiles();
    const writes = paths.map((path, index) => ({ path, bytes: Buffer.from(`new ${index}\n`) }));
    expect(() => writeFiles(writes, {}, failing(call, onCall))).toThrow(message);
    paths.forEach((path, index) => expect(readFileSync(path, "utf8")).toBe(`old ${index}\n`));
    expect(leftovers(dir)).toEqual([]);
  });

  it("a file that changed on disk since it was read is not overwritten, and nothing else is", () => {
    const { dir, paths } = threeFiles();
    const read = statSync(paths[1]!);
    writeFileSync(paths[1]!, "changed by an editor meanwhile, longer\n");
    const writes = paths.map((path, index) => ({ path, bytes: Buffer.from(`new ${index}\n`), read: index === 1 ? read : undefined }));
    expect(() => writeFiles(writes)).toThrow(/Cannot write ".*b\.txt": it changed on disk while mtclean was running; no file was changed\./);
    expect(readFileSync(paths[0]!, "utf8")).toBe("old 0\n");
    expect(leftovers(dir)).toEqual([]);
  });

  it("all succeed: new contents, the modes kept, nothing left behind", () => {
    const { dir, paths } = threeFiles();
    chmodSync(paths[0]!, 0o600);
    chmodSync(paths[2]!, 0o755);
    writeFiles(paths.map((path, index) => ({ path, bytes: Buffer.from(`new ${index}\n`) })));
    paths.forEach((path, index) => expect(readFileSync(path, "utf8")).toBe(`new ${index}\n`));
    expect(statSync(paths[0]!).mode & 0o777).toBe(0o600);
    expect(statSync(paths[2]!).mode & 0o777).toBe(0o755);
    expect(leftovers(dir)).toEqual([]);
  });

  it("a content already in a file beside the target (a large file fixed a piece at a time) is renamed over it with the target's mode, or removed when anything fails", () => {
    const { dir, paths } = threeFiles();
    chmodSync(paths[1]!, 0o640);
    const ready = (index: number): string => {
      const file = hiddenSibling(paths[index]!, "tmp");
      writeFileSync(file, `new ${index}\n`, { mode: 0o600 });
      return file;
    };
    const writes = (): FileWrite[] => paths.map((path, index) => (index === 1 ? { path, file: ready(index) } : { path, bytes: Buffer.from(`new ${index}\n`) }));
    expect(() => writeFiles(writes(), {}, failing("renameSync", 3))).toThrow(/restored, no file was changed/);
    paths.forEach((path, index) => expect(readFileSync(path, "utf8")).toBe(`old ${index}\n`));
    expect(leftovers(dir)).toEqual([]);
    writeFiles(writes());
    paths.forEach((path, index) => expect(readFileSync(path, "utf8")).toBe(`new ${index}\n`));
    expect(statSync(paths[1]!).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe("fix --write from the command line", () => {
  it("--backup keeps each changed original as FILE.bak; an unchanged file gets none and is not touched", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "The campus。Next\n");
    writeFileSync(join(dir, "clean.txt"), "Clean text.\n");
    const cleanTime = statSync(join(dir, "clean.txt")).mtimeMs;
    const run = runCli(["fix", "--write", "--backup", join(dir, "a.txt"), join(dir, "clean.txt")]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("The campus. Next\n");
    expect(readFileSync(join(dir, "a.txt.bak"), "utf8")).toBe("The campus。Next\n");
    expect(statSync(join(dir, "clean.txt")).mtimeMs).toBe(cleanTime);
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "a.txt.bak", "clean.txt"]);
  });
  it("--backup-suffix names the kept originals", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "The campus。Next\n");
    expect(runCli(["fix", "--write", "--backup", "--backup-suffix", ".orig", join(dir, "a.txt")]).code).toBe(0);
    expect(readFileSync(join(dir, "a.txt.orig"), "utf8")).toBe("The campus。Next\n");
  });
  it("--backup without --write is a usage error", () => {
    const run = runCli(["fix", "--backup"], { input: "x" });
    expect(run.code).toBe(3);
    expect(run.stderr).toBe("mtclean: --backup keeps the originals of files rewritten by --write; add --write.\n");
  });
  it("a symlinked file is updated where it lives, and the link stays a link", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "real.txt"), "The campus。Next\n");
    symlinkSync(join(dir, "real.txt"), join(dir, "link.txt"));
    expect(runCli(["fix", "--write", join(dir, "link.txt")]).code).toBe(0);
    expect(readFileSync(join(dir, "real.txt"), "utf8")).toBe("The campus. Next\n");
    expect(fs.lstatSync(join(dir, "link.txt")).isSymbolicLink()).toBe(true);
  });
  it("an invalid file among valid ones: nothing is written (exit 5)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "The campus。Next\n");
    writeFileSync(join(dir, "b.txt"), Buffer.from([0x61, 0xe9, 0x0a]));
    const run = runCli(["fix", "--write", join(dir, "a.txt"), join(dir, "b.txt")]);
    expect(run.code).toBe(5);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("The campus。Next\n");
  });
  it("a folder that cannot be written: exit 2, no file changed, no temporary file left", () => {
    const base = tempDir();
    chmodSync(base, 0o777);
    const open = join(base, "open");
    const closed = join(base, "closed");
    mkdirSync(open, { mode: 0o777 });
    mkdirSync(closed, { mode: 0o777 });
    writeFileSync(join(open, "a.txt"), "The campus。Next\n");
    writeFileSync(join(closed, "b.txt"), "The campus。Next\n");
    chmodSync(join(open, "a.txt"), 0o666);
    chmodSync(join(closed, "b.txt"), 0o666);
    chmodSync(open, 0o777);
    chmodSync(closed, 0o555);
    // as root every folder is writable, so the CLI runs as nobody
    const run = runCli(["fix", "--write", join(open, "a.txt"), join(closed, "b.txt")], isRoot ? { uid: NOBODY, gid: NOBODY } : {});
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^mtclean: Cannot write ".*b\.txt": permission denied; no file was changed\.\n$/);
    expect(readFileSync(join(open, "a.txt"), "utf8")).toBe("The campus。Next\n");
    expect(leftovers(open)).toEqual([]);
  });
});

describe("a run killed with SIGKILL while writing", () => {
  it("leaves every file with its old or its new full content, never a truncated one", async () => {
    const dir = tempDir();
    const paragraph = "The delegation visited the campus。Teachers attended the meeting：it went well.\n\n";
    // many files, each flushed to disk on its own, make the writing phase long enough to be hit
    const contents = Array.from({ length: 150 }, (_, index) => `File ${index}.\n\n` + paragraph.repeat(20));
    const paths = contents.map((_, index) => join(dir, `f${String(index).padStart(3, "0")}.txt`));
    paths.forEach((path, index) => writeFileSync(path, contents[index]!));
    const linter = new Linter();
    const fixed = contents.map((text) => linter.fix(text).output);

    const child = spawn(process.execPath, [BIN, "fix", "--write", ...paths], { stdio: "ignore" });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    // kill it as soon as the first temporary file appears: in the middle of the writing
    let killed = false;
    const deadline = Date.now() + 40_000;
    while (!killed && Date.now() < deadline) {
      if (leftovers(dir).length > 0) {
        child.kill("SIGKILL");
        killed = true;
      } else await new Promise((resolve) => setImmediate(resolve));
    }
    await exited;
    expect(killed).toBe(true);
    let changed = 0;
    for (const [index, path] of paths.entries()) {
      const now = readFileSync(path, "utf8");
      expect([contents[index], fixed[index]]).toContain(now);
      if (now === fixed[index]) changed++;
    }
    // what may stay behind is documented: hidden .NAME.mtclean-* files only
    for (const name of leftovers(dir)) expect(name).toMatch(/^\.f\d{3}\.txt\.mtclean-[0-9a-f]{12}\.(tmp|orig)$/);
    expect(changed).toBeLessThan(paths.length);
  }, 60_000);
});
