import type { Safety, Severity } from "../types.js";

/** Context conditions, regexes tested against the text just before / after a match. */
export interface RawWhen {
  precededBy?: string;
  notPrecededBy?: string;
  followedBy?: string;
  notFollowedBy?: string;
  /** the conditions distinguish capitals (so that \p{Lu} means a capital), whatever the entry's own case rule */
  caseSensitive?: boolean;
}

export interface RawExample {
  before: string;
  after: string;
}

/** One dictionary entry exactly as a translator writes it in YAML. */
export interface RawEntry {
  id: string;
  category?: string;
  severity?: Severity;
  /** phrase(s): case-insensitive, any whitespace between words, whole words only */
  match?: string | string[];
  /** a JavaScript regular expression (flags i and u), instead of `match` */
  regex?: string;
  /** with `regex`: the expression must match a whole line, and the fix deletes that line */
  line?: boolean;
  caseSensitive?: boolean;
  /** replacements, best first; "" deletes; omit to report only */
  replace?: string | string[];
  safety?: Safety;
  message: string;
  zh?: string | string[];
  note?: string;
  when?: RawWhen;
  examples: RawExample[];
  keep: string[];
}

export interface RawDictionary {
  category?: string;
  defaults?: { severity?: Severity; safety?: Safety };
  entries: RawEntry[];
}

export interface Where {
  file: string;
  line: number;
}

export interface CompiledWhen {
  precededBy?: RegExp;
  notPrecededBy?: RegExp;
  followedBy?: RegExp;
  notFollowedBy?: RegExp;
}

/** An entry after validation: every default resolved, every regex compiled. */
export interface DictionaryEntry {
  id: string;
  category: string;
  severity: Severity;
  safety: Safety;
  message: string;
  replacements: string[];
  phrases: string[];
  regex?: RegExp;
  line: boolean;
  caseSensitive: boolean;
  zh: string[];
  note?: string;
  when: CompiledWhen;
  examples: RawExample[];
  keep: string[];
  where: Where;
}

export interface Dictionary {
  file: string;
  entries: DictionaryEntry[];
}
