/**
 * A content loader that fills a collection from the checked records (src/site/checked-content.ts)
 * instead of reading files again: the data is the schema's output as the check produced it, and a
 * claim keeps its file path so Astro compiles its MDX body on demand (deferred rendering).
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { CollectionKind } from '../schema/index.ts';
import { checkedContent } from './checked-content.ts';

export const CHECKED_LOADER = 'claimtrail-checked-records';

export function checkedRecords(kind: CollectionKind): Loader {
  return {
    name: CHECKED_LOADER,
    load: async ({ store, config }) => {
      const { content } = checkedContent(fileURLToPath(config.root));
      store.clear();
      for (const entry of content[kind].values()) {
        const data = entry.data as Record<string, unknown>;
        if (entry.mdx === undefined) store.set({ id: entry.id, data, filePath: entry.file });
        else store.set({ id: entry.id, data, filePath: entry.file, deferredRender: true });
      }
    },
  };
}
