/** The small vocabularies: AI models with their developers, and topics. One data file each. */
import { z } from 'astro/zod';
import { ID_PATTERN, nonEmpty } from './common.ts';

const entryId = z.string().regex(ID_PATTERN, { message: 'must be a kebab-case id' });

export const modelSchema = z
  .strictObject({
    id: entryId.describe('Stable id used by records, e.g. "o3".'),
    name: nonEmpty().describe('Display name, e.g. "OpenAI o3".'),
    developer: nonEmpty().describe('Who made it, e.g. "OpenAI".'),
    aliases: z.array(nonEmpty()).default([]).describe('Other names people search for, e.g. "Claude 4 Opus".'),
  })
  .describe('An AI model. Entry of content/models.yaml.');

export const topicSchema = z
  .strictObject({
    id: entryId.describe('Stable id used by records, e.g. "shutdown-resistance".'),
    name: nonEmpty().describe('Display name.'),
    description: nonEmpty(10).describe('One sentence saying what belongs here.'),
  })
  .describe('A topic. Entry of content/topics.yaml.');

export type Model = z.infer<typeof modelSchema>;
export type Topic = z.infer<typeof topicSchema>;
