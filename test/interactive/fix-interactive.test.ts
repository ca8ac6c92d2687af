// `mtclean fix --interactive` as a person uses it: tmux runs it in a real
// terminal, send-keys types, capture-pane reads the screen, and the files it
// writes are checked. Skipped (reported as skipped) where tmux is absent.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hasTmux } from "../support/tools.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/mtclean.js");
const NEWS = readFileSync(join(ROOT, "fixtures/reports/multi/news.txt"), "utf8");
const NOTES = readFileSync(join(ROOT, "fixtures/reports/multi/notes.txt"), "utf8");
const THIRD = "Prices rose  sharply this year。Markets calmed.\n";

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "mtclean-review-"));
  copyFileSync(join(ROOT, "fixtures/reports/multi/news.txt"), join(dir, "news.txt"));
  copyFileSync(join(ROOT, "fixtures/reports/multi/notes.txt"), join(dir, "notes.txt"));
  writeFileSync(join(dir, "third.txt"), THIRD);
  return dir;
}
const read = (dir: string, name: string): string => readFileSync(join(dir, name), "utf8");

describe("fix --interactive without a terminal", () => {
  it("says so in one sentence and exits 2, writing nothing", () => {
    const dir = workspace();
    const run = spawnSync(process.execPath, [BIN, "fix", "--interactive", "--no-config", "news.txt"], { cwd: dir, encoding: "utf8", input: "y\n" });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("mtclean: fix --interactive needs a terminal: run it with standard input and output connected to one, not to a pipe or file.\n");
    expect(run.stdout).toBe("");
    expect(read(dir, "news.txt")).toBe(NEWS);
  });
  it("needs file paths", () => {
    const run = spawnSync(process.execPath, [BIN, "fix", "--interactive"], { encoding: "utf8", input: "" });
    expect(run.status).toBe(3);
    expect(run.stderr).toBe("mtclean: fix --interactive needs file paths: it rewrites the files it reviews.\n");
  });
});

