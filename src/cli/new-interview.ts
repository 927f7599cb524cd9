/**
 * The questions `npm run new` asks for what the flags left out. Every answer is checked as it is
 * given (an id that is taken, a finding that does not exist, an address that is not https) and the
 * question repeated with the reason and a "did you mean", so no answer is thrown away at the end.
 */
import {
  checkFigure, checkModel, checkNewId, checkPublished, checkReference, checkSourceKind, checkUrl, checkYesNo, COLLECTION_OF, proposeId,
  SCAFFOLD_KINDS, type Checked, type KnownRecords, type ScaffoldInput, type ScaffoldKind,
} from '../lib/scaffold/index.ts';
import type { Prompter } from './prompter.ts';

/** What is known so far; a question left unanswered stays undefined and becomes a placeholder. */
export type Answers = { [K in Exclude<keyof ScaffoldInput, 'today'>]?: ScaffoldInput[K] | undefined };

const LATER = 'leave empty to fill in later';
const NOT_NAMED = /^(not named|unnamed|not-named)$/i;

export async function interview(p: Prompter, kind: string | undefined, answers: Answers, known: KnownRecords, today: string): Promise<ScaffoldKind> {
  const isKind = (answer: string): Checked<ScaffoldKind> =>
    SCAFFOLD_KINDS.includes(answer as ScaffoldKind) ? { value: answer as ScaffoldKind } : { problem: `Choose one of ${SCAFFOLD_KINDS.join(', ')}.` };
  const record = kind !== undefined && isKind(kind).value ? (kind as ScaffoldKind) : (await p.askChecked(`Which record? (${SCAFFOLD_KINDS.join(', ')})`, isKind, { fallback: 'claim' }))!;

  /** A value given by flag is kept when it passes; otherwise its problem is shown and the question asked. */
  const settle = async <T>(current: T | undefined, question: string, check: (answer: string) => Checked<T>, options: { fallback?: string; optional?: boolean } = {}) => {
    if (current !== undefined) {
      const checked = check(String(current));
      if (checked.problem === undefined) return checked.value;
      p.say(`  ${checked.problem}`);
    }
    return p.askChecked(question, check, options);
  };

  answers.title ??= (await p.ask(`Title (a short headline; ${LATER}):`)) || undefined;
  const taken = known.ids[COLLECTION_OF[record]];
  answers.id = await settle(answers.id, 'Id (the permanent web address: lower-case words and digits joined by hyphens; Enter accepts the proposal):',
    (answer) => checkNewId(answer, taken, record), answers.title ? { fallback: proposeId(answers.title) } : {});

  const finding = (question: string) =>
    settle(answers.finding, `${question} (a finding id; ${LATER}):`, (a) => checkReference(a, known.ids.findings, 'finding', 'content/findings/'), { optional: true });
  const source = (question: string) =>
    settle(answers.source, `${question} (a source id; ${LATER}):`, (a) => checkReference(a, known.ids.sources, 'source', 'content/sources/'), { optional: true });
  const yesNo = async (question: string, yes: boolean) => (await p.askChecked(`${question} (yes/no)`, checkYesNo, { fallback: yes ? 'yes' : 'no' }))!;

  switch (record) {
    case 'claim': {
      answers.finding = await finding('Which finding does it rest on?');
      const figures = answers.finding ? (known.findings.get(answers.finding)?.figures ?? []) : [];
      if (!answers.noFigures && answers.figures === undefined) answers.noFigures = !(await yesNo('Does the claim state a figure (a number)?', figures.length > 0));
      if (!answers.noFigures && answers.finding && figures.length) {
        if (answers.figures === undefined) p.say(figures.map((figure) => `  ${figure.id}: ${figure.value}${figure.model ? ` (${figure.model})` : ''}`).join('\n'));
        // Each figure given by --figure is checked in turn; without one, one figure is asked for.
        const chosen: string[] = [];
        for (const given of answers.figures ?? [undefined]) {
          const figure = await settle(given, `Which of these figures does the claim retell? (${LATER})`, (a) => checkFigure(a, answers.finding!, known), { optional: true });
          if (figure !== undefined) chosen.push(figure);
        }
        answers.figures = chosen.length ? chosen : undefined;
      }
      answers.source = await source('Where did the claim appear?');
      break;
    }
    case 'finding': {
      answers.source = await source('Which primary source reports it?');
      if (!answers.noFigures && answers.model === undefined && !answers.modelNotNamed) {
        answers.noFigures = !(await yesNo('Does the source give a figure (a number) for it?', true));
      }
      if (!answers.noFigures && answers.model === undefined && !answers.modelNotNamed) {
        const model = await p.askChecked<string | null>(
          `Which model does the figure measure? (an id, name or alias from content/models.yaml; "not named" when the source does not name it; ${LATER}):`,
          (a) => (NOT_NAMED.test(a) ? { value: null } : checkModel(a, known)),
          { optional: true },
        );
        if (model === null) answers.modelNotNamed = true;
        else if (model !== undefined) answers.model = model;
      }
      break;
    }
    case 'reproduction':
      answers.finding = await finding('Which finding does it reproduce?');
      answers.source = await source('Which source reports the attempt?');
      break;
    case 'source':
      answers.url = await settle(answers.url, `Its https address (${LATER}):`, checkUrl, { optional: true });
      answers.kind = await settle(answers.kind, `What kind of document? (paper, preprint, system-card, news-article, social-thread, repository, … ; ${LATER}):`, checkSourceKind, { optional: true });
      answers.published = await settle(answers.published, `Published (YYYY-MM-DD; ${LATER}):`, (a) => checkPublished(a, today), { optional: true });
      answers.primary ??= await p.askChecked(`Does it originate what it reports, as a paper or a lab's own post does? (yes/no; ${LATER})`, checkYesNo, { optional: true });
      break;
  }
  return record;
}
