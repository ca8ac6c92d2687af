import { ConfigResolver } from "../config/resolve.js";
import { checkFlagNames, checkRuleNames, type KnownNames } from "../config/rule-names.js";
import type { ResolvedConfig } from "../config/types.js";
import { Linter, type LinterOptions, type RuleInfo } from "../linter.js";
import { parseRuleSettings, type LintFlags } from "./context.js";
import { parseShard, inShard, type Shard } from "./shard.js";
import { UsageError } from "../errors.js";

/** The settings that decide which linter a file gets: its configuration with the command line on top. */
export interface FileSettings extends ResolvedConfig {
  builtin: boolean;
}

/**
 * One run of check, fix or diff over many files: finds each file's
 * configuration, drops ignored files and the files of other shards, and
 * gives each file a linter, shared by every file with the same settings
 * (dictionaries are compiled once per distinct configuration, not per file).
 */
export class LintSession {
  private readonly resolver: ConfigResolver;
  private readonly linters = new Map<string, Linter>();
  private readonly optionIndex = new Map<string, number>();
  private readonly optionList: LinterOptions[] = [];
  private readonly linterOf = new Map<number, Linter>();
  private readonly namesChecked = new Set<string>();
  private readonly shard?: Shard;
  /**
   * The settings, linter options and their key of each resolved
   * configuration, worked out once: a run asks for them several times per
   * file (its linter's index, then its linter), and a site has thousands of
   * files, most often all with one configuration (see ConfigResolver.resolve).
   */
  private readonly ofConfig = new Map<ResolvedConfig, { settings: FileSettings; options: LinterOptions; key: string }>();

  constructor(private readonly flags: LintFlags) {
    this.resolver = new ConfigResolver({
      configFile: typeof flags.config === "string" ? flags.config : undefined,
      search: flags.config !== false,
    });
    this.shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  }

  /** The command line wins over the configuration: --rule settings are applied last, --category replaces, --dict adds. */
  settingsFor(path: string): FileSettings {
    return this.forPath(path).settings;
  }

  private forPath(path: string): { settings: FileSettings; options: LinterOptions; key: string } {
    const config = this.resolver.resolve(path);
    let known = this.ofConfig.get(config);
    if (!known) {
      const settings = this.settingsOf(config);
      const options = this.optionsOf(settings);
      this.ofConfig.set(config, (known = { settings, options, key: JSON.stringify(options) }));
    }
    return known;
  }

  private settingsOf(config: ResolvedConfig): FileSettings {
    return {
      ...config,
      rules: { ...config.rules, ...parseRuleSettings(this.flags.rule) },
      categories: this.flags.category?.length ? this.flags.category : config.categories,
      dictionaries: [...config.dictionaries, ...(this.flags.dict ?? [])],
      glossaries: [...config.glossaries, ...(this.flags.glossary ?? [])],
      builtin: this.flags.builtin !== false,
    };
  }

  /**
   * The inputs this run checks, in their order: without the ones a
   * configuration ignores, and only this shard's share with --shard.
   * Works on any list of things with a path, so it can run before or after reading.
   */
  select<T extends { path: string }>(inputs: T[]): T[] {
    const kept = inputs.filter((input) => input.path === "-" || !this.resolver.resolve(input.path).ignored);
    if (!this.shard) return kept;
    if (kept.some((input) => input.path === "-")) throw new UsageError("--shard splits files; it cannot split standard input.");
    return inShard(kept, this.shard);
  }

  /**
   * The linter of a file as an index into linterOptions(), for runs that
   * build their linters in worker threads (the main thread's linter is made
   * too: its rules are checked against the configuration and listed in reports).
   */
  linterIndex(path: string): number {
    const { options, key } = this.forPath(path);
    const linter = this.linterFor(path);
    let index = this.optionIndex.get(key);
    if (index === undefined) {
      this.optionIndex.set(key, (index = this.optionList.length));
      this.optionList.push(options);
      this.linterOf.set(index, linter);
    }
    return index;
  }

  /** The main thread's linter of an index handed out by linterIndex(). */
  linterAt(index: number): Linter {
    return this.linterOf.get(index)!;
  }

  /** The options of the linters handed out by linterIndex(), by index. */
  linterOptions(): LinterOptions[] {
    return this.optionList;
  }

  private optionsOf(settings: FileSettings): LinterOptions {
    return {
      dictionaries: settings.dictionaries,
      builtin: settings.builtin,
      rules: settings.rules,
      categories: settings.categories,
      glossaries: settings.glossaries,
      inlineConfig: this.flags.inlineConfig !== false,
      reportUnusedDisableDirectives: this.flags.reportUnusedDisableDirectives === true,
    };
  }

  linterFor(path: string): Linter {
    const { settings, options, key } = this.forPath(path);
    let linter = this.linters.get(key);
    if (!linter) {
      linter = new Linter(options);
      this.linters.set(key, linter);
      // the command line's ids are the same for every file, but what they may name is each linter's (user dictionaries add
      // entries); listing the rules reads every entry, so a run without --rule or --category does not
      if (this.flags.rule?.length || this.flags.category?.length) {
        checkFlagNames({ ruleIds: Object.keys(parseRuleSettings(this.flags.rule)), categories: this.flags.category }, knownNames(linter));
      }
    }
    const config = this.resolver.configFor(path);
    const checked = `${config?.path}\0${key}\0${settings.overrides.join(",")}`;
    if (config && !this.namesChecked.has(checked)) {
      this.namesChecked.add(checked);
      checkRuleNames(config, knownNames(linter), (index) => settings.overrides.includes(index));
    }
    return linter;
  }

  /** Every rule and entry of the linters used so far, once each (for reports that list rules). */
  rules(): RuleInfo[] {
    const byId = new Map<string, RuleInfo>();
    for (const linter of this.linters.values()) for (const rule of linter.listRules()) if (!byId.has(rule.id)) byId.set(rule.id, rule);
    return [...byId.values()];
  }
}

/** What settings may name: rules and dictionary entries and their categories (glossary entries are listed for reference only). */
function knownNames(linter: Linter): KnownNames {
  const catalogue = linter.listRules().filter((rule) => !rule.term);
  return { ids: catalogue.map((rule) => rule.id), categories: catalogue.map((rule) => rule.category) };
}
