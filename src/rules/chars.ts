// Character classes shared by the built-in rules.

const HAN = /\p{Script=Han}/u;

export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}

/** Spaces within a line (not line breaks): space, tab, NBSP, ideographic space. */
export function isHorizontalSpace(char: string): boolean {
  return char === " " || char === "\t" || char === "\u00a0" || char === "\u3000";
}
