/**
 * JSON with every character beyond ASCII written as a \u escape (JSON.parse
 * reads it back the same). For the files a start reads: a single character
 * beyond ASCII makes Node decode a whole file into a two-byte string, several
 * times slower to read and to parse; ASCII is read as latin1, which copies
 * bytes to a one-byte string without decoding.
 */
export const asciiJson = (value: unknown): string => JSON.stringify(value).replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
