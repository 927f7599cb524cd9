/**
 * The GitHub Actions workflows: valid YAML, third-party actions pinned to a commit SHA, a read-only
 * token for pull requests, and the pull-request job running what .ci/run runs.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDER = join(ROOT, '.github', 'workflows');

interface Step {
  uses?: string;
  run?: string;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const files = readdirSync(FOLDER).filter((name) => /\.ya?ml$/.test(name));
const workflows = new Map(files.map((name) => [name, parse(readFileSync(join(FOLDER, name), 'utf8'), { uniqueKeys: true }) as Workflow]));
const runs = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run.trim()] : [])));

test('there are workflows for pull requests, deployment, releases and the weekly link check, and each parses as YAML', () => {
  assert.deepEqual(files.sort(), ['check.yml', 'deploy.yml', 'links.yml', 'release.yml']);
  for (const [name, workflow] of workflows) assert.ok(workflow.jobs && Object.keys(workflow.jobs).length, `${name} has no jobs`);
});

test('every action from outside this repository is pinned to a full commit SHA with its version in a comment', () => {
  for (const name of files) {
    const text = readFileSync(join(FOLDER, name), 'utf8');
    const uses = [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)];
    assert.ok(uses.length > 0, `${name} uses no action`);
    for (const [, action = '', comment = ''] of uses) {
      if (action.startsWith('./')) continue;
      assert.match(action, /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/, `${name}: ${action} is not pinned to a commit SHA`);
      assert.match(comment, /^\s+# v\d+\.\d+\.\d+$/, `${name}: ${action} needs a "# vX.Y.Z" comment`);
    }
  }
});

test('pull requests run with a read-only token, no secrets and never with pull_request_target', () => {
  const check = workflows.get('check.yml');
  assert.ok(check && 'pull_request' in check.on);
  for (const [name, workflow] of workflows) {
    assert.ok(!('pull_request_target' in workflow.on), `${name} runs on pull_request_target`);
    assert.deepEqual(workflow.permissions, { contents: 'read' }, `${name} must default to contents: read`);
    assert.doesNotMatch(readFileSync(join(FOLDER, name), 'utf8'), /secrets\./, `${name} uses a secret`);
  }
  for (const job of Object.values(check?.jobs ?? {})) assert.equal(job.permissions, undefined, 'a pull-request job widens its permissions');
});

test('only the deploy job may write to Pages and the release job to releases, nothing else', () => {
  const writers = [...workflows].flatMap(([name, workflow]) =>
    Object.entries(workflow.jobs).flatMap(([id, job]) => (job.permissions ? [{ job: `${name}:${id}`, permissions: job.permissions }] : [])),
  );
  assert.deepEqual(writers, [
    { job: 'deploy.yml:deploy', permissions: { pages: 'write', 'id-token': 'write' } },
    { job: 'release.yml:release', permissions: { contents: 'write' } },
  ]);
});

test('the pull-request job runs the commands of .ci/run, after the content check in GitHub format', () => {
  const ciCommands = readFileSync(join(ROOT, '.ci', 'run'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^npm (ci|test|run)\b/.test(line));
  assert.ok(ciCommands.includes('npm test'), '.ci/run no longer runs npm test');
  const commands = runs(workflows.get('check.yml') as Workflow);
  for (const command of ciCommands) assert.ok(commands.includes(command), `check.yml does not run "${command}"`);
  assert.ok(commands.indexOf('npm run check -- --format github') < commands.indexOf('npm test'));
  assert.ok(commands.some((command) => command.startsWith('npm ci')));
});

test('the deploy builds with SITE and BASE from the Pages configuration, and the link check uploads its report', () => {
  const deploy = workflows.get('deploy.yml') as Workflow;
  assert.deepEqual(Object.keys(deploy.on).sort(), ['push', 'workflow_dispatch']);
  const build = deploy.jobs['build']?.steps.find((step) => step.run === 'npm run build') as Step & { env?: Record<string, string> };
  assert.deepEqual(Object.keys(build.env ?? {}).sort(), ['BASE', 'SITE']);
  const links = workflows.get('links.yml') as Workflow;
  assert.ok('schedule' in links.on);
  assert.ok(runs(links).some((command) => command.includes('npm run --silent links')));
  const upload = links.jobs['links']?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@')) as Step & { if?: string };
  assert.equal(upload.if, 'always()', 'the report must be uploaded when links are dead too');
});

test('a version tag checks the content, builds the archive as release:dry does and publishes it with the job\'s own token', () => {
  const release = workflows.get('release.yml') as Workflow;
  assert.deepEqual(release.on, { push: { tags: ['v*'] } });
  const commands = runs(release);
  const archive = commands.findIndex((command) => command === 'npm run release:dry -- --out release');
  assert.ok(archive > commands.indexOf('npm run check -- --format github'), 'the archive is built after the content check');
  assert.ok(commands.findIndex((command) => command.startsWith('gh release create')) > archive);
  assert.match(readFileSync(join(FOLDER, 'release.yml'), 'utf8'), /GH_TOKEN: \$\{\{ github\.token \}\}/);
});

test('package.json, CITATION.cff and .zenodo.json name the same version, and CITATION.cff its release date', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const citation = parse(readFileSync(join(ROOT, 'CITATION.cff'), 'utf8'));
  const zenodo = JSON.parse(readFileSync(join(ROOT, '.zenodo.json'), 'utf8'));
  assert.equal(String(citation.version), version);
  assert.equal(zenodo.version, version);
  assert.match(String(citation['date-released']), /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(zenodo.upload_type, 'dataset');
  assert.equal(zenodo.license, 'cc-by-4.0');
});
