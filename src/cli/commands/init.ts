import { existsSync, linkSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { lazyRequire } from "../../lazy-require.js";
import { join } from "node:path";
import { EXIT, InputError, UsageError } from "../../errors.js";
import type { CliIO } from "../context.js";

// node:crypto (for a temporary file's name) loads a dozen internal modules: only when a file is written
const crypto = lazyRequire<typeof import("node:crypto")>("node:crypto");

export const CONFIG_FILE = "mtclean.config.json";
export const DICTIONARY_FILE = "mtclean.dictionary.yml";

/** The starter configuration: the recommended preset, the user dictionary, nothing ignored but dependencies. */
export const STARTER_CONFIG = {
  extends: "recommended",
  rules: {},
  dictionaries: [DICTIONARY_FILE],
  ignore: ["node_modules/**"],
};

/**
 * The user dictionary template: one entry, commented field by field, whose
 * example and keep text pass `mtclean dict test`, so a translator can copy it.
 */
export const DICTIONARY_TEMPLATE = `# Your own dictionary: terms and phrasings mtclean checks besides its built-in ones.
# The format is described in mtclean's dictionaries/README.md.
# Test your entries with:  mtclean dict test ${DICTIONARY_FILE}
category: terminology          # the category of the entries below (mtclean check --category terminology)
defaults:
  severity: warning            # error | warning | info
  safety: suggestion           # safe: right in EVERY context, applied by \`mtclean fix\`;
                               # suggestion: shown, applied only with \`mtclean fix --unsafe\`
entries:
  # An example: your institution's official English name for a unit. Replace it with your own terms.
  - id: example-school-of-foreign-languages   # unique, lowercase-with-hyphens
    match: [Foreign Language College, College of Foreign Languages]   # phrases: case-insensitive, whole words
    replace: School of Foreign Languages      # best first; "" deletes; leave out to only report
    message: The official English name of 外国语学院 is “School of Foreign Languages”.
    zh: 外国语学院                             # the Chinese term, for bilingual checks
    examples:                                 # run by \`mtclean dict test\`: before → after
      - before: She teaches at the Foreign Language College.
        after: She teaches at the School of Foreign Languages.
    keep:                                     # texts the entry must leave alone
      - The School of Foreign Languages opened in 1998.
`;

export interface InitFlags {
  force?: boolean;
}

/**
 * `mtclean init [folder]`: writes the starter configuration and dictionary.
 * Refuses, before writing anything, when either file exists (unless --force).
 */
export function runInit(folder: string | undefined, flags: InitFlags, io: CliIO): number {
  const dir = folder ?? ".";
  const files: [string, string][] = [
    [join(dir, CONFIG_FILE), JSON.stringify(STARTER_CONFIG, null, 2) + "\n"],
    [join(dir, DICTIONARY_FILE), DICTIONARY_TEMPLATE],
  ];
  const existing = files.map(([path]) => path).filter((path) => existsSync(path));
  if (existing.length && !flags.force) {
    const names = existing.map((path) => `"${path}"`).join(" and ");
    throw new UsageError(`${names} already exist${existing.length === 1 ? "s" : ""}; use --force to overwrite.`);
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new InputError(`Cannot create the folder "${dir}": ${(error as Error).message}.`);
  }
  for (const [path, text] of files) writeWhole(path, text, flags.force === true);
  io.stdout(
    `Wrote ${files.map(([path]) => path).join(" and ")}.\n` +
      `Add your terms to ${DICTIONARY_FILE}, test them with \`mtclean dict test ${join(dir, DICTIONARY_FILE)}\`, then run \`mtclean check\` on your files.\n`,
  );
  return EXIT.ok;
}

/**
 * Writes a temporary file in the same folder, then links it into place (which
 * fails if a file appeared meanwhile) or, with overwrite, renames it over the
 * target: the file is either absent or whole, never half-written.
 */
function writeWhole(path: string, text: string, overwrite: boolean): void {
  const temporary = `${path}.mtclean-${crypto().randomBytes(6).toString("hex")}`;
  try {
    writeFileSync(temporary, text, { flag: "wx" });
    if (overwrite) {
      renameSync(temporary, path);
    } else {
      linkSync(temporary, path);
      unlinkSync(temporary);
    }
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      /* renamed, or never written */
    }
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new UsageError(`"${path}" already exists; use --force to overwrite.`);
    throw new InputError(`Cannot write "${path}": ${(error as Error).message}.`);
  }
}
