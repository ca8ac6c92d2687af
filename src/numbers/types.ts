/** A number found in a text: its value and where it stands. */
export interface NumberMention {
  value: number;
  /** the text as written ("3.5万", "35,000") */
  text: string;
  start: number;
  end: number;
  /** other values the same words stand for (the 1980s are also the eighties, 80) */
  alternatives?: number[];
}

/**
 * The numbers of one side of a pair. `strong` are the ones a check reports
 * when the other side lacks them (digits, well-formed numerals of ten and
 * more); `values` are every value the text could express (number words,
 * month names, single-character numerals, the parts of 3.5万), used only to
 * excuse the other side's numbers.
 */
export interface NumberProfile {
  strong: NumberMention[];
  values: number[];
  /** the text speaks of a year without its number (去年, "last year") */
  relativeYear: boolean;
}

export function hasValue(values: readonly number[], value: number): boolean {
  return values.some((v) => Math.abs(v - value) <= 1e-9 * Math.max(1, Math.abs(value)));
}

export function covered(values: readonly number[], mention: NumberMention): boolean {
  return hasValue(values, mention.value) || (mention.alternatives ?? []).some((value) => hasValue(values, value));
}

/** ½ ¼ ¾ after digits (14½) */
export const FRACTIONS: Record<string, number> = { "½": 0.5, "¼": 0.25, "¾": 0.75 };
