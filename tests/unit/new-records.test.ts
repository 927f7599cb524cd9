/**
 * `npm run new` for every record type, with flags and with answers typed at its questions (a script
 * piped to --interactive): a claim without figures, a claim stating two figures, a finding whose
 * model the source does not name, a finding in words only. Each record is filled in as a contributor
 * would and the whole tree then passes the check. Bad answers are refused with a reason and asked again; the others are kept.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fixtureProject } from '../helpers/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
let project: ReturnType<typeof fixtureProject>;
let content: string;
before(() => {
  project = fixtureProject();
  content = join(project.root, 'content');
});
after(() => project.cleanup());

function newCli(args: string[], answers?: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/new.ts', ...args, '--content', content, ...(answers ? ['--interactive'] : [])], {
    cwd: ROOT,
    encoding: 'utf8',
    input: answers ? `${answers.join('\n')}\n` : '',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function check() {
  const result = spawnSync(process.execPath, ['src/cli/check.ts', '--content', content, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
  const report = JSON.parse(result.stdout) as { counts: Record<string, number>; problems: { file: string; field: string; rule: string; message: string }[] };
  return { code: result.status, ...report };
}

/** What a contributor writes over each placeholder, by field name; null deletes the line. */
const FILL: Record<string, string | null> = {
  claim: 'Model A quietly rewrote the script meant to stop it.',
  wording: null,
  verdict: 'missing-context',
  bottomLine: 'Model A did edit the script in 79 of 100 runs, but only when it was not told to allow shutdown.',
  text: '79 of 100 runs',
  figure: 'a-no-instruction',
  numerator: '1',
  denominator: '10',
  fidelity: 'condition-dropped',
  summary: 'The lab reports that one unnamed model relaunched itself, in one of ten runs of its harness.',
  setting: 'lab-evaluation',
  topics: '[shutdown-resistance]',
  id: 'relaunch',
  measure: 'runs in which the model relaunched itself',
  condition: 'The standard harness, with no sandboxing.',
  locator: 'Section 5, second paragraph',
  quote: 'In 1 of 10 runs, the model relaunched itself.',
  confidence: 'confirmed',
  publisher: 'Lab Three',
  authors: '[]',
  published: '2025-06-01',
  primary: 'true',
  url: 'https://example.org/third',
  archiveUrl: 'https://web.archive.org/web/*/https://example.org/third',
  kind: 'paper',
  by: '[Lab Three]',
  independent: 'true',
  date: '2025-07-01',
  method: 'Reran the published harness with the same prompts, 100 runs per condition.',
  outcome: 'reproduced',
  title: 'A record filled in by hand',
};

/**
 * Replaces every placeholder line of the file as a contributor would, keeping its indent and list dash.
 * An override that is a list gives the field's values in the order the field appears.
 */
function fillIn(relativePath: string, overrides: Record<string, string | string[]> = {}): string {
  const file = join(content, relativePath);
  const seen = new Map<string, number>();
  const lines = readFileSync(file, 'utf8').split('\n').flatMap((line) => {
    if (!line.includes('[fill in:')) return [line];
    if (line.startsWith('[fill in:')) return ['The lab counted this itself; the claim leaves out the condition.'];
    const match = /^(\s*(?:- )?)([A-Za-z]+):/.exec(line);
    assert.ok(match, `unexpected placeholder line: ${line}`);
    const [, prefix, key] = match as unknown as [string, string, string];
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const override = overrides[key];
    const value = (Array.isArray(override) ? override[nth] : override) ?? FILL[key];
    assert.ok(value !== undefined, `no value for ${key} in ${relativePath}`);
    return value === null ? [] : [`${prefix}${key}: ${value}`];
  });
  const text = lines.join('\n');
  writeFileSync(file, text);
  return text;
}

test('with flags: a source whose id is proposed and accepted with --yes, printed', () => {
  const made = newCli(['source', '--title', "Lab Three's relaunch paper", '--url', 'https://example.org/third', '--kind', 'paper', '--published', '2025-06-01', '--primary', 'yes', '--yes']);
  assert.equal(made.code, 0, made.stderr);
  assert.match(made.stdout, /^Id: lab-threes-relaunch-paper \(proposed from the title, accepted with --yes\)/);
  const text = fillIn('sources/lab-threes-relaunch-paper.yaml');
  assert.match(text, /^kind: paper$/m);
  assert.match(text, /^published: 2025-06-01$/m);
  assert.match(text, /^primary: true$/m);
});

