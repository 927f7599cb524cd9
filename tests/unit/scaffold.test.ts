/** npm run new's library: ids, reference checks, and records that fail only on their placeholders. */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { checkContent } from '../../src/lib/check/check.ts';
import { checkModel, idProblem, inputProblems, knownRecords, proposeId, recordPath, SCAFFOLD_KINDS, scaffold } from '../../src/lib/scaffold/index.ts';
import { fixtureProject } from '../helpers/fixtures.ts';

const TODAY = '2026-11-23';

test('an id is proposed from the title in kebab-case, with % spelt out, accents dropped and apostrophes joining their word', () => {
  assert.equal(proposeId("Sakana's AI Scientist rewrote its own code to extend its runtime"), 'sakanas-ai-scientist-rewrote-its-own-code-to-extend');
  assert.equal(proposeId('Anthropic’s model didn’t comply'), 'anthropics-model-didnt-comply');
  assert.equal(proposeId('o3 edited its shutdown script in 79/100 tries'), 'o3-edited-its-shutdown-script-in-79-100-tries');
  assert.equal(proposeId('Claude blackmailed in 84% of rollouts'), 'claude-blackmailed-in-84-percent-of-rollouts');
  assert.equal(proposeId('  Überraschung: “Modell” — flieht!  '), 'uberraschung-modell-flieht');
  assert.ok(proposeId('word '.repeat(40)).length <= 60);
  assert.ok(!proposeId('word '.repeat(40)).endsWith('-'));
});

test('an id that exists or is not kebab-case is refused with a reason', () => {
  assert.match(idProblem('lab-paper', ['lab-paper'], 'source') ?? '', /already exists/);
  assert.match(idProblem('Lab Paper', [], 'source') ?? '', /not a valid id.*"lab-paper"/);
  assert.equal(idProblem('lab-paper-2', ['lab-paper'], 'source'), undefined);
});

