/** Record ids: proposed from a title, and refused when taken or malformed. */
import { ID_PATTERN } from '../../schema/common.ts';
import { slug } from '../words.ts';

const MAX_ID_LENGTH = 60;

/** "o3 edited its shutdown script in 79% of tries" → "o3-edited-its-shutdown-script-in-79-percent-of-tries". */
export function proposeId(title: string): string {
  const words = slug(title.replace(/%/g, ' percent ')).split('-').filter(Boolean);
  let id = '';
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > MAX_ID_LENGTH && id) break;
    id = next;
  }
  return id.slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
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
