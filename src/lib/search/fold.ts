/**
 * Text folding shared by the index and the query, so both sides compare the same strings:
 * case and diacritics folded ("Réplique" = "replique"), typographic quotes and dashes made plain.
 */

export function fold(text: string): string {
  // Most text is plain ASCII, which only needs lower-casing.
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—−]/g, '-')
    .toLowerCase();
}

/** Letter-and-digit runs of folded text: "o4-mini's" gives "o4", "mini", "s". */
export function wordsOf(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function hasDigit(word: string): boolean {
  return /\d/.test(word);
}

/**
 * Words too common to say anything about which record is meant. Dropped from queries only
 * (they stay in the index), so a pasted sentence narrows to its distinctive terms.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her his how i if in into is it its ' +
    'me more most my no nor not of on once only or other our out over own same she should so some such than that the their them ' +
    'then there these they this those through to too under until up very was we were what when where which while who whom why ' +
    'will with would you your s t just about after again against all am any because before below between both down during each ' +
    'few further here off per also even still yet ever'
  ).split(' '),
);
