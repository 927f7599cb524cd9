/**
 * The fast YAML reader (src/lib/records/yaml-common.ts) must read exactly what the `yaml` package
 * reads, or decline: on every record and fixture, on YAML's corner cases, and on thousands of
 * seeded mutants of real records. FUZZ_SEED=n replays a run; the seed is in every failure message.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { splitFrontmatter } from '../../src/lib/records/frontmatter.ts';
import { readCommonYaml } from '../../src/lib/records/yaml-common.ts';
import { parseYamlDocument } from '../../src/lib/records/yaml-source.ts';
import { seededRandom } from '../../src/lib/seeded-random.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));
const MUTANTS = 3000;

function recordFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return recordFiles(path);
    return /\.(ya?ml|mdx)$/.test(name) ? [path] : [];
  });
}

/** The YAML of a record file: the whole file, or a claim's frontmatter. */
const yamlOf = (path: string) => {
  const text = readFileSync(path, 'utf8');
  return path.endsWith('.mdx') ? (splitFrontmatter(text)?.yaml ?? text) : text;
};

const CONTENT = recordFiles(join(ROOT, 'content'));
const SAMPLES = [...CONTENT, ...recordFiles(FIXTURES), ...recordFiles(join(ROOT, 'docs', 'examples'))].map(yamlOf);

/** The fast reader's reading of the text against the Document's, which decides when the fast reader declines. */
function assertAgree(text: string, where: string): 'fast' | 'declined' {
  const fast = readCommonYaml(text);
  if (fast === undefined) return 'declined';
  const full = parseYamlDocument(text);
  assert.deepEqual(full.errors, [], `${where}: read fast, but yaml refuses it\n${JSON.stringify(text)}`);
  assert.deepStrictEqual(fast.data, full.data, `${where}: the two readers disagree\n${JSON.stringify(text)}`);
  return 'fast';
}

test('the fast reader reads every record and fixture as yaml does, or declines', () => {
  SAMPLES.forEach((text, i) => assertAgree(text, `sample ${i}`));
});

test('the records in content/ almost all take the fast path, so the check stays fast', () => {
  const fast = CONTENT.filter((path) => assertAgree(yamlOf(path), path) === 'fast').length;
  assert.ok(fast >= 0.9 * CONTENT.length, `Only ${fast} of ${CONTENT.length} records are read by the fast reader`);
});

test('YAML corner cases: the fast reader agrees with yaml or declines', () => {
  const cases = [
    'a: "x\ny"', 'a: "x\n y"', 'b:\n  a: "x\n  y"', 'b:\n  a: "x\n   y"', '- a: "x\n  y"', '- a: "x\n   y"', '- "x\ny"', '- "x\n y"',
    'b:\n  - a: "x\n    y"', 'b:\n  - a: "x\n     y"', 'b:\n  - "x\n  y"', 'b:\n- a: "x\n  y"', 'a: "x\n\ny"', '- - "x\n  y"', '- - "x\n   y"',
    'a: [x,\ny]', 'a: [x,\n y]', 'a:\n  - [x,\n  y]', 'a: {b: x,\nc: y}', "a: 'x\ny'", 'a: |\n x\ny: 1', '|1\n  x: a\nk: v\n',
    'k: "a\\\n  b"', "k: 'it''s\n  x'", 'a: >-\n  x\n   y\n  z', 'a: 0o17', 'a: 0x1F', 'a: 1_000', 'a: +12', 'a: .5', 'a: 1e3', 'a: -1e999',
    'a: .nan', 'a: -.inf', 'a: yes', 'a: on', 'a: 2025-05-24', 'a: ~', 'a: NULL', 'a: True', 'a:', 'null: x', '~: x', '"": x', '1: x',
    'true: x', '[a]: b', '{a: 1}: b', '? a\n: b', 'a: &x v\nb: *x', 'a: &x [1]\nb: *x', 'a: &x b: c', 'a: *missing', 'a: !!str 1',
    'a: ! 1', 'a: !custom x', '%YAML 1.1\n---\na: yes', '---\na: 1', 'a: 1\n---\nb: 2', 'a: 1\n...\n', 'a:\tb', '\ufeffa: 1',
    'a: "\\u00e9\\x41\\/"', '__proto__: x', 'a: b: c', 'a: x # c\n  y', 'a: x#y', 'a: "x"y', 'a: 1\na: 2', 'a: 1\n"a": 2', '<<: {b: 1}',
    `${'k'.repeat(1030)}: v`, 'just text', '- a\n- b', '',
  ];
  for (const text of cases) assertAgree(text, `case ${JSON.stringify(text)}`);
});

/** Seeded mutations of real records, aimed at where two YAML readers differ: indentation, quotes, indicators. */
function mutant(rng: ReturnType<typeof seededRandom>): string {
  const at = (lines: string[]) => rng.int(0, Math.max(lines.length - 1, 0));
  const pieces = ['&', '*', '!', '|', '>', '%', '@', '`', "'", '"', '?', ':', '-', '[', ']', '{', '}', ',', '#', ' ', '\n', '\t', '\\', '  ', '---', '...', '\r', '\u0085', '\u2028', '<<', '~', '0', 'é'];
  const values = ['[]', '{}', 'null', '42', '-1e999', '.nan', 'yes', '0o17', '!!binary aGk=', '&a x', '*a', '|', '>-', '"unclosed', "'", '- item', '? key', '[a, b]', '{a: 1}', '"multi\n  line"', '"multi\nline"', "'a\n\n  b'", '|-\n  text', '|2\n   x', 'a: b: c', '&a [1]'];
  const mutations: ((lines: string[]) => string[])[] = [
    (lines) => lines.toSpliced(at(lines), 1),
    (lines) => {
      const i = at(lines);
      return lines.toSpliced(i, 0, lines[i] ?? '');
    },
    (lines) => {
      const i = at(lines);
      const line = lines[i] ?? '';
      const cut = rng.int(0, line.length);
      return lines.toSpliced(i, 1, `${line.slice(0, cut)}${rng.pick(pieces)}${rng.pick(pieces)}${line.slice(cut)}`);
    },
    (lines) => {
      const i = at(lines);
      return lines.toSpliced(i, 1, (lines[i] ?? '').replace(/:\s.*$|:$/, `: ${rng.pick(values)}`));
    },
    (lines) => {
      const i = at(lines);
      const line = lines[i] ?? '';
      return lines.toSpliced(i, 1, rng.next() < 0.5 ? `${' '.repeat(rng.int(1, 3))}${line}` : line.replace(/^ {1,3}/, ''));
    },
    (lines) => {
      const [i, j] = [at(lines), at(lines)];
      const out = [...lines];
      out[i] = (lines[i] ?? '').replace(/: (\S)/, ': &shared $1');
      out[j] = (lines[j] ?? '').replace(/: .*$/, ': *shared');
      return out;
    },
  ];
  let lines = rng.pick(SAMPLES).split('\n');
  for (let n = rng.int(1, 3); n > 0; n--) lines = rng.pick(mutations)(lines);
  return lines.join('\n');
}

test(`the fast reader agrees with yaml or declines on ${MUTANTS} mutants of real records (FUZZ_SEED=${SEED})`, () => {
  const rng = seededRandom(SEED);
  for (let n = 0; n < MUTANTS; n++) assertAgree(mutant(rng), `FUZZ_SEED=${SEED}, mutant ${n}`);
});
