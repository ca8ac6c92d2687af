import { readFileSync } from "node:fs";
import type * as Yaml from "yaml";
import type { Node } from "yaml";
import { lazyRequire } from "../lazy-require.js";
import { DictionaryError } from "../errors.js";
import type { Dictionary, DictionaryEntry, RawDictionary, RawEntry, Where } from "./types.js";
import { validateEntry, validateDictionaryHeader } from "./validate.js";

const yaml = lazyRequire<typeof Yaml>("yaml");

/** Reads and validates one dictionary file; throws DictionaryError naming file and line. */
export function loadDictionaryFile(file: string): Dictionary {
  return parseDictionary(readDictionarySource(file), file);
}

/** A dictionary file's text; throws DictionaryError when it cannot be read. */
export function readDictionarySource(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new DictionaryError(file, 1, undefined, `cannot read the dictionary (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

/** Parses dictionary YAML text. `file` is used in messages only. */
export function parseDictionary(source: string, file: string): Dictionary {
  const { LineCounter, isMap, isSeq, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;

  const firstError = doc.errors[0];
  if (firstError) {
    const line = lineCounter.linePos(firstError.pos[0]).line;
    throw new DictionaryError(file, line, undefined, `not valid YAML: ${firstError.message.split("\n")[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root)) throw new DictionaryError(file, 1, undefined, "a dictionary is a mapping with an `entries` list");
  const raw = doc.toJS() as RawDictionary;
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
