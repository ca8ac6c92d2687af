/**
 * Escapes text for an XML attribute or element. Line breaks and tabs become
 * character references so attribute values keep them (a parser would
 * normalise a raw newline in an attribute to a space), and characters that
 * XML 1.0 forbids outright (C0 controls, lone surrogates) become U+FFFD,
 * since a single one makes the whole report unreadable to a CI server.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/[&<>"'\n\r\t]/g, (char) => XML_ENTITIES[char]!);
}

const XML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\t": "&#9;",
};

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

/** For element content, where a line break may stay a line break. */
export const escapeXmlText = (text: string): string => escapeXml(text).replace(/&#10;/g, "\n");
