import * as nodeFs from "node:fs";
import { lazyRequire } from "../lazy-require.js";
import { basename, dirname, join } from "node:path";
import { InputError } from "../errors.js";
import type { Input } from "./io.js";

// node:crypto (for a temporary file's name) loads a dozen internal modules: only when a file is written
const crypto = lazyRequire<typeof import("node:crypto")>("node:crypto");

// `fix --write` over many files is one transaction: every new content is
// written to a temporary file next to its target first; only when all of them
// exist are they renamed over the targets, and a rename that fails puts the
// files already replaced back. Renames are atomic, so each target holds, at
// every instant, either its old or its new full content, even when the
// process is killed. A run killed between the two steps can leave hidden
// `.NAME.mtclean-*` files next to the targets; they are safe to delete.

export type FileWrite = {
  path: string;
  /** the file as it was read: a file that changed since is not overwritten */
  read?: Input["stat"];
} & (
  | { bytes: Uint8Array; file?: undefined }
  /** the new content is in this file already, beside the target (a large file fixed a piece at a time): it is renamed over it */
  | { file: string; bytes?: undefined }
);

export interface WriteOptions {
  /** keep each original as path + suffix (".bak") */
  backupSuffix?: string;
}

/** The file-system calls the transaction makes, so that tests can make one of them fail. */
export type FsOps = Pick<
  typeof nodeFs,
  "statSync" | "realpathSync" | "openSync" | "writeSync" | "fsyncSync" | "closeSync" | "fchmodSync" | "fchownSync" | "linkSync" | "copyFileSync" | "renameSync" | "unlinkSync"
>;

interface Planned {
  target: string;
  temporary: string;
  original: string;
}

export const hiddenSibling = (target: string, tag: string): string =>
  join(dirname(target), `.${basename(target)}.mtclean-${crypto().randomBytes(6).toString("hex")}.${tag}`);

/** Writes every file or none; throws InputError (one sentence) when it cannot. */
export function writeFiles(writes: FileWrite[], options: WriteOptions = {}, fs: FsOps = nodeFs): void {
  const planned: Planned[] = [];
  const removeQuietly = (path: string): void => {
    try {
      fs.unlinkSync(path);
    } catch {
      /* already gone, or never made */
    }
  };
  const abandon = (): void => {
    for (const plan of planned) {
      removeQuietly(plan.temporary);
      removeQuietly(plan.original);
    }
  };

  // 1. every new content into a temporary file, every original kept under a second name
  for (const write of writes) {
    let plan: Planned | undefined;
    try {
      // a symlink is followed: the file it points to is updated and the link stays a link
      const target = fs.realpathSync(write.path);
      const stat = fs.statSync(target);
      if (write.read && (stat.ino !== write.read.ino || stat.dev !== write.read.dev || stat.size !== write.read.size || stat.mtimeMs !== write.read.mtimeMs)) {
        throw new Error("it changed on disk while mtclean was running");
      }
      plan = { target, temporary: write.file ?? hiddenSibling(target, "tmp"), original: hiddenSibling(target, "orig") };
      planned.push(plan);
      if (write.file === undefined) writeTemporary(fs, plan.temporary, write.bytes, stat);
      else finishTemporary(fs, plan.temporary, stat);
      keepOriginal(fs, target, plan.original);
    } catch (error) {
      abandon();
      throw new InputError(`Cannot write "${write.path}": ${reason(error)}; no file was changed.`);
    }
  }

  // 2. the renames; a failure puts back the files already replaced
  for (const [index, plan] of planned.entries()) {
    try {
      fs.renameSync(plan.temporary, plan.target);
    } catch (error) {
      const notRestored: string[] = [];
      for (const done of planned.slice(0, index)) {
        try {
          fs.renameSync(done.original, done.target);
        } catch {
          notRestored.push(`${done.target} (its original is ${done.original})`);
        }
      }
      for (const plan of planned.slice(index)) removeQuietly(plan.temporary);
      for (const plan of planned) if (!notRestored.some((item) => item.startsWith(plan.target))) removeQuietly(plan.original);
      const path = writes[index]!.path;
      if (notRestored.length) throw new InputError(`Cannot write "${path}": ${reason(error)}; could not restore ${notRestored.join(", ")}.`);
      throw new InputError(`Cannot write "${path}": ${reason(error)}; the files already written were restored, no file was changed.`);
    }
  }

  // 3. the originals become backups, or go
  const unkept: string[] = [];
  for (const plan of planned) {
    if (options.backupSuffix === undefined) removeQuietly(plan.original);
    else {
      try {
        fs.renameSync(plan.original, plan.target + options.backupSuffix);
      } catch (error) {
        unkept.push(`${plan.target}${options.backupSuffix} (${reason(error)}; the original is in ${plan.original})`);
      }
    }
  }
  if (unkept.length) throw new InputError(`The files were written, but these backups could not be made: ${unkept.join(", ")}.`);
}

/** The new content, flushed to disk, with the original's mode (and owner, when allowed) before it takes the target's name. */
function writeTemporary(fs: FsOps, temporary: string, bytes: Uint8Array, original: nodeFs.Stats): void {
  const fd = fs.openSync(temporary, "wx", 0o600);
  try {
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
    settle(fs, fd, original);
  } finally {
    fs.closeSync(fd);
  }
}

/** A new content written already: flushed to disk, with the original's mode and owner, as writeTemporary leaves its file. */
function finishTemporary(fs: FsOps, temporary: string, original: nodeFs.Stats): void {
  const fd = fs.openSync(temporary, "r+");
  try {
    settle(fs, fd, original);
  } finally {
    fs.closeSync(fd);
  }
}

/** Gives an open new content the original's mode (and owner, when allowed) and flushes it to disk. */
function settle(fs: FsOps, fd: number, original: nodeFs.Stats): void {
  fs.fchmodSync(fd, original.mode & 0o7777);
  try {
    fs.fchownSync(fd, original.uid, original.gid);
  } catch {
    /* only root may give a file away; a user's own file keeps its owner anyway */
  }
  fs.fsyncSync(fd);
}

/** A hard link costs nothing and keeps the original's inode, mode and times; a copy where links are not allowed. */
function keepOriginal(fs: FsOps, target: string, original: string): void {
  try {
    fs.linkSync(target, original);
  } catch {
    fs.copyFileSync(target, original, nodeFs.constants.COPYFILE_EXCL);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOSPC") return "no space left on the device";
  if (code === "EROFS") return "the file system is read-only";
  if (code === "EISDIR") return "it is a directory";
  return (error as Error).message.replace(/\.$/, "");
}
