/**
 * npm run new: writes a new record with every field in place and "[fill in: …]" where a person must
 * read the source. In a terminal (or with --interactive) it asks for what the flags leave out and
 * checks each answer as it is given; otherwise the flags are the whole input. See USAGE below.
 * Exits 1 when a value is refused, 2 on a usage error or an id still to be confirmed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../lib/records/content-root.ts';
import { placeholdersOf } from '../lib/check/rules/placeholders.ts';
import { parseYamlSource } from '../lib/records/yaml-source.ts';
import { splitFrontmatter } from '../lib/records/frontmatter.ts';
import {
  checkModel, inputProblems, knownRecords, proposeId, recordPath, scaffold, SCAFFOLD_KINDS, type ScaffoldInput, type ScaffoldKind,
} from '../lib/scaffold/index.ts';
import { interview, type Answers } from './new-interview.ts';
import { Cancelled, Prompter } from './prompter.ts';

const USAGE = `Usage: npm run new -- <${SCAFFOLD_KINDS.join('|')}> [options]

Writes content/<folder>/<id>.<ext> with every field in place. Values you give are checked first;
what only the source can tell is left as "[fill in: …]" for you to replace (CONTRIBUTING.md and
docs/fields.md explain every field). Nothing is written while a value is refused.

  --title TEXT          the record's title; an id is proposed from it
  --id ID               the permanent id (file name): lower-case words and digits joined by hyphens
  --yes, -y             accept the id proposed from the title (it is printed; ids never change)
  --finding ID          claim, reproduction: the finding it rests on or reproduces
  --figure ID           claim: the finding's figure the claim retells; give it once per figure the
                        claim states, and each gets its own statedFigures item, in that order
  --source ID           claim: where it appeared; finding, reproduction: the source reporting it
  --no-figures          claim: it states no figure; finding: the source reports it in words only
  --model ID|NAME       finding: the model its figure measures (an id, name or alias in content/models.yaml)
  --model-not-named     finding: the figure is about one model that the source does not name
  --url URL             source: its https address (an archive lookup is filled in from it)
  --kind KIND           source: paper, system-card, news-article, social-thread, repository, …
  --published DATE      source: YYYY-MM-DD (or YYYY-MM, YYYY when the document shows no more)
  --primary yes|no      source: does it originate what it reports?
  --interactive, -i     ask for what the flags leave out, even when input is not a terminal
  --content DIR         the content folder (default: content)
  --help, -h            this text

In a terminal, plain \`npm run new\` asks every question, checking each answer as you give it.`;

const OPTIONS = {
  id: { type: 'string' }, title: { type: 'string' }, finding: { type: 'string' }, figure: { type: 'string', multiple: true },
  source: { type: 'string' }, url: { type: 'string' }, model: { type: 'string' }, kind: { type: 'string' },
  published: { type: 'string' }, primary: { type: 'string' }, content: { type: 'string' },
  yes: { type: 'boolean', short: 'y' }, 'no-figures': { type: 'boolean' }, 'model-not-named': { type: 'boolean' },
  interactive: { type: 'boolean', short: 'i' }, help: { type: 'boolean', short: 'h' },
} as const;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  const flags = parsed.values;
  if (flags.help) return void process.stdout.write(`${USAGE}\n`), 0;
  const contentDir = flags.content ?? contentRoot();
  const known = knownRecords(contentDir);
  const today = new Date().toISOString().slice(0, 10);
  if (flags.primary !== undefined && !/^(yes|no|true|false)$/i.test(flags.primary)) return usageError(`--primary takes yes or no; got "${flags.primary}".`);
  const answers: Answers = {
    ...definedOnly({ id: flags.id, title: flags.title, finding: flags.finding, source: flags.source, url: flags.url, kind: flags.kind, published: flags.published }),
    ...(flags.figure && { figures: flags.figure }),
    ...(flags.primary !== undefined && { primary: /^(yes|true)$/i.test(flags.primary) }),
    ...(flags['no-figures'] && { noFigures: true }),
    ...(flags['model-not-named'] && { modelNotNamed: true }),
  };
  const problems: string[] = [];
  if (flags.model !== undefined) {
    const model = checkModel(flags.model, known);
    if (model.problem) problems.push(model.problem);
    else answers.model = model.value;
  }
  let kind = parsed.positionals[0];

  if (process.stdin.isTTY || flags.interactive) {
    const prompter = new Prompter(process.stdin, process.stdout);
    try {
      kind = await interview(prompter, kind, answers, known, today);
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      process.stderr.write('\nCancelled; nothing was written.\n');
      return 1;
    } finally {
      prompter.close();
    }
  }
  if (!SCAFFOLD_KINDS.includes(kind as ScaffoldKind)) return usageError(kind ? `Unknown record kind "${kind}".` : 'Say which record to create.');
  if (answers.id === undefined) {
    if (!answers.title) return usageError('Give --id, or --title to propose an id from it.');
    const proposed = proposeId(answers.title);
    if (!flags.yes) {
      process.stderr.write(
        `Proposed id: ${proposed}\nIds are permanent web addresses, so nothing was written yet: run again with --yes to accept it, ` +
          'or with --id to choose another.\n',
      );
      return 2;
    }
    answers.id = proposed;
    process.stdout.write(`Id: ${proposed} (proposed from the title, accepted with --yes)\n`);
  }

  const given = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)) as Omit<ScaffoldInput, 'id' | 'today'>;
  const input: ScaffoldInput = { ...given, id: answers.id, today };
  problems.push(...inputProblems(kind as ScaffoldKind, input, known));
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\nNothing was written.\n`);
    return 1;
  }
  const path = join(contentDir, recordPath(kind as ScaffoldKind, input.id));
  if (existsSync(path)) {
    process.stderr.write(`${path} already exists. Nothing was written.\n`);
    return 1;
  }
  const text = scaffold(kind as ScaffoldKind, input, known);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
  const shown = relative(process.cwd(), path) || path;
  const left = countPlaceholders(text, path);
  process.stdout.write(
    `Created ${shown} with ${left} value${left === 1 ? '' : 's'} to fill in.\n` +
      `Open it, replace every "[fill in: …]" (docs/fields.md explains each field), then run:\n  npm run check -- ${shown}\n`,
  );
  return 0;
}

function definedOnly<T extends Record<string, string | undefined>>(values: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<Record<keyof T, string>>;
}

function countPlaceholders(text: string, file: string): number {
  const mdx = file.endsWith('.mdx');
  const yaml = parseYamlSource(mdx ? (splitFrontmatter(text)?.yaml ?? '') : text, mdx ? 1 : 0);
  return placeholdersOf({ kind: 'claims', id: '', file, data: yaml.data, locate: yaml.locate, ...(mdx && { mdx: text }) }).length;
}

function usageError(message: string): number {
  process.stderr.write(`${message}\n${USAGE.split('\n')[0]}\nnpm run new -- --help explains every option.\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
