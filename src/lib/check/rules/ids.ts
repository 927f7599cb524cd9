/** Ids are unique within each kind of record (Astro would silently keep one of two). */
import type { CollectionKind } from '../../../schema/index.ts';
import type { RawRecord } from '../../records/load.ts';
import type { Problem } from '../problem.ts';

export function duplicateIds(records: readonly RawRecord[]): Problem[] {
  const seen = new Map<string, RawRecord>();
  const problems: Problem[] = [];
  for (const record of records) {
    const key = `${record.kind}:${record.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, record);
      continue;
    }
    const isEntry = record.file === first.file;
    problems.push({
      file: record.file,
      ...record.locate(isEntry ? ['id'] : []),
      field: isEntry ? 'id' : '',
      rule: 'duplicate-id',
      message: isEntry
        ? `Another entry in this file already has the id "${record.id}".`
        : `${first.file} already defines the ${singular(record.kind)} "${record.id}"; ids must be unique.`,
    });
  }
  return problems;
}

function singular(kind: CollectionKind): string {
  return kind.replace(/s$/, '');
}
