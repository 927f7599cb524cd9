/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify alone is not safe there:
 * "</script>" in a record would end the element, "<!--" would change how the HTML parser reads it,
 * and U+2028/U+2029 break older JavaScript parsers. Escaping < > & and both separators as \uXXXX
 * keeps the JSON identical for any JSON parser while no markup can appear in the text.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
