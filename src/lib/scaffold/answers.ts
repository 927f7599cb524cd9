/**
 * Each value `npm run new` takes, checked on its own: the same checks for a flag and for an answer
 * typed at a question, so a bad id or URL is refused with a reason (and a "did you mean") as soon
 * as it is given, and re-asked rather than lost.
 */
import { isCalendarDate } from '../../schema/common.ts';
import { SOURCE_KINDS } from '../../schema/source.ts';
import { closest } from '../check/validate.ts';
import { entryNamed } from '../records/vocabulary-names.ts';
import { idProblem } from './ids.ts';
import type { KnownRecords } from './known.ts';

export type Checked<T> = { value: T; problem?: undefined } | { problem: string; value?: undefined };

const ok = <T>(value: T): Checked<T> => ({ value });
const refuse = (problem: string): Checked<never> => ({ problem });

export function checkNewId(answer: string, taken: readonly string[], noun: string): Checked<string> {
  const problem = idProblem(answer, taken, noun);
  return problem ? refuse(problem) : ok(answer);
}

/** An existing record's id, with the nearest id offered when it is misspelt (never the whole list). */
export function checkReference(answer: string, ids: readonly string[], noun: string, folder: string): Checked<string> {
  if (ids.includes(answer)) return ok(answer);
  const guess = closest(answer, ids);
  return refuse(`No ${noun} has the id "${answer}"${guess ? `; did you mean "${guess}"?` : `: the ids are the file names in ${folder}, without the extension.`}`);
}

export function checkFigure(answer: string, finding: string, known: KnownRecords): Checked<string> {
  const ids = known.findings.get(finding)?.figures.map((figure) => figure.id) ?? [];
  if (ids.includes(answer)) return ok(answer);
  const guess = closest(answer, ids);
  return refuse(`Finding "${finding}" has no figure "${answer}"${guess ? `; did you mean "${guess}"?` : `; its figures: ${ids.join(', ') || 'none'}.`}`);
}

export function checkUrl(answer: string): Checked<string> {
  if (!/^https:\/\/\S+$/.test(answer) || !URL.canParse(answer)) {
    return refuse(`"${answer}" is not an https: address; copy it from the browser's address bar, starting with https://.`);
  }
  return ok(answer);
}

/** A model id, or its display name or an alias from content/models.yaml, taken as its id. */
export function checkModel(answer: string, known: KnownRecords): Checked<string> {
  const match = entryNamed(answer, known.models);
  if (match) return ok(match.id);
  const guess = closest(answer, known.models.map((model) => model.id));
  return refuse(
    `No model in content/models.yaml has the id, name or alias "${answer}"${guess ? `; did you mean "${guess}"?` : '.'} ` +
      'A model not listed yet is added to content/models.yaml first (CONTRIBUTING.md, "Adding a model or a topic").',
  );
}

export function checkSourceKind(answer: string): Checked<string> {
  if ((SOURCE_KINDS as readonly string[]).includes(answer)) return ok(answer);
  const guess = closest(answer, SOURCE_KINDS);
  return refuse(`"${answer}" is not a source kind${guess ? `; did you mean "${guess}"?` : `; the kinds: ${SOURCE_KINDS.join(', ')}.`}`);
}

/** YYYY-MM-DD, or YYYY-MM / YYYY when the document reveals no more; never after today. */
export function checkPublished(answer: string, today: string): Checked<string> {
  if (!isCalendarDate(answer) && !/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(answer)) {
    return refuse(`"${answer}" is not a date: write YYYY-MM-DD (e.g. 2025-05-24), or YYYY-MM or YYYY when the document shows no more.`);
  }
  if (answer > today) return refuse(`${answer} is after today (${today}); a published date cannot be in the future.`);
  return ok(answer);
}

export function checkYesNo(answer: string): Checked<boolean> {
  if (/^(y|yes|true)$/i.test(answer)) return ok(true);
  if (/^(n|no|false)$/i.test(answer)) return ok(false);
  return refuse(`Answer yes or no; got "${answer}".`);
}
