// A glossary entry: a Chinese term and how the English should render it.

export interface GlossaryEntry {
  /** `glossary:<first zh form>` for user glossaries, the entry id for dictionary terminology */
  id: string;
  /** the Chinese forms as written (Simplified or Traditional); matching uses their Simplified forms */
  zh: string[];
  /** renderings: the first is the preferred one, the others are accepted variants */
  en: string[];
  /** known wrong renderings: key-term offers the preferred one in their place */
  avoid: string[];
  note?: string;
  where: { file: string; line: number };
  /** where the entry comes from: a glossary file, or a terminology dictionary entry's `zh` */
  origin: "glossary" | "dictionary";
}

export interface Glossary {
  file: string;
  entries: GlossaryEntry[];
}

/** Where an entry is defined, for messages: "glossary.tsv:3", or "terminology entry connotative-development". */
export function termOrigin(entry: GlossaryEntry): string {
  return entry.origin === "dictionary" ? `terminology entry ${entry.id}` : `${entry.where.file}:${entry.where.line}`;
}
