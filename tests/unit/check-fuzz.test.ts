/**
 * A seeded fuzz of the check: real records are mutated (lines deleted, duplicated or swapped,
 * random bytes, wrong types, truncation, huge strings, deep nesting, aliases) a few hundred times;
 * for every mutant the check returns (the CLI then exits 0 or 1), reports no problem twice, and every
 * problem names a file that exists and a line within it. FUZZ_SEED=n replays a run; the seed is in
 * every failure message.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { isRuleId, RULE_CATALOGUE, type RuleId } from '../../src/lib/check/catalogue.ts';
import { checkContent } from '../../src/lib/check/check.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';
import { FIXTURES, fixtureProject } from '../helpers/fixtures.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const MUTANTS = 300;
const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** The generator with an exclusive upper bound, which every mutation wants. */
function random(seed: number) {
  const rng = seededRandom(seed);
  return { next: rng.next, pick: rng.pick, int: (high: number) => rng.int(0, high - 1) };
}
type Random = ReturnType<typeof random>;

/** Real records by where a mutant of them goes in the fixture tree. */
const SAMPLES: { target: string; texts: string[] }[] = [
  ['claims', '.mdx'], ['findings', '.yaml'], ['sources', '.yaml'], ['reproductions', '.yaml'],
].map(([dir, ext]) => ({
  target: `content/${dir}/mutant${ext}`,
  texts: [CONTENT, join(FIXTURES, 'valid', 'content')].flatMap((root) =>
    readdirSync(join(root, dir!)).filter((name) => name.endsWith(ext!)).map((name) => readFileSync(join(root, dir!, name), 'utf8')),
  ),
}));
for (const name of ['models.yaml', 'topics.yaml']) {
  SAMPLES.push({ target: `content/${name}`, texts: [readFileSync(join(CONTENT, name), 'utf8'), readFileSync(join(FIXTURES, 'valid', 'content', name), 'utf8')] });
}

const WRONG_VALUES = ['[]', '{}', 'null', '~', '42', '-1e999', '.nan', 'true', 'yes', '"text"', '2025-13-45', '0o17', '!!binary aGk=', '&a x', '*missing', '|', '>-', '"unclosed', "'", '- item', '? key'];

type Mutation = (lines: string[], rng: Random) => string[];
const at = (lines: string[], rng: Random) => rng.int(Math.max(lines.length, 1));
const MUTATIONS: Record<string, Mutation> = {
  'delete a line': (lines, rng) => lines.toSpliced(at(lines, rng), 1),
  'duplicate a line': (lines, rng) => {
    const i = at(lines, rng);
    return lines.toSpliced(i, 0, lines[i] ?? '');
  },
  'swap two lines': (lines, rng) => {
    const [i, j] = [at(lines, rng), at(lines, rng)];
    const out = [...lines];
    [out[i], out[j]] = [out[j] ?? '', out[i] ?? ''];
    return out;
  },
  'random characters': (lines, rng) => {
    const i = at(lines, rng);
    const noise = Array.from({ length: 1 + rng.int(20) }, () => String.fromCodePoint(rng.pick([rng.int(32), 32 + rng.int(95), 0x80 + rng.int(0x700), 0xfffd, 0x1f600 + rng.int(50)]))).join('');
    const line = lines[i] ?? '';
    const cut = rng.int(line.length + 1);
    return lines.toSpliced(i, 1, `${line.slice(0, cut)}${noise}${line.slice(cut)}`);
  },
  'a wrong type': (lines, rng) => {
    const i = at(lines, rng);
    return lines.toSpliced(i, 1, (lines[i] ?? '').replace(/:\s.*$|:$/, `: ${rng.pick(WRONG_VALUES)}`));
  },
  'truncation': (lines, rng) => {
    const text = lines.join('\n');
    return text.slice(0, rng.int(text.length + 1)).split('\n');
  },
  'a huge string': (lines, rng) => lines.toSpliced(at(lines, rng), 0, `note: ${'x'.repeat(rng.pick([1000, 100_000, 1_100_000]))}`),
  'deep nesting': (lines, rng) => {
    const depth = 1 + rng.int(200);
    return lines.toSpliced(at(lines, rng), 1, rng.next() < 0.5
      ? `note: ${'['.repeat(depth)}${']'.repeat(depth)}`
      : Array.from({ length: Math.min(depth, 60) }, (_, level) => `${'  '.repeat(level)}k${level}:`).join('\n'));
  },
  'aliases': (lines, rng) => {
    const width = 2 + rng.int(9);
    const levels = 1 + rng.int(9);
    const bomb = Array.from({ length: levels }, (_, level) => `x${level}: &x${level} [${level === 0 ? Array(width).fill('"v"').join(',') : Array(width).fill(`*x${level - 1}`).join(',')}]`);
    return lines.toSpliced(at(lines, rng), 0, ...bomb);
  },
};

