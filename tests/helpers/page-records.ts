/** A knowledge base built from a fixture content tree through the real check, optionally with extra claims. */
import { checkContent, type CheckOptions } from '../../src/lib/check/check.ts';
import { recordMaps } from '../../src/lib/records/content-set.ts';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/lib/records/knowledge-base.ts';
import type { Claim } from '../../src/schema/index.ts';
import { claimSchema } from '../../src/schema/index.ts';
import { fixtureProject } from './fixtures.ts';

/** The knowledge base of a content tree, read through the same check the build runs. */
export function knowledgeBaseOf(options: CheckOptions, extraClaims: Record<string, unknown> = {}): KnowledgeBase {
  const { content, problems } = checkContent(options);
  if (problems.length) throw new Error(`The content has problems: ${problems.map((p) => p.message).join('; ')}`);
  const records = recordMaps(content);
  for (const [id, raw] of Object.entries(extraClaims)) records.claims.set(id, claimSchema.parse(raw) as Claim);
  return buildKnowledgeBase(records);
}

export function fixtureKnowledgeBaseWith(extraClaims: Record<string, unknown> = {}): KnowledgeBase {
  const project = fixtureProject();
  try {
    return knowledgeBaseOf({ projectRoot: project.root, today: '2026-01-01' }, extraClaims);
  } finally {
    project.cleanup();
  }
}

/** A second claim retelling the 84% figure of model B from the fixture, for lists and timelines. */
export const MODEL_B_CLAIM = {
  title: 'Model B did it in 84% of tests',
  claim: 'Model B blackmailed the engineer in 84% of tests.',
  appearances: [{ source: 'news-story' }, { source: 'replication-post', wording: 'Model B did so 84 percent of the time.' }],
  verdict: 'misleading',
  bottomLine: 'The 84% is real but came from a scenario built to leave no other option.',
  setting: 'red-team-demo',
  topics: ['shutdown-resistance'],
  findings: ['shutdown-study'],
  statedFigures: [
    { text: '84% of tests', finding: 'shutdown-study', figure: 'b-rate', percent: 84, fidelity: 'condition-dropped' },
  ],
  added: '2025-09-02',
  reviewed: '2025-09-03',
};
