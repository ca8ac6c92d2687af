/** Keeps a sentence-initial capital: "His party" → "His delegation". */
export function adaptCase(matched: string, replacement: string): string {
  const first = matched.charAt(0);
  const replacementFirst = replacement.charAt(0);
  if (first && first !== first.toLowerCase() && replacementFirst !== replacementFirst.toUpperCase()) {
    return replacementFirst.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/** Expands $1, $<name> and $& in a regex entry's replacement, as String.replace does. */
export function expandTemplate(template: string, match: RegExpMatchArray): string {
  return template.replace(/\$(\d{1,2}|<([^>]+)>|&|\$)/g, (whole, ref: string, name?: string) => {
    if (ref === "$") return "$";
    if (ref === "&") return match[0];
    if (name !== undefined) return match.groups?.[name] ?? "";
    return match[Number(ref)] ?? "";
  });
}