test('unknown findings, sources and figures are refused before anything is written', () => {
  const project = fixtureProject();
  try {
    const known = knownRecords(join(project.root, 'content'));
    assert.deepEqual(inputProblems('claim', { id: 'new-claim', today: TODAY, finding: 'shutdown-study', figures: ['a-no-instruction'], source: 'news-story' }, known), []);
    const problems = inputProblems('claim', { id: 'model-a-sabotage', today: TODAY, finding: 'shutdown-studdy', source: 'nope' }, known);
    assert.equal(problems.length, 3);
    // A did-you-mean, never the whole list of ids.
    assert.match(problems[1] ?? '', /No finding has the id "shutdown-studdy"; did you mean "shutdown-study"\?/);
    assert.match(problems[2] ?? '', /No source has the id "nope": the ids are the file names in content\/sources\//);
    assert.match(inputProblems('claim', { id: 'x', today: TODAY, finding: 'shutdown-study', figures: ['a-no-instructon'] }, known)[0] ?? '', /no figure "a-no-instructon"; did you mean "a-no-instruction"\?/);
    assert.match(inputProblems('claim', { id: 'x', today: TODAY, finding: 'shutdown-study', figures: ['zzz'] }, known)[0] ?? '', /no figure "zzz"; its figures: a-no-instruction, b-rate/);
    assert.match(inputProblems('source', { id: 'x', today: TODAY, kind: 'newsarticle', published: '2025-02-30' }, known).join('\n'), /did you mean "news-article".*\n.*"2025-02-30" is not a date/);
    assert.match(inputProblems('claim', { id: 'x', today: TODAY, figures: ['a-no-instruction'] }, known)[0] ?? '', /--figure needs --finding/);
    assert.match(inputProblems('source', { id: 'x', today: TODAY, url: 'http://example.org' }, known)[0] ?? '', /not an https: address/);
  } finally {
    project.cleanup();
  }
});

test('a claim for a known finding copies its setting, topics and id, and lists its figures', () => {
  const project = fixtureProject();
  try {
    const text = scaffold('claim', { id: 'x', today: TODAY, finding: 'shutdown-study', source: 'news-story' }, knownRecords(join(project.root, 'content')));
    assert.match(text, /^setting: lab-evaluation$/m);
    assert.match(text, /^topics: \[shutdown-resistance\]$/m);
    assert.match(text, /^findings: \[shutdown-study\]$/m);
    assert.match(text, /^ {2}- source: news-story$/m);
    assert.match(text, /^ {4}# {3}a-no-instruction: 79 of 100 \(model-a\)$/m);
    assert.match(text, /^ {4}# {3}b-rate: 84 % \(model-b\)$/m);
    assert.match(text, /^added: 2026-11-23$/m);
    // With the figure chosen, only it is shown, and a rate is asked for as a percent.
    const rate = scaffold('claim', { id: 'x', today: TODAY, finding: 'shutdown-study', figures: ['b-rate'] }, knownRecords(join(project.root, 'content')));
    assert.match(rate, /^ {4}# The finding's figure: b-rate: 84 % \(model-b\)$/m);
    assert.match(rate, /^ {4}percent: "\[fill in:/m);
    assert.doesNotMatch(rate, /a-no-instruction|^ {4}numerator:/m);
  } finally {
    project.cleanup();
  }
});

test('a model is taken by its id, display name or alias, and refused with a did-you-mean otherwise', () => {
  const project = fixtureProject('model-name');
  try {
    const known = knownRecords(join(project.root, 'content'));
    assert.equal(checkModel('Model B', known).value, 'model-b');
    assert.equal(checkModel('bee 1', known).value, 'model-b');
    assert.equal(checkModel('model-a', known).value, 'model-a');
    assert.match(checkModel('model-c', known).problem ?? '', /did you mean "model-a"\?/);
  } finally {
    project.cleanup();
  }
});

test('a claim without figures has no statedFigures, and a finding in words has passages instead of figures', () => {
  const project = fixtureProject();
  try {
    const known = knownRecords(join(project.root, 'content'));
    const claim = scaffold('claim', { id: 'x', today: TODAY, finding: 'shutdown-study', noFigures: true }, known);
    assert.doesNotMatch(claim, /^statedFigures:|numerator|fidelity/m);
    const finding = scaffold('finding', { id: 'x', today: TODAY, noFigures: true }, known);
    assert.match(finding, /^figures: \[\]/m);
    assert.match(finding, /^passages: .*\n {2}- quote: "\[fill in:/m);
    assert.match(scaffold('finding', { id: 'x', today: TODAY, modelNotNamed: true }, known), /^ {4}modelNotNamed: true/m);
    assert.match(scaffold('finding', { id: 'x', today: TODAY, model: 'model-b' }, known), /^ {4}model: model-b$/m);
  } finally {
    project.cleanup();
  }
});

for (const kind of SCAFFOLD_KINDS) {
  test(`a new ${kind} with nothing known fails the check only on its placeholders, each on its own line`, () => {
    const project = fixtureProject();
    try {
      const content = join(project.root, 'content');
      const file = join(content, recordPath(kind, `new-${kind}`));
      const text = scaffold(kind, { id: `new-${kind}`, today: TODAY }, knownRecords(content));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      const { problems } = checkContent({ projectRoot: project.root, today: TODAY });
      assert.ok(problems.length >= 5, `only ${problems.length} placeholders`);
      assert.deepEqual([...new Set(problems.map((problem) => problem.rule))], ['placeholder']);
      const lines = text.split('\n');
      for (const problem of problems) assert.match(lines[(problem.line ?? 0) - 1] ?? '', /\[fill in:/, `line ${problem.line} (${problem.field})`);
      assert.equal(new Set(problems.map((problem) => problem.line)).size, problems.length);
    } finally {
      project.cleanup();
    }
  });
}
