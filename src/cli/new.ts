/**
 * npm run new [-- <claim|finding|source|reproduction> [--id ID] [--title TEXT] [--finding ID]
 *   [--figure ID] [--source ID] [--url URL] [--content DIR]]
 * Writes a new record with every field in place and "[fill in: …]" where a person must read the
 * source. In a terminal it asks for what the flags leave out; otherwise the flags are the whole input.
 * Exits 1 when the id is taken or a reference is unknown, 2 on a usage error.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { contentRoot } from '../lib/records/content-root.ts';
import { placeholdersOf } from '../lib/check/rules/placeholders.ts';
import { parseYamlSource } from '../lib/records/yaml-source.ts';
import { splitFrontmatter } from '../lib/records/frontmatter.ts';
import {
  inputProblems, knownRecords, proposeId, recordPath, scaffold, SCAFFOLD_KINDS, type KnownRecords, type ScaffoldInput, type ScaffoldKind,
} from '../lib/scaffold/index.ts';

const USAGE = `Usage: npm run new -- <${SCAFFOLD_KINDS.join('|')}> [--id ID] [--title TEXT] [--finding ID] [--figure ID] [--source ID] [--url URL] [--content DIR]
In a terminal, run it without flags and it asks.`;

const OPTIONS = {
  id: { type: 'string' }, title: { type: 'string' }, finding: { type: 'string' }, figure: { type: 'string' },
  source: { type: 'string' }, url: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' },
} as const;

type Values = { [K in Exclude<keyof typeof OPTIONS, 'help'>]?: string | undefined };

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help) return void process.stdout.write(`${USAGE}\n`), 0;
  const contentDir = parsed.values.content ?? contentRoot();
  const known = knownRecords(contentDir);
  const values: Values = { ...parsed.values };
  let kind = parsed.positionals[0];

  if (process.stdin.isTTY) {
    const prompts = createInterface({ input: process.stdin, output: process.stdout });
    try {
      kind = await askMissing(prompts, kind, values, known);
    } catch (error) {
      // Ctrl+C or Ctrl+D at a question: stop quietly, nothing was written yet.
      if ((error as { code?: string }).code !== 'ABORT_ERR') throw error;
      process.stderr.write('\nCancelled; nothing was written.\n');
      return 1;
    } finally {
      prompts.close();
    }
  }
  if (!SCAFFOLD_KINDS.includes(kind as ScaffoldKind)) return usageError(kind ? `Unknown record kind "${kind}".` : 'Say which record to create.');
  const id = values.id ?? (values.title ? proposeId(values.title) : undefined);
  if (!id) return usageError('Give --id, or --title to propose an id from it.');

  const input: ScaffoldInput = { id, today: new Date().toISOString().slice(0, 10), ...definedOnly(values) };
  const problems = inputProblems(kind as ScaffoldKind, input, known);
  if (problems.length) {
    process.stderr.write(`${problems.join('\n')}\nNothing was written.\n`);
    return 1;
  }
  const path = join(contentDir, recordPath(kind as ScaffoldKind, id));
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
      `Open it, replace every "[fill in: …]" (CONTRIBUTING.md explains each field), then run:\n  npm run check -- ${shown}\n`,
  );
  return 0;
}

/** Asks for the kind, title, id and references the flags did not give, offering sensible defaults. */
async function askMissing(prompts: ReturnType<typeof createInterface>, kind: string | undefined, values: Values, known: KnownRecords): Promise<string> {
  const ask = async (question: string, fallback = '') => (await prompts.question(fallback ? `${question} [${fallback}] ` : `${question} `)).trim() || fallback;
  while (!SCAFFOLD_KINDS.includes(kind as ScaffoldKind)) kind = await ask(`Which record? (${SCAFFOLD_KINDS.join(', ')})`, 'claim');
  const collection = { claim: 'claims', finding: 'findings', source: 'sources', reproduction: 'reproductions' } as const;
  values.title ??= (await ask('Title (a short headline; leave empty to fill in later):')) || undefined;
  while (values.id === undefined) {
    const id = await ask('Id (the permanent file name, kebab-case):', values.title ? proposeId(values.title) : '');
    const taken = known.ids[collection[kind as ScaffoldKind]].includes(id);
    if (id && !taken) values.id = id;
    else process.stdout.write(taken ? `  "${id}" is taken; choose another.\n` : '  An id is needed.\n');
  }
  /** Asks until the answer is one of `ids` or empty (to be filled in later). */
  const choose = async (question: string, ids: readonly string[]) => {
    for (;;) {
      const answer = await ask(`${question} (leave empty to fill in later):`);
      if (!answer || ids.includes(answer)) return answer || undefined;
      process.stdout.write(`  "${answer}" is not one of them.\n`);
    }
  };
  const pick = async (flag: 'finding' | 'source', ids: readonly string[], question: string) => {
    if (values[flag] !== undefined || !ids.length) return;
    process.stdout.write(`  Known ${flag}s: ${ids.join(', ')}\n`);
    values[flag] = await choose(question, ids);
  };
  if (kind === 'claim' || kind === 'reproduction') await pick('finding', known.ids.findings, `Which finding does it ${kind === 'claim' ? 'rest on' : 'reproduce'}?`);
  const figures = values.finding ? (known.findings.get(values.finding)?.figures ?? []) : [];
  if (kind === 'claim' && figures.length && values.figure === undefined) {
    process.stdout.write(figures.map((figure) => `  ${figure.id}: ${figure.value}`).join('\n') + '\n');
    values.figure = await choose('Which of these figures does the claim retell?', figures.map((figure) => figure.id));
  }
  if (kind !== 'source') await pick('source', known.ids.sources, kind === 'claim' ? 'Where did the claim appear (a source id)?' : 'Which source reports it?');
  if (kind === 'source' && values.url === undefined) values.url = (await ask('Its https address (leave empty to fill in later):')) || undefined;
  return kind as string;
}

function definedOnly(values: Values): Partial<ScaffoldInput> {
  return Object.fromEntries(Object.entries(values).filter(([key, value]) => value !== undefined && key !== 'id' && key !== 'content'));
}

function countPlaceholders(text: string, file: string): number {
  const mdx = file.endsWith('.mdx');
  const yaml = parseYamlSource(mdx ? (splitFrontmatter(text)?.yaml ?? '') : text, mdx ? 1 : 0);
  return placeholdersOf({ kind: 'claims', id: '', file, data: yaml.data, locate: yaml.locate, ...(mdx && { mdx: text }) }).length;
}

function usageError(message: string): number {
  process.stderr.write(`${message}\n${USAGE}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
