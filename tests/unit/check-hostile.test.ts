/**
 * Hostile files each make one report line for their file and exit 1, never a stack trace; links
 * with credentials, ports or IP hosts are refused; an exception inside a rule is an `internal`
 * problem for the file that caused it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkContent } from '../../src/lib/check/check.ts';
import { guardedAcross, type CrashLog } from '../../src/lib/check/internal.ts';
import { urlRefusal } from '../../src/lib/check/rules/urls.ts';
import { fixtureProject } from '../helpers/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PAPER = 'content/sources/lab-paper.yaml';

/** Nine anchors, each a list of nine aliases to the one before: 9^9 values once expanded. */
const ALIAS_BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

const HOSTILE: Record<string, (file: string) => void> = {
  'an alias bomb': (file) => writeFileSync(file, `${ALIAS_BOMB}\n`),
  'a 5 MB file': (file) => writeFileSync(file, `title: ${'x'.repeat(5 * 1024 * 1024)}\n`),
  'binary garbage': (file) => writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))),
  'deep nesting': (file) => writeFileSync(file, `title: ${'['.repeat(40)}${']'.repeat(40)}\n`),
};

for (const [what, write] of Object.entries(HOSTILE)) {
  test(`${what} is one report line for its file and exit 1, with no stack trace`, () => {
    const project = fixtureProject();
    try {
      write(join(project.root, PAPER));
      const run = spawnSync(process.execPath, [join(ROOT, 'src/cli/check.ts')], { cwd: project.root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      assert.equal(run.status, 1, run.stderr);
      assert.equal(run.stderr, '');
      const lines = run.stdout.split('\n').filter((line) => line.startsWith('  '));
      assert.equal(lines.length, 1, run.stdout);
      assert.match(lines[0]!, new RegExp(`^  ${PAPER.replace(/\./g, '\\.')}(:\\d+:\\d+)?  (yaml-aliases|file-size|file-encoding|yaml-depth|yaml-syntax)  `));
    } finally {
      project.cleanup();
    }
  });
}

test('the limits name themselves: aliases, size, encoding and depth each have their rule', () => {
  const project = fixtureProject();
  try {
    const ruleFor = (write: (file: string) => void) => {
      write(join(project.root, PAPER));
      return checkContent({ projectRoot: project.root, today: '2026-11-23' }).problems.filter((p) => p.file === PAPER).map((p) => p.rule);
    };
    assert.deepEqual(ruleFor(HOSTILE['an alias bomb']!), ['yaml-aliases']);
    assert.deepEqual(ruleFor(HOSTILE['a 5 MB file']!), ['file-size']);
    assert.deepEqual(ruleFor(HOSTILE['binary garbage']!), ['file-encoding']);
    assert.deepEqual(ruleFor(HOSTILE['deep nesting']!), ['yaml-depth']);
  } finally {
    project.cleanup();
  }
});

test('links with credentials, another port or an IP address for a host are refused', () => {
  for (const url of ['https://user:pass@example.org/a', 'https://user@example.org/', 'https://example.org:8443/', 'https://127.0.0.1/', 'https://0x7f.1/', 'https://[::1]/']) {
    assert.equal(urlRefusal(url)?.rule, 'unsafe-url', url);
  }
  assert.equal(urlRefusal('http://example.org/')?.rule, 'https-only');
  assert.equal(urlRefusal('https://example.org:443/paper#page=3'), undefined);
});

test('a check that throws on one file is an internal problem for that file; the others are still judged', () => {
  const log: CrashLog = { problems: [], crashes: [] };
  const files = ['a.yaml', 'b.yaml', 'c.yaml'];
  const judged = guardedAcross(log, files, 'content', 'running a test check', (keep) =>
    files.filter(keep).map((file) => {
      if (file === 'b.yaml') throw new TypeError('boom');
      return file;
    }),
  );
  assert.deepEqual(judged, ['a.yaml', 'c.yaml']);
  assert.deepEqual(log.problems.map((p) => [p.file, p.rule]), [['b.yaml', 'internal']]);
  assert.match(log.problems[0]!.message, /TypeError: boom/);
  assert.equal(log.crashes.length, 1);
});
