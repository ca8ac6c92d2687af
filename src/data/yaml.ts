import type * as Yaml from "yaml";
import type { Document, LineCounter, Node } from "yaml";
import { lazyRequire } from "../lazy-require.js";

/** yaml loads only when a YAML file is read (the built-in dictionaries come from a compiled cache). */
const yaml = lazyRequire<typeof Yaml>("yaml");

// Dictionaries and configuration files are data, never code. YAML can carry
// more than data: tags (!!js/function, !!binary, !!set) ask the parser to
// build objects, and aliases can multiply a small file into a huge one (the
// "billion laughs"). Both are refused here, with the line they are on.

export interface YamlData {
  doc: Document;
  lineCounter: LineCounter;
  /** the plain value (mappings, lists, strings, numbers, booleans, null) */
  data: unknown;
}

/** What is wrong with a YAML text, and on which line. */
export class YamlProblem extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Parses YAML (or JSON) text as plain data; throws YamlProblem. */
export function parseYamlData(text: string): YamlData {
  const { LineCounter, isNode, parseDocument, visit } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  const firstError = doc.errors[0];
  if (firstError) throw new YamlProblem(lineAt(firstError.pos[0]), `not valid YAML: ${firstError.message.split("\n")[0]}`);
  let tagged: Node | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isNode(node) && node.tag) {
        tagged = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (tagged) {
    throw new YamlProblem(lineAt(tagged.range?.[0] ?? 0), `the YAML tag ${tagged.tag!.replace("tag:yaml.org,2002:", "!!")} is not allowed: this file is plain data (text, numbers, lists, mappings)`);
  }
  let data: unknown;
  try {
    // a few aliases are fine; an expansion bomb is not
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new YamlProblem(1, `not valid YAML: ${(error as Error).message.replace(/\.$/, "")}`);
  }
  return { doc, lineCounter, data };
}
