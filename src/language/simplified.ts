import { lazy, lazyRequire } from "../lazy-require.js";

// Traditional Chinese (Taiwan and Hong Kong) becomes Simplified before any
// matching, so one glossary serves both scripts, written in either. opencc-js
// is loaded only for text that has Han characters. Its bundled type
// declarations do not resolve under NodeNext, hence the local interface.

interface OpenCC {
  Converter(options: { from: string; to: string }): (text: string) => string;
}

const HAN = /\p{Script=Han}/u;

const converter = lazy(() => {
  const opencc = lazyRequire<OpenCC>("opencc-js")();
  // Taiwan, then Hong Kong character forms; not the phrase tables (twp), which also
  // rewrite words (聯絡 → 联系, 哈薩克 → 哈萨克斯坦) and so would break matching
  const fromTaiwan = opencc.Converter({ from: "tw", to: "cn" });
  const fromHongKong = opencc.Converter({ from: "hk", to: "cn" });
  return (text: string) => fromHongKong(fromTaiwan(text));
});

/** The Simplified form of a text; text without Han characters is returned as it is, without loading opencc. */
export function toSimplified(text: string): string {
  return HAN.test(text) ? converter()(text) : text;
}
