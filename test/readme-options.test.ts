// The README is the manual: every command and every option that --help lists
// is documented there, so the two cannot drift apart unnoticed.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { describe, expect, it } from "vitest";
import type { CliIO } from "../src/cli/context.js";
import { buildProgram } from "../src/cli/main.js";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const io: CliIO = { stdout: () => {}, stderr: () => {}, readStdin: () => Buffer.alloc(0), stdoutIsTTY: false, env: {} };

function commandsOf(command: Command, path: string[] = []): { path: string[]; command: Command }[] {
  return command.commands.flatMap((sub) => [{ path: [...path, sub.name()], command: sub }, ...commandsOf(sub, [...path, sub.name()])]);
}

const program = buildProgram(io, () => {});
const commands = commandsOf(program);

describe("README and --help tell the same story", () => {
  it("finds the commands (the test reads the real program)", () => {
    expect(commands.map(({ path }) => path.join(" "))).toEqual(expect.arrayContaining(["check", "fix", "diff", "rules", "dict"]));
  });

  it.each(commands.map(({ path, command }) => [path.join(" "), command] as const))("`mtclean %s` is shown in the README with its options", (name, command) => {
    expect(README.includes(`mtclean ${name}`) || README.includes(`mtclean.js ${name}`), `no example of mtclean ${name}`).toBe(true);
    const missing = command.options.map((option) => option.long ?? option.short!).filter((flag) => !["--help", "--version"].includes(flag) && !README.includes(flag));
    expect(missing, `options of ${name} missing from README.md`).toEqual([]);
  });
});
