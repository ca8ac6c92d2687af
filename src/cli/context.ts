import type { LinterOptions } from "../linter.js";
import { Linter } from "../linter.js";
import type { RuleSetting } from "../rules/engine.js";
import { SEVERITIES } from "../types.js";
import { UsageError } from "../errors.js";

/** Where the CLI reads and writes: the real process, or a test's buffers. */
export interface CliIO {
  /** bytes for a fixed file in its own encoding (GB18030, UTF-16) */
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  /** reads all of standard input; more than maxBytes may be refused */
  readStdin(maxBytes?: number): Buffer;
  stdoutIsTTY: boolean;
  /** a progress bar is drawn only on a terminal */
  stderrIsTTY?: boolean;
  stderrColumns?: number;
  env: NodeJS.ProcessEnv;
}

/** The options every linting command shares. */
export interface LintFlags {
  dict?: string[];
  /** --glossary files */
  glossary?: string[];
  builtin?: boolean;
  rule?: string[];
  category?: string[];
  color?: boolean;
  /** --config <file> gives a file; --no-config gives false */
  config?: string | false;
  /** --shard i/n */
  shard?: string;
  /** false with --no-inline-config */
  inlineConfig?: boolean;
  reportUnusedDisableDirectives?: boolean;
  /** --encoding: utf-8 (default), gb18030, utf-16, utf-16le, utf-16be, windows-1252 or auto */
  encoding?: string;
  /** --max-file-size, as given (20M, 500k, bytes) */
  maxFileSize?: string;
  /** --source: the Chinese original, a file or a pattern such as "{dir}/{name}.zh{ext}" */
  source?: string;
  /** --jobs: threads for many files (default: 1 for small runs, the cores for large ones) */
  jobs?: string;
  /** --ext .md,.html: extensions picked when walking folders */
  ext?: string;
  /** --stdin-filename: the name, format and configuration of standard input */
  stdinFilename?: string;
}

/** chalk ignores NO_COLOR, so the decision is made here: flag, NO_COLOR, FORCE_COLOR, then the terminal. */
export function useColor(flag: boolean | undefined, io: CliIO): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== undefined) return !["0", "false"].includes(io.env.FORCE_COLOR);
  return io.stdoutIsTTY;
}

export function parseRuleSettings(values: string[] = []): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const value of values) {
    const match = /^([^=\s]+)=(\w+)$/.exec(value);
    const setting = match?.[2] as RuleSetting | undefined;
    if (!match || !setting || !(setting === "off" || SEVERITIES.includes(setting as never))) {
      throw new UsageError(`--rule expects ID=off|info|warning|error, not "${value}".`);
    }
    settings[match[1]!] = setting;
  }
  return settings;
}

export function linterOptions(flags: LintFlags): LinterOptions {
  return {
    dictionaries: flags.dict ?? [],
    glossaries: flags.glossary ?? [],
    builtin: flags.builtin !== false,
    rules: parseRuleSettings(flags.rule),
    categories: flags.category,
  };
}

export function createLinter(flags: LintFlags): Linter {
  return new Linter(linterOptions(flags));
}
