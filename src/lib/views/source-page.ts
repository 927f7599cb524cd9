/**
 * Everything a source page shows: the source, and the findings, claims and reproduction attempts
 * that rest on it or report it. The page (src/pages/sources/[id].astro) only renders this.
 */
import type { Claim, Finding, Reproduction, Source } from '../../schema/index.ts';
import type { KnowledgeBase, WithId } from '../records/knowledge-base.ts';
import { recordFile } from '../routes.ts';

export interface SourcePage {
  id: string;
  source: Source;
  findings: WithId<Finding>[];
  /** Claims that appeared in it or cite it. */
  claims: WithId<Claim>[];
  reproductions: WithId<Reproduction>[];
  /** The record's file, for the edit link. */
  file: string;
}

export function sourcePage(kb: KnowledgeBase, id: string): SourcePage {
  const source = kb.sources.get(id);
  if (!source) throw new Error(`No source has the id "${id}".`);
  return { id, source, ...kb.citing(id), file: recordFile.source(id) };
}
