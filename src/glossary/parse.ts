import { GlossaryError } from "../errors.js";
import type { Glossary, GlossaryEntry } from "./types.js";

// Glossaries are spreadsheets a terminologist keeps: TSV or CSV with a
// header row. `zh` and `en` are required; `avoid` (known wrong renderings)
// and `note` are optional; columns with other names (pinyin, sources...) are
// ignored so that an exported term base loads as it is. A cell may hold
// several values separated by "|": the first `en` value is the preferred
// rendering, the others are accepted variants.

const COLUMN_NAMES: Record<string, Column> = {
  zh: "zh", chinese: "zh", simplified: "zh", "zh-cn": "zh", zh_cn: "zh", "zh-hans": "zh", source: "zh",
  traditional: "zhAlt", "zh-tw": "zhAlt", zh_tw: "zhAlt", "zh-hk": "zhAlt", zh_hk: "zhAlt", "zh-hant": "zhAlt",
  en: "en", english: "en", target: "en",
  avoid: "avoid", avoided: "avoid", "avoided variants": "avoid", wrong: "avoid",
  note: "note", notes: "note", comment: "note",
};
type Column = "zh" | "zhAlt" | "en" | "avoid" | "note";

const HAN = /\p{Script=Han}/u;

/** Parses glossary text; `file` names it in errors (file:line). The format follows the extension, else the header. */
export function parseGlossary(source: string, file: string): Glossary {
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const rows = isCsv(file, text) ? csvRows(text, file) : tsvRows(text);
  const header = rows.find((row) => !isSkipped(row.cells));
  if (!header) throw new GlossaryError(file, 1, "the glossary is empty: it needs a header row with zh and en columns");
  const columns = headerColumns(header.cells, file, header.line);
  const byZh = new Map<string, GlossaryEntry>();
  for (const row of rows) {
    if (row === header || isSkipped(row.cells)) continue;
    if (row.cells.length > header.cells.length) {
      throw new GlossaryError(file, row.line, `${row.cells.length} cells, but the header has ${header.cells.length} columns`);
    }
    const cell = (column: Column): string[] => {
      const index = columns.get(column);
      return index === undefined ? [] : splitValues(row.cells[index] ?? "");
    };
    const zh = [...cell("zh"), ...cell("zhAlt")];
    const en = cell("en");
    if (!zh.length) throw new GlossaryError(file, row.line, "the zh cell is empty");
    const notChinese = zh.find((term) => !HAN.test(term));
    if (notChinese) throw new GlossaryError(file, row.line, `the zh cell “${notChinese}” has no Chinese characters`);
    if (!en.length) throw new GlossaryError(file, row.line, `the en cell of “${zh[0]}” is empty`);
    const note = cell("note").join(" | ") || undefined;
    const earlier = byZh.get(zh[0]!);
    if (earlier) {
      // the same term twice (two senses): one entry that accepts both renderings
      earlier.zh = unique([...earlier.zh, ...zh]);
      earlier.en = unique([...earlier.en, ...en]);
      earlier.avoid = unique([...earlier.avoid, ...cell("avoid")]);
      continue;
    }
    byZh.set(zh[0]!, { id: `glossary:${zh[0]}`, zh: unique(zh), en: unique(en), avoid: unique(cell("avoid")), note, where: { file, line: row.line }, origin: "glossary" });
  }
  return { file, entries: [...byZh.values()] };
}

interface Row {
  cells: string[];
  line: number;
}

function isCsv(file: string, text: string): boolean {
  if (/\.csv$/i.test(file)) return true;
  if (/\.(tsv|tab|txt)$/i.test(file)) return false;
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return !firstLine.includes("\t") && firstLine.includes(",");
}

/** Blank lines and lines starting with # are comments. */
function isSkipped(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === "") || (cells[0] ?? "").trimStart().startsWith("#");
}

function headerColumns(cells: string[], file: string, line: number): Map<Column, number> {
  const columns = new Map<Column, number>();
  cells.forEach((name, index) => {
    const column = COLUMN_NAMES[name.trim().toLowerCase()];
    if (!column) return;
    if (columns.has(column)) throw new GlossaryError(file, line, `the header names the ${column === "zhAlt" ? "traditional" : column} column twice`);
    columns.set(column, index);
  });
  if (!columns.has("zh") || !columns.has("en")) {
    throw new GlossaryError(file, line, `the header needs a zh and an en column (it has: ${cells.map((c) => c.trim()).join(", ")})`);
  }
  return columns;
}

function tsvRows(text: string): Row[] {
  return text.split("\n").map((line, index) => ({ cells: line.replace(/\r$/, "").split("\t"), line: index + 1 }));
}

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function csvRows(text: string, file: string): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = (): void => {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
    cells = [];
    cell = "";
  };
  while (i < text.length) {
    const char = text[i]!;
    if (char === '"' && cell.trim() === "") {
      const quoteLine = line;
      cell = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new GlossaryError(file, quoteLine, "a quoted cell is never closed");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (text[i] === "\n") line++;
        cell += text[i++];
      }
      const rest = /^[^,\r\n]*/.exec(text.slice(i))![0];
      if (rest.trim()) throw new GlossaryError(file, line, `text after a closing quote: ${JSON.stringify(rest.trim())}`);
      i += rest.length;
      continue;
    }
    if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n") {
      endRow();
      line++;
      rowLine = line;
    } else if (char !== "\r") {
      cell += char;
    }
    i++;
  }
  if (cell !== "" || cells.length) endRow();
  return rows;
}

function splitValues(cell: string): string[] {
  return cell.split("|").map((value) => value.trim().replace(/\s+/g, " ")).filter(Boolean);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