test('with flags: a finding whose model the source does not name, and one in words only', () => {
  const unnamed = newCli(['finding', '--id', 'unnamed-relaunch', '--title', 'One model relaunched itself', '--source', 'lab-threes-relaunch-paper', '--model-not-named']);
  assert.equal(unnamed.code, 0, unnamed.stderr);
  assert.match(fillIn('findings/unnamed-relaunch.yaml'), /^ {4}modelNotNamed: true/m);
  const words = newCli(['finding', '--id', 'relaunch-in-words', '--title', 'The lab describes a relaunch', '--source', 'lab-threes-relaunch-paper', '--no-figures']);
  assert.equal(words.code, 0, words.stderr);
  assert.match(fillIn('findings/relaunch-in-words.yaml', { quote: 'The model relaunched itself, and we had to stop it by hand.' }), /^figures: \[\]/m);
});

test('with flags: a model given by its display name is written as its id; an unknown one gets a did-you-mean', () => {
  const named = newCli(['finding', '--id', 'model-b-relaunch', '--title', 'Model B relaunched itself', '--source', 'lab-threes-relaunch-paper', '--model', 'Model B']);
  assert.equal(named.code, 0, named.stderr);
  assert.match(fillIn('findings/model-b-relaunch.yaml'), /^ {4}model: model-b$/m);
  const unknown = newCli(['finding', '--id', 'x-relaunch', '--title', 'x', '--source', 'lab-papr', '--model', 'model-c']);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /did you mean "model-a"\?[\s\S]*No source has the id "lab-papr"; did you mean "lab-paper"\?\nNothing was written/);
});

test('with flags: a claim that states no figure, and a reproduction', () => {
  const claim = newCli(['claim', '--id', 'model-a-rewrote-its-script', '--title', 'Model A rewrote its own script', '--finding', 'shutdown-study', '--source', 'news-story', '--no-figures']);
  assert.equal(claim.code, 0, claim.stderr);
  assert.doesNotMatch(fillIn('claims/model-a-rewrote-its-script.mdx'), /^statedFigures:/m);
  const rerun = newCli(['reproduction', '--id', 'lab-three-rerun', '--title', 'Lab Three reran the study', '--finding', 'shutdown-study', '--source', 'lab-threes-relaunch-paper']);
  assert.equal(rerun.code, 0, rerun.stderr);
  fillIn('reproductions/lab-three-rerun.yaml');
});

test('with flags: a claim stating two figures gets one statedFigures item per --figure, each asking its number in its figure\'s form', () => {
  const made = newCli(['claim', '--id', 'model-a-and-b-both-resisted', '--title', 'Model A and Model B both resisted shutdown', '--finding', 'shutdown-study',
    '--figure', 'a-no-instruction', '--figure', 'b-rate', '--source', 'news-story']);
  assert.equal(made.code, 0, made.stderr);
  const text = fillIn('claims/model-a-and-b-both-resisted.mdx', { text: ['79 of 100 runs', '84% of tests'], numerator: '79', denominator: '100', percent: '84' });
  assert.deepEqual([...text.matchAll(/^ {4}figure: (.+)$/gm)].map((match) => match[1]), ['a-no-instruction', 'b-rate']);
  assert.match(text, /figure: a-no-instruction\n.*\n(?:.*\n){2} {4}numerator: 79\n {4}denominator: 100\n/);
  assert.match(text, /figure: b-rate\n.*\n.*\n {4}percent: 84\n/);
});

test('with flags: a --figure the finding does not have is refused by name, and nothing is written', () => {
  const made = newCli(['claim', '--id', 'model-a-refused-figure', '--title', 'Model A refused', '--finding', 'shutdown-study', '--figure', 'a-no-instruction', '--figure', 'b-rat']);
  assert.equal(made.code, 1);
  assert.match(made.stderr, /^Finding "shutdown-study" has no figure "b-rat"; did you mean "b-rate"\?\nNothing was written/);
});

