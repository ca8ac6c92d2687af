import { Command, CommanderError, Option } from "commander";
import { MtcleanCommand } from "./usage.js";
import { EXIT, MtcleanError } from "../errors.js";
import { DIFF_FORMATS } from "./commands/diff-formats.js";
import { CONFIG_FILE, DICTIONARY_FILE, runInit } from "./commands/init.js";
import { readAllStdin } from "./io.js";
import { ENCODING_OPTIONS } from "../input/encoding.js";
import { REPORTER_NAMES } from "../reporters/registry.js";
import type { CliIO } from "./context.js";

// Each command's module is imported when that command runs, so `mtclean fix`
// never loads the reporters, the diff library or the dictionary tools.
const commands = {
  check: () => import("./commands/check.js"),
  fix: () => import("./commands/fix.js"),
  diff: () => import("./commands/diff.js"),
  rules: () => import("./commands/rules.js"),
  dict: () => import("./commands/dict.js"),
};

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** The options every linting command takes, declared once. */
function withLintOptions(command: Command): Command {
  return command
    .option("--dict <file>", "add a dictionary file (YAML); repeatable", collect)
    .option("--glossary <file>", "add a glossary (TSV or CSV with zh, en, avoid, note columns) for the bilingual checks; repeatable", collect)
    .option("--no-builtin", "do not load the dictionaries shipped with mtclean")
    .option("--rule <id=severity>", "set a rule or entry (or a whole category) to off, info, warning or error; repeatable (`mtclean rules` lists the ids)", collect)
    .option("--category <name>", "run only this category (punctuation, spacing, capitalization, artifact, phrasing, terminology, untranslated, repetition, accuracy, bilingual); repeatable", collect)
    .option("--color", "force colour")
    .option("--no-color", "no colour (NO_COLOR and FORCE_COLOR are honoured too)")
    .option("-c, --config <file>", "use this configuration file for every input (instead of the closest mtclean.config.json / .mtcleanrc.*)")
    .option("--no-config", "use no configuration file (the recommended preset and the command line only)")
    .option("--shard <i/n>", "check only the i-th of n equal shares of the files (for n parallel CI jobs)")
    .option("--no-inline-config", "ignore mtclean-disable / mtclean-enable comments in the files")
    .option("--report-unused-disable-directives", "warn about disable comments that silence nothing")
    .addOption(new Option("--encoding <name>", "how the files are encoded; fixed files are written back in it (auto: BOM, then UTF-8, then GB18030 Chinese, then Windows-1252)").choices(ENCODING_OPTIONS).default("utf-8"))
    .option("--max-file-size <size>", "refuse larger inputs (bytes, or with k, M, G)", "10M")
    .option("--source <file|pattern>", "the Chinese original, aligned paragraph by paragraph for the bilingual checks: a file, or a pattern with {dir} {name} {ext} {base} {stem} {path}")
    .option("-j, --jobs <n>", "threads for checking files (default: 1, or the number of cores for 8 files and 32 MB or more)")
    .option("--ext <list>", "extensions to check when walking folders, such as .md,.html (default: every format mtclean reads)")
    .option("--stdin-filename <name>", "the file name standard input stands for: it picks the format (.md, .html) and the configuration, and names the input in reports");
}

