/** Record ids: proposed from a title, and refused when taken or malformed. */
import { ID_PATTERN } from '../../schema/common.ts';
import { slug } from '../words.ts';

const MAX_ID_LENGTH = 60;

/** Words that make a poor last word when a long title is cut short ("…-to-extend-its"). */
const FILLER = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'its', 'of', 'on', 'or', 'the', 'their', 'to', 'with']);

/**
 * "o3 edited its shutdown script in 79% of tries" → "o3-edited-its-shutdown-script-in-79-percent-of-tries".
 * An apostrophe joins its word ("Sakana's" → "sakanas"); a long title is cut at a word edge within
 * 60 characters, without a dangling filler word. Only a proposal: the contributor confirms or replaces it.
 */
export function proposeId(title: string): string {
  const words = slug(title.replace(/%/g, ' percent ').replace(/(\p{L})['’](\p{L})/gu, '$1$2')).split('-').filter(Boolean);
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join('-').length > MAX_ID_LENGTH) break;
    kept.push(word);
  }
  if (!kept.length) return (words[0] ?? '').slice(0, MAX_ID_LENGTH);
  while (kept.length < words.length && kept.length > 1 && FILLER.has(kept.at(-1)!)) kept.pop();
  return kept.join('-');
}

/** Why `id` cannot be used for a new record, or undefined when it can. */
export function idProblem(id: string, taken: readonly string[], noun: string): string | undefined {
  if (!ID_PATTERN.test(id)) {
    const proposed = proposeId(id);
    return `"${id}" is not a valid id: use lower-case letters, digits and single hyphens${proposed ? `, e.g. "${proposed}"` : ''}.`;
  }
  if (taken.includes(id)) return `A ${noun} with the id "${id}" already exists; ids are permanent links, so choose another.`;
  return undefined;
}
