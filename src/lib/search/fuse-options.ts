/**
 * Fuse.js settings for the one thing Fuse does here: find the indexed words a misspelt query word
 * meant ("blakmail" → "blackmail", "blackmailed"). Fuse runs over the word list, never over whole
 * records: bitap over long fields drops matches far into a field and costs hundreds of ms at 10k
 * records, while the word list stays short however many records there are.
 */
import type { IFuseOptions } from 'fuse.js';

export const VOCABULARY_FUSE_OPTIONS: IFuseOptions<string> = {
  // Where in a word the typo sits must not matter; the default location penalty would favour
  // matches at the start and drop "blakmail" against "blackmailed".
  ignoreLocation: true,
  // 0.34 lets one or two edits through in a word of 8–10 letters, not a different word of the same length.
  threshold: 0.34,
  // Two-letter fragments match almost every word and say nothing.
  minMatchCharLength: 3,
  includeScore: true,
  // No key weights: each entry is one word; how much a field counts is FIELD_WEIGHTS in the token index.
  // Text is folded (case, diacritics) before it reaches Fuse, so Fuse's own folding is not needed.
  isCaseSensitive: true,
  ignoreDiacritics: false,
};

/** Only words of this length or more are corrected; shorter ones are too easy to turn into another word. */
export const FUZZY_MIN_LENGTH = 4;