export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new MtcleanCommand("mtclean")
    .description("Find and fix machine-translation leftovers in English translated from Chinese news.")
    .version("0.1.0")
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  withLintOptions(
    program
      .command("check")
      .description("report problems: file:line:col, rule, message, suggestion and the line in context")
      .argument("[paths...]", 'files, folders or quoted globs to check; none or "-" reads standard input')
      .addOption(new Option("-f, --format <name>", "report format").choices(REPORTER_NAMES).default("stylish"))
      .option("-o, --output-file <path>", "write the report to this file (atomically) instead of standard output")
      .option("--max-warnings <n>", "exit 1 when there are more warnings than this")
      .option("-q, --quiet", "report errors only")
      .option("--print-config <file>", "print the configuration that applies to this file, as JSON, and exit")
      .option("--stats", "also print, on standard error, counts per category and rule and findings per 1,000 words per file"),
  ).action(async (paths: string[], flags) => setExit(await (await commands.check()).runCheck(paths, flags, io)));

  withLintOptions(
    program
      .command("fix")
      .description("print the fixed text (safe fixes; suggestions too with --unsafe), rewrite files with --write, or review each change with --interactive")
      .argument("[paths...]", 'a file to fix to standard output, or files, folders or quoted globs with --write or --interactive; none or "-" reads standard input')
      .option("-w, --write", "rewrite the files in place")
      .option("--backup", "with --write: keep each original file as FILE.bak")
      .option("--backup-suffix <suffix>", "with --backup: the suffix of the kept originals", ".bak")
      .option("-i, --interactive", "review each finding in its sentence in the terminal (accept, reject, edit, accept all of a rule, skip a file, quit) and write the accepted changes")
      .option("--unsafe", "also apply suggestions (their first replacement)")
      .option("--stats", "also print, on standard error, counts per category and rule (found and left) and findings per 1,000 words per file"),
  ).action(async (paths: string[], flags) => {
    if (!flags.interactive) return setExit(await (await commands.fix()).runFix(paths, flags, io));
    // loaded only when asked for: the review's terminal code is of no use to other runs
    const { runFixInteractive } = await import("./commands/fix-interactive.js");
    setExit(await runFixInteractive(paths, flags, io));
  });

  withLintOptions(
    program
      .command("diff")
      .description("show what fix would change: a word diff, or a unified patch for git apply; exits 1 when there are changes")
      .argument("[paths...]", 'files, folders or quoted globs; none or "-" reads standard input')
      .addOption(new Option("-f, --format <name>", "word (the text with changes marked), patch (for git apply) or html (a page with the changes and findings)").choices(DIFF_FORMATS).default("word"))
      .option("--unsafe", "include suggestions"),
  ).action(async (paths: string[], flags) => setExit(await (await commands.diff()).runDiff(paths, flags, io)));

  program
    .command("rules")
    .description("list every rule and dictionary entry; with an id, explain that one with its examples")
    .argument("[ids...]", "rule or entry ids")
    .addOption(new Option("-f, --format <name>", "output format").choices(["text", "json"]).default("text"))
    .option("--stats", "count entries per category and fix safety: a table, or with --format json an object")
    .option("--dict <file>", "add a dictionary file (YAML); repeatable", collect)
    .option("--glossary <file>", "add a glossary (TSV or CSV); its entries are listed too; repeatable", collect)
    .option("--no-builtin", "leave out the dictionaries shipped with mtclean")
    .action(async (ids: string[], flags) => setExit((await commands.rules()).runRules(ids, flags, io)));

  program
    .command("init")
    .description(`write a starter configuration (${CONFIG_FILE}) and a user dictionary (${DICTIONARY_FILE}) with one example entry`)
    .argument("[folder]", "where to write them", ".")
    .option("--force", "overwrite the files if they exist")
    .action((folder: string, flags) => setExit(runInit(folder, flags, io)));

  const dict = program.command("dict").description("tools for dictionary authors: test, lint, import, export");
  dict
    .command("test")
    .description("run the examples and keep texts of every entry (built-in dictionaries, or the files given)")
    .argument("[files...]", "dictionary files (YAML); none means the built-in ones")
    .option("--builtin", "test the built-in dictionaries as well as the files given")
    .option("--no-builtin", "test only the files given")
    .action(async (files: string[], flags) => setExit((await commands.dict()).runDictTest(files, flags, io)));
  dict
    .command("lint")
    .description("find entries that shadow or contradict each other, keep texts some entry changes, fixes that do not settle")
    .argument("[files...]", "dictionary files (YAML); none means the built-in ones")
    .option("--builtin", "lint the built-in dictionaries together with the files given")
    .option("--no-builtin", "lint only the files given")
    .action(async (files: string[], flags) => setExit((await commands.dict()).runDictLint(files, flags, io)));
  dict
    .command("import")
    .description("turn a glossary (TSV or CSV with zh, en and avoid columns) into dictionary entries with working examples, printed as YAML")
    .argument("<glossary>", "glossary file: a header row naming zh, en and avoid (wrong renderings, several separated by |)")
    .option("-o, --output <file>", "write the dictionary to this file instead of standard output")
    .option("--category <name>", "category of the entries", "terminology")
    .addOption(new Option("--safety <safety>", "fix safety of the entries").choices(["suggestion", "safe"]).default("suggestion"))
    .action(async (file: string, flags) => setExit((await commands.dict()).runDictImport(file, flags, io)));
  dict
    .command("export")
    .description("write the entries with a replacement and no context conditions to standard output: phrase and regex entries as a prh dictionary, phrase entries as a Vale substitution rule")
    .argument("[files...]", "dictionary files (YAML); none means the built-in ones")
    .addOption(new Option("-f, --format <name>", "prh or vale").choices(["prh", "vale"]).makeOptionMandatory())
    .option("--builtin", "export the built-in dictionaries together with the files given")
    .option("--no-builtin", "export only the files given")
    .action(async (files: string[], flags) => setExit((await commands.dict()).runDictExport(files, flags, io)));

  return program;
}

export const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin: readAllStdin,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stderrColumns: process.stderr.columns,
  env: process.env,
};

/** Runs the CLI and returns the exit code; it never calls process.exit. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (value) => (code = value));
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and --version end here with code 0; a usage mistake was already printed (see MtcleanCommand)
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof MtcleanError) {
      io.stderr(`mtclean: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`mtclean: internal error: ${(error as Error).stack ?? String(error)}\nPlease report this with the input that caused it.\n`);
    return EXIT.internal;
  }
}
