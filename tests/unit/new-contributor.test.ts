/**
 * A new contributor's whole path on a copy of the content: `npm run new` scaffolds a claim, the
 * check fails naming every placeholder with its line, the contributor fills the fields, the check
 * passes, and the site builds with the new claim's page. One build.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixtureProject } from '../helpers/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function run(args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CLAIMTRAIL_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const newCli = (args: string[], content: string) => run(['src/cli/new.ts', ...args, '--content', content], content);

/** What the contributor types over each placeholder line (a line of null is deleted). */
const FILLED: Record<string, string | null> = {
  claim: 'claim: In 79 of 100 runs, Model A rewrote the script that was meant to shut it down.',
  wording: null,
  verdict: 'verdict: missing-context',
  bottomLine: 'bottomLine: Model A did sabotage the script in 79 of 100 runs, but only when it was not told to allow shutdown.',
  text: '  - text: 79 of 100 runs',
  figure: '    figure: a-no-instruction',
  numerator: '    numerator: 79',
  denominator: '    denominator: 100',
  fidelity: '    fidelity: condition-dropped',
};

test('a new contributor scaffolds a claim, sees each placeholder with its line, fills them in, passes the check and gets a page', () => {
  const project = fixtureProject();
  try {
    const content = join(project.root, 'content');
    const created = newCli(['claim', '--title', 'Model A rewrote its kill switch in 79% of runs', '--finding', 'shutdown-study', '--source', 'news-story', '--yes'], content);
    assert.equal(created.code, 0, created.stderr);
    const id = 'model-a-rewrote-its-kill-switch-in-79-percent-of-runs';
    const file = join(content, 'claims', `${id}.mdx`);
    assert.match(created.stdout, new RegExp(`Created .*claims/${id}\\.mdx with 10 values to fill in`));

    const failing = run(['src/cli/check.ts', '--format', 'json'], content);
    assert.equal(failing.code, 1);
    const problems = (JSON.parse(failing.stdout) as { problems: { file: string; line: number; field: string; rule: string }[] }).problems;
    const lines = readFileSync(file, 'utf8').split('\n');
    const expectedFields = ['claim', 'appearances[0].wording', 'verdict', 'bottomLine', 'statedFigures[0].text', 'statedFigures[0].figure', 'statedFigures[0].numerator', 'statedFigures[0].denominator', 'statedFigures[0].fidelity', 'body'];
    assert.deepEqual(problems.map((problem) => problem.field), expectedFields);
    for (const problem of problems) {
      assert.equal(problem.rule, 'placeholder');
      assert.match(problem.file, new RegExp(`claims/${id}\\.mdx$`));
      assert.match(lines[problem.line - 1] ?? '', /\[fill in:/, `${problem.field} is not on line ${problem.line}`);
    }

    const filled = lines.flatMap((line) => {
      if (!line.includes('[fill in:')) return [line];
      if (!line.includes(':') || line.startsWith('[fill in:')) return ['The count is the lab\'s, from the runs without an instruction to allow shutdown.'];
      const key = /^\s*(?:- )?([A-Za-z]+):/.exec(line)?.[1] ?? '';
      assert.ok(key in FILLED, `unexpected placeholder line: ${line}`);
      const replacement = FILLED[key];
      return replacement === null || replacement === undefined ? [] : [replacement];
    });
    writeFileSync(file, filled.join('\n'));

    const passing = run(['src/cli/check.ts'], content);
    assert.equal(passing.code, 0, passing.stdout);
    assert.match(passing.stdout, /✔ No problems \(checked 10 records in 9 files: 2 claims/);

    const outDir = join(project.root, 'dist');
    // --force: the content cache may still hold another tree's records (a fixture or content/).
    const build = run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', outDir], content);
    assert.equal(build.code, 0, build.stderr);
    const page = join(outDir, 'claims', id, 'index.html');
    assert.ok(existsSync(page), `${page} was not built`);
    assert.match(readFileSync(page, 'utf8'), /Model A rewrote its kill switch in 79% of runs/);
    // The same build publishes the editors' schemas, identical to the committed files.
    assert.equal(readFileSync(join(outDir, 'schemas', 'claim.json'), 'utf8'), readFileSync(join(ROOT, 'schemas', 'claim.schema.json'), 'utf8'));
  } finally {
    project.cleanup();
  }
});

test('npm run new refuses an id that exists and writes nothing', () => {
  const project = fixtureProject();
  try {
    const content = join(project.root, 'content');
    const before = readFileSync(join(content, 'claims', 'model-a-sabotage.mdx'), 'utf8');
    const result = newCli(['claim', '--id', 'model-a-sabotage'], content);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /A claim with the id "model-a-sabotage" already exists.*\nNothing was written\./);
    assert.equal(readFileSync(join(content, 'claims', 'model-a-sabotage.mdx'), 'utf8'), before);
  } finally {
    project.cleanup();
  }
});

test('without a terminal, npm run new needs the record kind and an id or a title', () => {
  const project = fixtureProject();
  try {
    const content = join(project.root, 'content');
    assert.equal(newCli([], content).code, 2);
    assert.equal(newCli(['claims'], content).code, 2);
    const noId = newCli(['source'], content);
    assert.equal(noId.code, 2);
    assert.match(noId.stderr, /Give --id, or --title/);
    // A proposed id is printed, never written without --yes: ids are permanent addresses.
    const proposed = newCli(['source', '--title', "The Lab's second paper", '--url', 'https://example.org/second'], content);
    assert.equal(proposed.code, 2);
    assert.match(proposed.stderr, /^Proposed id: the-labs-second-paper\n.*--yes/);
    assert.ok(!existsSync(join(content, 'sources', 'the-labs-second-paper.yaml')));
  } finally {
    project.cleanup();
  }
});