function mutate(text: string, rng: Random): { bytes: Buffer; applied: string[] } {
  let lines = text.split('\n');
  const applied: string[] = [];
  for (let n = 1 + rng.int(3); n > 0; n--) {
    const name = rng.pick(Object.keys(MUTATIONS));
    applied.push(name);
    lines = MUTATIONS[name]!(lines, rng);
  }
  let bytes = Buffer.from(lines.join('\n'), 'utf8');
  if (rng.next() < 0.08) {
    applied.push('random bytes');
    const noise = Buffer.from(Array.from({ length: 1 + rng.int(64) }, () => rng.int(256)));
    const cut = rng.int(bytes.length + 1);
    bytes = Buffer.concat([bytes.subarray(0, cut), noise, bytes.subarray(cut)]);
  }
  return { bytes, applied };
}

const project = fixtureProject();
after(() => project.cleanup());

test(`the check survives ${MUTANTS} mutants of real records and locates every problem (FUZZ_SEED=${SEED})`, () => {
  const rng = random(SEED);
  for (let n = 0; n < MUTANTS; n++) {
    const sample = rng.pick(SAMPLES);
    const path = join(project.root, sample.target);
    const original = sample.target.endsWith('mutant.mdx') || sample.target.endsWith('mutant.yaml') ? undefined : readFileSync(path);
    const { bytes, applied } = mutate(rng.pick(sample.texts), rng);
    writeFileSync(path, bytes);
    const where = `FUZZ_SEED=${SEED}, mutant ${n} (${sample.target}: ${applied.join(', ')})`;
    try {
      let result;
      try {
        result = checkContent({ projectRoot: project.root, today: '2026-11-23' });
      } catch (error) {
        assert.fail(`The check threw on ${where}: ${error instanceof Error ? error.stack : String(error)}`);
      }
      const distinct = new Set(result.problems.map((problem) => JSON.stringify(problem)));
      assert.equal(distinct.size, result.problems.length, `A problem is reported twice on ${where}`);
      // A field the schema faulted is not judged again by the rules that run over the sound fields of a failed record.
      const faulted = new Set(result.problems.filter((problem) => RULE_CATALOGUE[problem.rule as RuleId]?.check === 'schema').map((problem) => `${problem.file} ${problem.field}`));
      const judgedAgain = result.problems.find((problem) => problem.field !== '' && RULE_CATALOGUE[problem.rule as RuleId]?.check !== 'schema' && faulted.has(`${problem.file} ${problem.field}`));
      assert.equal(judgedAgain, undefined, `A field is reported by the schema and again by ${judgedAgain?.rule} on ${where}`);
      for (const problem of result.problems) {
        let text: string;
        try {
          text = readFileSync(join(project.root, problem.file), 'utf8');
        } catch {
          assert.fail(`A problem names a file that does not exist (${problem.file}) on ${where}`);
        }
        if (problem.line !== null) {
          const lines = text.split('\n').length;
          assert.ok(problem.line >= 1 && problem.line <= lines, `Line ${problem.line} is outside ${problem.file} (${lines} lines) on ${where}: ${problem.message}`);
        }
        assert.ok(isRuleId(problem.rule), `The rule ${problem.rule} is not in the catalogue (${where})`);
        assert.notEqual(problem.rule, 'internal', `The check failed inside on ${where}: ${problem.message}\n${result.crashes.map((c) => (c.error as Error).stack).join('\n')}`);
      }
    } finally {
      if (original) writeFileSync(path, original);
      else rmSync(path, { force: true });
    }
  }
});
