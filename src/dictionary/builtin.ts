import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The dictionaries shipped with mtclean: <package>/dictionaries, from dist/dictionary/. */
export const BUILTIN_DICTIONARY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../dictionaries");

/** Every .yml/.yaml file below a folder, sorted so that loading order is stable. */
export function dictionaryFilesIn(dir: string): string[] {
  const files: string[] = [];
  // only folders and YAML files are sorted (the order of the rest does not matter, and a README would need the collator)
  const entries = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory() || /\.ya?ml$/.test(entry.name));
  for (const entry of entries.sort((a, b) => compareNames(a.name, b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...dictionaryFilesIn(path));
    else files.push(path);
  }
  return files;
}

// Names of lower-case letters, digits, dots and hyphens sort the same by code
// unit as by localeCompare, which costs a few milliseconds of collator set-up
// on its first call: at every start, for nothing.
const PLAIN_NAME = /^[a-z0-9.-]*$/;

function compareNames(a: string, b: string): number {
  if (PLAIN_NAME.test(a) && PLAIN_NAME.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
