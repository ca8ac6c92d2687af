import { entityAt } from "./entities.js";

/**
 * Maps a parser's decoded value back onto the source it came from: Markdown
 * text without its escapes (`\*`), character references (`&amp;`), block
 * quote markers and indentation of continuation lines; YAML scalars without
 * their quotes and indentation. Characters the value lacks are skipped;
 * a backslash escape or a reference maps to the one character it decodes to.
 *
 * Returns map[i] = source offset of value[i] plus the source end, or
 * undefined when the two do not line up (a letter or digit would have to be
 * skipped): the caller then leaves that text alone rather than guess.
 */
export function alignValue(value: string, source: string, start: number, end: number, references = true): number[] | undefined {
  const map: number[] = [];
  let at = start;
  for (let i = 0; i < value.length; ) {
    if (at >= end) return undefined;
    const char = source[at]!;
    // an escape or a reference first: "&amp;" is "&", not a literal "&" followed by "amp;"
    if (char === "\\" && at + 1 < end && source[at + 1] === value[i] && /[!-/:-@[-`{-~]/.test(value[i]!)) {
      map.push(at);
      i++;
      at += 2;
      continue;
    }
    if (char === "&" && references) {
      const entity = entityAt(source, at, end, "strict");
      if (entity && value.startsWith(entity.text, i)) {
        for (let k = 0; k < entity.text.length; k++) map.push(at);
        i += entity.text.length;
        at += entity.length;
        continue;
      }
    }
    if (char === value[i]) {
      map.push(at);
      i++;
      at++;
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(char)) return undefined;
    at++;
  }
  map.push(at);
  return map;
}
