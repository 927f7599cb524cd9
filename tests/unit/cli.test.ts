/** The check CLI and the build gate, run as a maintainer runs them. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixtureProject } from '../helpers/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function run(command: string, args: string[], contentDir: string) {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CLAIMTRAIL_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const checkCli = (args: string[], contentDir: string) => run(process.execPath, ['src/cli/check.ts', ...args], contentDir);

test('check exits 0 and says so on valid content', () => {
  const project = fixtureProject();
  try {
    const { code, stdout } = checkCli([], join(project.root, 'content'));
    assert.equal(code, 0);
    assert.match(stdout, /^✔ No problems \(checked 9 records in 8 files/m);
  } finally {
    project.cleanup();
  }
});

test('check exits 1 and prints path:line:col, rule, field and message for each problem', () => {
  const project = fixtureProject('five-files');
  try {
    const { code, stdout } = checkCli([], join(project.root, 'content'));
    assert.equal(code, 1);
    assert.match(stdout, /claims\/model-a-sabotage\.mdx:11:11 {2}unresolved-reference {2}sources\[0\] {2}No source has the id "missing-source"/);
    assert.match(stdout, /^✖ 5 problems in 5 files/m);
  } finally {
    project.cleanup();
  }
});

test('check with a file reports only that file, judged against all the others', () => {
  const project = fixtureProject('five-files');
  try {
    const content = join(project.root, 'content');
    const { code, stdout } = checkCli([`${content}/sources/news-story.yaml`], content);
    assert.equal(code, 1);
    assert.match(stdout, /news-story\.yaml:6:1 {2}https-only/);
    assert.doesNotMatch(stdout, /lab-paper|model-a-sabotage|shutdown-study/);
  } finally {
    project.cleanup();
  }
});

test('check --format json gives the problems as data', () => {
  const project = fixtureProject('unknown-field');
  try {
    const { code, stdout } = checkCli(['--format', 'json'], join(project.root, 'content'));
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.ok, false);
    assert.equal(report.problems.length, 1);
    assert.deepEqual(
      { line: report.problems[0].line, column: report.problems[0].column, field: report.problems[0].field, rule: report.problems[0].rule },
      { line: 3, column: 1, field: 'publsher', rule: 'unknown-field' },
    );
  } finally {
    project.cleanup();
  }
});

test('check --format github prints one error annotation per problem with file, line and column', () => {
  const project = fixtureProject('unresolved-reference');
  try {
    const { code, stdout } = checkCli(['--format', 'github'], join(project.root, 'content'));
    assert.equal(code, 1);
    const annotations = stdout.split('\n').filter((line) => line.startsWith('::error '));
    assert.equal(annotations.length, 2);
    assert.match(annotations[0] ?? '', /^::error file=.*model-a-sabotage\.mdx,line=5,col=5,title=unresolved-reference \(appearances\[0\]\.source\)::No source has the id "news-stroy"/);
  } finally {
    project.cleanup();
  }
});

test('check refuses an unknown format or a file outside the content', () => {
  assert.equal(checkCli(['--format', 'xml'], 'content').code, 2);
  assert.equal(checkCli(['README.md'], 'content').code, 2);
});

test('the build stops on invalid content with the same report as the check', () => {
  const project = fixtureProject('five-files');
  try {
    const content = join(project.root, 'content');
    const check = checkCli([], content);
    const build = run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(project.root, 'dist')], content);
    assert.notEqual(build.code, 0);
    assert.ok(build.stderr.includes(check.stdout), `the build output should contain the check report:\n${build.stderr}`);
  } finally {
    project.cleanup();
  }
});