test('answering questions: a source whose bad id, address, kind and date are re-asked with the reason, and nothing else lost', () => {
  const session = newCli([], [
    'source',
    'Lab Four’s sandbox report',
    'Lab Four Report', // not an id: asked again
    '', // Enter accepts the proposal
    'http://example.org/fourth', // not https: asked again
    'https://example.org/fourth',
    'newsarticle', // asked again with a did-you-mean
    'news-article',
    '2025-13-01', // not a date: asked again
    '2025-06-02',
    'no',
  ]);
  assert.equal(session.code, 0, session.stderr);
  assert.match(session.stdout, /"Lab Four Report" is not a valid id.*\n.*\[lab-fours-sandbox-report\]/);
  assert.match(session.stdout, /"http:\/\/example.org\/fourth" is not an https: address/);
  assert.match(session.stdout, /did you mean "news-article"\?/);
  assert.match(session.stdout, /"2025-13-01" is not a date/);
  const text = fillIn('sources/lab-fours-sandbox-report.yaml');
  assert.match(text, /^title: "Lab Four’s sandbox report"$/m);
  assert.match(text, /^url: "https:\/\/example.org\/fourth"$/m);
  assert.match(text, /^kind: news-article$/m);
  assert.match(text, /^published: 2025-06-02$/m);
  assert.match(text, /^primary: false$/m);
});

test('answering questions: a finding whose model is "not named", after a misspelt source is re-asked', () => {
  const session = newCli([], ['finding', 'Lab Four counted relaunches', '', 'lab-four-sandbox-report', 'lab-fours-sandbox-report', 'yes', 'not named']);
  assert.equal(session.code, 0, session.stderr);
  assert.match(session.stdout, /No source has the id "lab-four-sandbox-report"; did you mean "lab-fours-sandbox-report"\?/);
  assert.match(fillIn('findings/lab-four-counted-relaunches.yaml'), /^ {4}modelNotNamed: true/m);
});

test('answering questions: a claim retelling a figure, and a reproduction whose taken id is re-asked', () => {
  const claim = newCli([], ['claim', 'Model A beat its kill switch 79 times', '', 'shutdown-study', '', 'a-no-instruction', 'news-story']);
  assert.equal(claim.code, 0, claim.stderr);
  assert.match(claim.stdout, /a-no-instruction: 79 of 100 \(model-a\)/);
  const text = fillIn('claims/model-a-beat-its-kill-switch-79-times.mdx', { numerator: '79', denominator: '100' });
  assert.match(text, /^ {4}figure: a-no-instruction$/m);
  const rerun = newCli([], ['reproduction', 'Lab Four reran it', 'shutdown-rerun', 'lab-four-rerun', 'shutdown-study', 'lab-fours-sandbox-report']);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.match(rerun.stdout, /A reproduction with the id "shutdown-rerun" already exists/);
  fillIn('reproductions/lab-four-rerun.yaml');
});

test('answering questions: a claim that states no figure, answered "no", has no statedFigures', () => {
  const session = newCli([], ['claim', 'Model A simply refused to shut down', '', 'shutdown-study', 'no', 'news-story']);
  assert.equal(session.code, 0, session.stderr);
  assert.match(session.stdout, /Does the claim state a figure \(a number\)\?/);
  assert.doesNotMatch(session.stdout, /Which of these figures/);
  const text = fillIn('claims/model-a-simply-refused-to-shut-down.mdx');
  assert.doesNotMatch(text, /^statedFigures:/m);
  assert.match(text, /^findings: \[shutdown-study\]$/m);
  assert.match(text, /^ {2}- source: news-story$/m);
});

test('when the script runs out of answers, nothing is written', () => {
  const session = newCli([], ['claim', 'Half an answer']);
  assert.equal(session.code, 1);
  assert.match(session.stderr, /Cancelled; nothing was written/);
});

test('every record made above, once filled in, passes the whole check', () => {
  const { code, problems, counts } = check();
  assert.deepEqual(problems, []);
  assert.equal(code, 0);
  // The fixture's 1 claim, 1 finding, 3 sources and 1 reproduction, plus those made here.
  assert.deepEqual({ ...counts, models: undefined, topics: undefined }, { claims: 5, findings: 5, sources: 5, reproductions: 3, models: undefined, topics: undefined });
});
