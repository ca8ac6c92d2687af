import fc from "fast-check";

/** Regex sources (valid with the iu flags) joined from up to eight of these pieces, for property tests of the regex analyses. */
export function regexSources(pieces: string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join(""))
    .filter((source) => {
      try {
        new RegExp(source, "iu");
        return true;
      } catch {
        return false;
      }
    });
}
