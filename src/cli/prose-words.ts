import { segmentsOf, type Format } from "../markup/index.js";
import { countWords } from "../reporters/stats.js";

/** Words of a document's prose only: the tags, code and URLs of Markdown and HTML are not words anyone translated. */
export function proseWords(text: string, format: Format): number {
  return segmentsOf(text, format).reduce((sum, segment) => sum + countWords(segment.text), 0);
}
