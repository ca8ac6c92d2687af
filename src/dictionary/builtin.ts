import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The dictionaries shipped with mtclean: <package>/dictionaries, from dist/dictionary/. */
export const BUILTIN_DICTIONARY_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../dictionaries");

/** Every .yml/.yaml file below a folder, sorted so that loading order is stable. */
export function dictionaryFilesIn(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...dictionaryFilesIn(path));
    else if (/\.ya?ml$/.test(entry.name)) files.push(path);
  }
  return files;
}
