// Runs the built CLI (bin/mtclean.js) as a user does: a child process with
// real files, stdin and exit codes. Output stays bytes when asked, for the
// encodings that are not UTF-8.
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const BIN = new URL("../../bin/mtclean.js", import.meta.url).pathname;
export const ROOT = new URL("../../", import.meta.url).pathname;

export interface CliRun {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  /** stdout as UTF-8 */
  text: string;
}

export function runCli(args: string[], options: { input?: string | Buffer; cwd?: string; uid?: number; gid?: number; stdio?: SpawnSyncOptions["stdio"] } = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? "",
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "" },
    uid: options.uid,
    gid: options.gid,
    stdio: options.stdio,
    maxBuffer: 256 * 1024 * 1024,
  });
  const stdout = result.stdout ?? Buffer.alloc(0);
  return { code: result.status, stdout, stderr: String(result.stderr ?? ""), text: stdout.toString("utf8") };
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), "mtclean-harden-"));

/** runCli with text output, from the repository root unless told otherwise */
export function runText(args: string[], options: { input?: string; cwd?: string } = {}): { code: number | null; stdout: string; stderr: string } {
  const { code, text, stderr } = runCli(args, { input: options.input, cwd: options.cwd ?? ROOT });
  return { code, stdout: text, stderr };
}

/** writes files given as { "relative/path": "content" } under a new temporary folder */
export function tree(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
