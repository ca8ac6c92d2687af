import { readFileSync } from "node:fs";
import type * as Yaml from "yaml";
import type { Node } from "yaml";
import { lazyRequire } from "../lazy-require.js";
import { parseYamlData, YamlProblem, type YamlData } from "../data/yaml.js";
import { ConfigError } from "../errors.js";
import type { ConfigData, LoadedConfig } from "./types.js";
import { validateConfig } from "./validate.js";

const yaml = lazyRequire<typeof Yaml>("yaml");

/**
 * Reads one configuration file: JSON for `.json` names, YAML otherwise. It is
 * data only: nothing in it is executed. Every problem is a ConfigError that
 * names the file and the line.
 */
export function loadConfigFile(path: string): LoadedConfig {
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(path, undefined, code === "ENOENT" ? "no such configuration file" : code === "EISDIR" ? "is a directory, not a configuration file" : `cannot read the configuration file (${code ?? "error"})`);
  }
  return parseConfig(source, path);
}

/** Parses configuration text; `path` decides JSON or YAML and names the file in messages. */
export function parseConfig(source: string, path: string): LoadedConfig {
  const text = source.replace(/^\uFEFF/, "");
  if (path.endsWith(".json")) checkJsonSyntax(text, path);
  // JSON is YAML too, so one parser gives line numbers for both
  let parsed: YamlData;
  try {
    parsed = parseYamlData(text);
  } catch (error) {
    if (error instanceof YamlProblem) throw new ConfigError(path, error.line, error.message);
    throw error;
  }
  const { doc, lineCounter } = parsed;
  const lineOf = (keyPath: (string | number)[]): number | undefined => {
    const node = nodeAt(doc.contents, keyPath);
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  const raw: unknown = parsed.data ?? {};
  const data: ConfigData = validateConfig(raw, (reason, keyPath) => {
    throw new ConfigError(path, lineOf(keyPath) ?? lineOf(keyPath.slice(0, -1)), reason);
  });
  return { path, data, lineOf };
}

/** JSON.parse is the judge of JSON syntax (YAML would accept more); its offset becomes a line. */
function checkJsonSyntax(text: string, path: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split("\n").length;
    // V8 quotes the start of the text in some messages ('Unexpected token 'x', "x: [\n..." is not valid JSON'): the file name says which text
    const reason = message.replace(/ in JSON at position \d+.*$/s, "").replace(/, ".*" is not valid JSON$/s, "");
    throw new ConfigError(path, line, `not valid JSON: ${reason}`);
  }
}

/**
 * The node a key path points at: for a mapping key, the key itself (so an
 * unknown setting is reported on its own line, not on its value's), for a
 * list index, the item.
 */
function nodeAt(root: unknown, keyPath: (string | number)[]): Node | undefined {
  let node = root as Node | undefined;
  for (const [depth, key] of keyPath.entries()) {
    const { isMap, isScalar, isSeq } = yaml();
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      if (!pair) return undefined;
      node = (depth === keyPath.length - 1 ? pair.key : pair.value) as Node | undefined;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key] as Node | undefined;
    } else {
      return undefined;
    }
  }
  return node ?? undefined;
}
