import { toSimplified } from "../language/simplified.js";
import { memoByText } from "../language/memo.js";

/** The Simplified form of a source text, converted once for the rules that read it (key-term's terms, number-mismatch's numbers). */
export const simplifiedSource = memoByText(toSimplified);
