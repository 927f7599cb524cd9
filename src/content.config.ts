// Wires each collection to the records the content check validated; the schemas type the entries.
import { defineCollection } from 'astro:content';
import { claimSchema, findingSchema, modelSchema, reproductionSchema, sourceSchema, topicSchema } from './schema/index.ts';
import { checkedRecords } from './site/checked-loader.ts';

export const collections = {
  sources: defineCollection({ loader: checkedRecords('sources'), schema: sourceSchema }),
  findings: defineCollection({ loader: checkedRecords('findings'), schema: findingSchema }),
  claims: defineCollection({ loader: checkedRecords('claims'), schema: claimSchema }),
  reproductions: defineCollection({ loader: checkedRecords('reproductions'), schema: reproductionSchema }),
  models: defineCollection({ loader: checkedRecords('models'), schema: modelSchema }),
  topics: defineCollection({ loader: checkedRecords('topics'), schema: topicSchema }),
};
