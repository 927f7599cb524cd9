/**
 * Dates are not in the future, every source has a date or says why not, and a reproduction does
 * not precede the first published of its finding's sources.
 */
import type { Entry, Rule } from '../../records/content-set.ts';
import type { Source } from '../../../schema/index.ts';
import { fieldEntries, problemAt } from '../../records/content-set.ts';
import type { Problem } from '../problem.ts';
import { forEachString } from './walk.ts';

const DATE_FIELDS = new Set(['published', 'date', 'reviewed', 'added']);

/** Whether date a is before date b, compared at the precision both have ("2025-12" is not before "2025-12-05"). */
function earlierThan(a: string, b: string): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) < b.slice(0, length);
}

export const datesRule: Rule = (context) => {
  const { content, today } = context;
  const problems: Problem[] = [];
  // Field by field, so the sound fields of a record that failed its schema are judged too.
  for (const entry of fieldEntries(context, ['sources', 'findings', 'claims', 'reproductions'])) {
    forEachString(entry.data, (value, key, path) => {
      if (typeof key === 'string' && DATE_FIELDS.has(key) && value > today && entry.passed(path())) {
        problems.push(problemAt(entry, path(), 'future-date', `The date ${value} is in the future (today is ${today}).`));
      }
    });
  }
  for (const claim of content.claims.values()) {
    if (claim.data.reviewed < claim.data.added) {
      problems.push(problemAt(claim, ['reviewed'], 'date-order', `Reviewed ${claim.data.reviewed}, before the record was added (${claim.data.added}).`));
    }
  }
  for (const source of content.sources.values()) {
    const { published, noDateReason } = source.data;
    if (!published && !noDateReason) {
      problems.push(problemAt(source, [], 'source-date', 'Give the published date, or noDateReason saying why it is unknown and what is known.'));
    }
    if (published && noDateReason) problems.push(problemAt(source, ['noDateReason'], 'source-date', 'Give either published or noDateReason, not both.'));
  }
  for (const reproduction of content.reproductions.values()) {
    const finding = content.findings.get(reproduction.data.finding);
    // A reproduction may follow any version of the finding's report: a later version named as the
    // source (a journal version, say) does not make a replication of the preprint too early.
    const source = finding && earliestPublished([finding.data.source, ...finding.data.otherSources].map((id) => content.sources.get(id)));
    if (source?.data.published && earlierThan(reproduction.data.date, source.data.published)) {
      problems.push(problemAt(reproduction, ['date'], 'date-order',
        `Dated ${reproduction.data.date}, before its finding's source "${source.id}" was published (${source.data.published}).`));
    }
  }
  return problems;
};

/** The dated source published first, if any is dated. */
function earliestPublished(sources: (Entry<Source> | undefined)[]): Entry<Source> | undefined {
  return sources
    .filter((source): source is Entry<Source> => source?.data.published !== undefined)
    .reduce<Entry<Source> | undefined>((first, next) => (first && first.data.published! <= next.data.published! ? first : next), undefined);
}
