// Wires Astro's loaders to the record schemas; the schemas and checks live in src/schema and src/lib.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentRoot } from './lib/records/content-root.ts';
import { claimSchema, findingSchema, modelSchema, reproductionSchema, sourceSchema, topicSchema } from './schema/index.ts';

const root = contentRoot();
const oneFileEach = (folder: string, extension: string) => glob({ pattern: `*${extension}`, base: `${root}/${folder}` });

export const collections = {
  sources: defineCollection({ loader: oneFileEach('sources', '.yaml'), schema: sourceSchema }),
  findings: defineCollection({ loader: oneFileEach('findings', '.yaml'), schema: findingSchema }),
  claims: defineCollection({ loader: oneFileEach('claims', '.mdx'), schema: claimSchema }),
  reproductions: defineCollection({ loader: oneFileEach('reproductions', '.yaml'), schema: reproductionSchema }),
  models: defineCollection({ loader: file(`${root}/models.yaml`), schema: modelSchema }),
  topics: defineCollection({ loader: file(`${root}/topics.yaml`), schema: topicSchema }),
};
