/** The model-alias rule on the valid fixture with a models.yaml written here: each alias names one model only. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkContent } from '../../src/lib/check/check.ts';
import { fixtureProject } from '../helpers/fixtures.ts';

function aliasProblems(modelsYaml: string) {
  const project = fixtureProject();
  try {
    writeFileSync(join(project.root, 'content', 'models.yaml'), modelsYaml);
    return checkContent({ projectRoot: project.root, today: '2026-11-23' }).problems.filter((problem) => problem.rule === 'model-alias');
  } finally {
    project.cleanup();
  }
}

const models = (aliasesA: string, aliasesB: string) =>
  `- id: model-a\n  name: Model A 3.7\n  developer: Lab One\n  aliases: ${aliasesA}\n- id: model-b\n  name: Model B\n  developer: Lab Two\n  aliases: ${aliasesB}\n`;

test('distinct aliases pass, and an alias may repeat its own model name in another spelling', () => {
  assert.deepEqual(aliasProblems(models('[A 3.7, model-a-3-7]', '[B]')), []);
});

test('an alias two models share is reported on both, at the alias', () => {
  const problems = aliasProblems(models('[Lab model]', '[lab-model]'));
  assert.deepEqual(
    problems.map(({ line, column, field }) => ({ line, column, field })),
    [
      { line: 4, column: 13, field: 'aliases[0]' },
      { line: 8, column: 13, field: 'aliases[0]' },
    ],
  );
  assert.match(problems[0]!.message, /"Lab model" is also an alias of the model "model-b"/);
});

test("an alias that is another model's name or id, written another way, is reported", () => {
  const [byName, ...rest] = aliasProblems(models('[]', '[model a 3-7]'));
  assert.equal(rest.length, 0);
  assert.equal(byName?.field, 'aliases[0]');
  assert.match(byName!.message, /"model a 3-7" is the name or id of the model "model-a"/);
  assert.equal(aliasProblems(models('[Model-B]', '[]')).length, 1);
});
