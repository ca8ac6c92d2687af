import { lazy, lazyRequire } from "../lazy-require.js";
import { OPENCC_CHARS } from "./opencc-chars.js";

// Traditional Chinese (Taiwan and Hong Kong) becomes Simplified before any
// matching, so one glossary serves both scripts, written in either. opencc-js
// is loaded and run only for text that has a character it could change (one
// of OPENCC_CHARS, generated from its dictionaries by scripts/opencc-chars.mjs):
// every other text, most Simplified text, it would return as it is. Its bundled
// type declarations do not resolve under NodeNext, hence the local interface.

interface OpenCC {
  Converter(options: { from: string; to: string }): (text: string) => string;
}

const HAN = /\p{Script=Han}/u;

const converter = lazy(() => {
  // the build of opencc-js with only the dictionaries towards Simplified (a tenth of the full one's code to load)
  const opencc = lazyRequire<OpenCC>("opencc-js/t2cn")();
  // Taiwan, then Hong Kong character forms; not the phrase tables (twp), which also
  // rewrite words (聯絡 → 联系, 哈薩克 → 哈萨克斯坦) and so would break matching
  const fromTaiwan = opencc.Converter({ from: "tw", to: "cn" });
  const fromHongKong = opencc.Converter({ from: "hk", to: "cn" });
  return (text: string) => fromHongKong(fromTaiwan(text));
});

/** One character class of OPENCC_CHARS, runs of consecutive code points as ranges. */
const changeable = lazy(() => {
  const points = [...OPENCC_CHARS].map((char) => char.codePointAt(0)!);
  const hex = (point: number) => `\\u{${point.toString(16)}}`;
  let source = "";
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === points[j]! + 1) j++;
    source += j > i ? `${hex(points[i]!)}-${hex(points[j]!)}` : hex(points[i]!);
    i = j + 1;
  }
  return new RegExp(`[${source}]`, "u");
});

/** The Simplified form of a text; a text opencc would leave as it is (without Han, or without a character it changes) is returned without loading opencc. */
export function toSimplified(text: string): string {
  return HAN.test(text) && changeable().test(text) ? converter()(text) : text;
}
