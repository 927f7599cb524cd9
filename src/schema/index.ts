/** The record types and where their files live. */
import { claimSchema } from './claim.ts';
import { findingSchema } from './finding.ts';
import { reproductionSchema } from './reproduction.ts';
import { sourceSchema } from './source.ts';
import { modelSchema, topicSchema } from './vocabulary.ts';

export { claimSchema, findingSchema, reproductionSchema, sourceSchema, modelSchema, topicSchema };
export type { Claim, StatedFigure } from './claim.ts';
export type { Correction } from './common.ts';
export type { Finding } from './finding.ts';
export type { FindingFigure } from './figure.ts';
export type { Reproduction } from './reproduction.ts';
export type { Source } from './source.ts';
export type { Model, Topic } from './vocabulary.ts';

/** Record kinds stored one file per record, with their folder and file extension. */
export const RECORD_COLLECTIONS = {
  sources: { dir: 'sources', ext: '.yaml', schema: sourceSchema },
  findings: { dir: 'findings', ext: '.yaml', schema: findingSchema },
  claims: { dir: 'claims', ext: '.mdx', schema: claimSchema },
  reproductions: { dir: 'reproductions', ext: '.yaml', schema: reproductionSchema },
} as const;

/** Vocabularies stored as one YAML list per file. */
export const VOCABULARY_FILES = {
  models: { file: 'models.yaml', schema: modelSchema },
  topics: { file: 'topics.yaml', schema: topicSchema },
} as const;

export type RecordKind = keyof typeof RECORD_COLLECTIONS;
export type VocabularyKind = keyof typeof VOCABULARY_FILES;
export type CollectionKind = RecordKind | VocabularyKind;
