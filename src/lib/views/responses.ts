/** "What the authors say": a record's responses on the record, oldest first, with the words a reader sees. */
import type { Response } from '../../schema/response.ts';
import type { Source } from '../../schema/index.ts';
import { oldestFirst } from '../records/date-order.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';

const ROLE_LABELS: Record<Response['role'], string> = {
  lab: 'the lab',
  authors: 'the authors',
  'person-quoted': 'the person quoted',
};

export interface ResponseView extends Response {
  roleLabel: string;
  /** How the response reached the record, in words: asked or unprompted, read first-hand or in a quotation. */
  provenance: string;
  sourceRecord: Source;
}

export function responsesView(kb: KnowledgeBase, responses: readonly Response[]): ResponseView[] {
  return responses
    .toSorted((a, b) => oldestFirst(a.date, b.date))
    .map((response) => ({
      ...response,
      roleLabel: ROLE_LABELS[response.role],
      provenance: [
        response.contacted ? 'In reply to Claimtrail' : 'Said on their own, not in reply to Claimtrail',
        response.confidence === 'confirmed' ? 'wording read in the source' : 'wording read only in a quotation of the source',
      ].join('; '),
      sourceRecord: kb.sources.get(response.source)!,
    }));
}
