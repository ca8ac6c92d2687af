import { readFileSync } from "node:fs";
import type * as Yaml from "yaml";
import type { Node } from "yaml";
import { lazyRequire } from "../lazy-require.js";
import { parseYamlData, YamlProblem, type YamlData } from "../data/yaml.js";
import { DictionaryError, whyUnreadable } from "../errors.js";
import type { Dictionary, DictionaryEntry, RawDictionary, RawEntry, Where } from "./types.js";
import { validateEntry, validateDictionaryHeader } from "./validate.js";

const yaml = lazyRequire<typeof Yaml>("yaml");

/** Reads and validates one dictionary file; throws DictionaryError naming file and line. */
export function loadDictionaryFile(file: string): Dictionary {
  return parseDictionary(readDictionarySource(file), file);
}

/** A dictionary file's text; throws DictionaryError when it cannot be read. */
export function readDictionarySource(file: string): string {
  return readDictionaryBytes(file).toString("utf8");
}

/** A dictionary file's bytes (the compiled cache compares them); throws DictionaryError when it cannot be read. */
export function readDictionaryBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new DictionaryError(file, undefined, undefined, `cannot read the dictionary: ${whyUnreadable(error as NodeJS.ErrnoException)}`);
  }
}

/** Parses dictionary YAML text. `file` is used in messages only. */
export function parseDictionary(source: string, file: string): Dictionary {
  const { isMap, isSeq } = yaml();
  let parsed: YamlData;
  try {
    parsed = parseYamlData(source);
  } catch (error) {
    if (error instanceof YamlProblem) throw new DictionaryError(file, error.line, undefined, error.message);
    throw error;
  }
  const { doc, lineCounter } = parsed;
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  const root = doc.contents;
  if (!isMap(root)) throw new DictionaryError(file, 1, undefined, "a dictionary is a mapping with an `entries` list");
  const raw = parsed.data as RawDictionary;
  validateDictionaryHeader(raw, (reason, key) => {
    throw new DictionaryError(file, lineOf(key ? (root.get(key, true) as Node) : root), undefined, reason);
  });

  const entriesNode = root.get("entries", true);
  const itemNodes = isSeq(entriesNode) ? entriesNode.items : [];
  const entries: DictionaryEntry[] = [];
  const seen = new Map<string, number>();
  raw.entries.forEach((rawEntry: RawEntry, index) => {
    const itemNode = itemNodes[index] as Node | undefined;
    const where: Where = { file, line: lineOf(itemNode) };
    const fieldLine = (key: string): number =>
      isMap(itemNode) ? lineOf((itemNode.get(key, true) as Node | undefined) ?? itemNode) : where.line;
    const entry = validateEntry(rawEntry, raw, where, (reason, key) => {
      const id = typeof rawEntry?.id === "string" ? rawEntry.id : undefined;
      throw new DictionaryError(file, key ? fieldLine(key) : where.line, id, reason);
    });
    const earlier = seen.get(entry.id);
    if (earlier !== undefined) {
      throw new DictionaryError(file, where.line, entry.id, `duplicate id (first defined on line ${earlier})`);
    }
    seen.set(entry.id, where.line);
    entries.push(entry);
  });
  return { file, entries };
}
