import { mkdirSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { lazyRequire } from "../lazy-require.js";
import { basename, dirname, join } from "node:path";
import { InputError } from "../errors.js";

// node:crypto (for a temporary file's name) loads a dozen internal modules: only when a file is written
const crypto = lazyRequire<typeof import("node:crypto")>("node:crypto");

/**
 * Writes a report for --output-file: the folder is created when missing, and
 * the text goes to a temporary file renamed over the target, so a CI step
 * that uploads the report never sees half of one.
 */
export function writeReportFile(path: string, text: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.mtclean-${crypto().randomBytes(6).toString("hex")}`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      /* it may not exist */
    }
    throw new InputError(`Cannot write the report to "${path}": ${(error as NodeJS.ErrnoException).code === "EISDIR" ? "it is a directory" : (error as Error).message}.`);
  }
}