describe.skipIf(!hasTmux)("fix --interactive in tmux", () => {
  // a server of our own, so the user's tmux sessions are never touched
  const socket = `mtclean-test-${process.pid}`;
  const tmux = (...args: string[]): string => {
    const run = spawnSync("tmux", ["-L", socket, "-f", "/dev/null", ...args], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`tmux ${args[0]} failed: ${run.stderr}`);
    return run.stdout;
  };
  afterAll(() => {
    spawnSync("tmux", ["-L", socket, "kill-server"], { stdio: "ignore" });
  });

  let sessions = 0;
  function start(dir: string, args: string[]): string {
    const name = `review${++sessions}`;
    const command = `NO_COLOR=1 ${process.execPath} ${BIN} fix --interactive --no-config ${args.join(" ")}; echo "EXIT=$?"; sleep 600`;
    tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "40", "-c", dir, command);
    return name;
  }
  const screen = (name: string): string => tmux("capture-pane", "-p", "-t", name);
  async function waitFor(name: string, text: string | RegExp): Promise<string> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const shown = screen(name);
      if (typeof text === "string" ? shown.includes(text) : text.test(shown)) return shown;
      if (Date.now() > deadline) throw new Error(`the screen never showed ${String(text)}; it shows:\n${shown}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const keys = (name: string, ...list: string[]): void => void tmux("send-keys", "-t", name, ...list);
  const type = (name: string, text: string): void => void tmux("send-keys", "-t", name, "-l", text);

  it("accept, reject, edit, choose, accept all of a rule, skip a file, quit: the screen and the files written", async () => {
    const dir = workspace();
    const name = start(dir, ["news.txt", "notes.txt", "third.txt"]);

    // 1: the full-width stop, in its sentence with the change marked
    let shown = await waitFor(name, "Finding 1 of 9");
    expect(shown).toContain("news.txt:1:34  error  punctuation  fullwidth-punctuation");
    expect(shown).toContain("The delegation visited the campus[-。-]{+. +}They met teachers：students and parents.");
    keys(name, "y");
    // 2: the full-width colon, edited to a semicolon
    shown = await waitFor(name, "Finding 2 of 9");
    expect(shown).toContain("accepted 1, rejected 0");
    keys(name, "e");
    await waitFor(name, "Enter: accept");
    keys(name, "C-u");
    type(name, "; ");
    shown = await waitFor(name, "teachers[-：-]{+; +}students");
    keys(name, "Enter");
    // 3: the image placeholder line, rejected
    shown = await waitFor(name, "Finding 3 of 9");
    expect(shown).toContain("[-Wechat picture _20230831112840_ Copy.jpg↵↵-]");
    keys(name, "n");
    // 4: a double space: accept all of double-space, which settles third.txt's too
    shown = await waitFor(name, "Finding 4 of 9");
    expect(shown).toContain("double-space");
    keys(name, "a");
    // 5: notes.txt, "his party": the second alternative
    shown = await waitFor(name, "Finding 5 of 9");
    expect(shown).toContain("Accepted 2 changes of double-space.");
    expect(shown).toContain("Zhang Jun and [-his party-]{+his delegation+} visited the campus.");
    expect(shown).toContain("1) “his delegation”   2) “his entourage”");
    keys(name, "2");
    // 6: the repeated word: skip the rest of notes.txt
    shown = await waitFor(name, "Finding 6 of 9");
    expect(shown).toContain("The[- the-] meeting ended at noon，and everyone left.");
    keys(name, "s");
    // 9: third.txt's full-width stop (its double space was accepted by a); quit
    shown = await waitFor(name, "Finding 9 of 9");
    expect(shown).toContain("third.txt:1:31");
    keys(name, "q");

    shown = await waitFor(name, "EXIT=");
    expect(shown).toContain("mtclean: accepted 5 of 9 changes (3 rejected, 1 not reviewed); wrote news.txt, notes.txt, third.txt.");
    expect(shown).toContain("EXIT=0");
    expect(read(dir, "news.txt")).toBe(NEWS.replace("campus。They", "campus. They").replace("teachers：students", "teachers; students").replace("and  the", "and the"));
    expect(read(dir, "notes.txt")).toBe(NOTES.replace("his party", "his entourage"));
    expect(read(dir, "third.txt")).toBe(THIRD.replace("rose  sharply", "rose sharply"));
  });

  it("Ctrl-C leaves every file as it was and exits 130", async () => {
    const dir = workspace();
    const name = start(dir, ["news.txt", "notes.txt"]);
    await waitFor(name, "Finding 1 of 7");
    keys(name, "y");
    await waitFor(name, "Finding 2 of 7");
    keys(name, "C-c");
    const shown = await waitFor(name, "EXIT=");
    expect(shown).toContain("mtclean: interrupted; no file was written.");
    expect(shown).toContain("EXIT=130");
    expect(read(dir, "news.txt")).toBe(NEWS);
  });

  it("a file changed on disk during the review is not overwritten, and then no file is", async () => {
    const dir = workspace();
    const name = start(dir, ["news.txt", "notes.txt"]);
    await waitFor(name, "Finding 1 of 7");
    keys(name, "a");
    await waitFor(name, "Finding 3 of 7");
    writeFileSync(join(dir, "notes.txt"), NOTES + "A line the editor added.\n");
    keys(name, "q");
    const shown = await waitFor(name, "EXIT=");
    expect(shown).toContain(`mtclean: Cannot write "notes.txt": it changed on disk while mtclean was running; no file was changed.`);
    expect(shown).toContain("EXIT=2");
    expect(read(dir, "news.txt")).toBe(NEWS);
    expect(read(dir, "notes.txt")).toBe(NOTES + "A line the editor added.\n");
  });

  it("undo takes back a decision; finishing the last finding writes without q", async () => {
    const dir = workspace();
    const name = start(dir, ["third.txt"]);
    await waitFor(name, "Finding 1 of 2");
    keys(name, "n");
    await waitFor(name, "Finding 2 of 2");
    keys(name, "u");
    await waitFor(name, "Finding 1 of 2");
    keys(name, "y");
    await waitFor(name, "Finding 2 of 2");
    keys(name, "y");
    const shown = await waitFor(name, "EXIT=");
    expect(shown).toContain("mtclean: accepted 2 of 2 changes (0 rejected); wrote third.txt.");
    expect(read(dir, "third.txt")).toBe("Prices rose sharply this year. Markets calmed.\n");
    rmSync(dir, { recursive: true, force: true });
  });
});
