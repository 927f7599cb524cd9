/** YAML read errors in the words a contributor needs. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseYamlSource } from '../../src/lib/records/yaml-source.ts';

test('an unquoted value with ": " in it is explained as a missing pair of quotes, on its line', () => {
  const { errors } = parseYamlSource('title: A claim\nbottomLine: Partly true: only without the instruction.\n', 1);
  assert.equal(errors.length, 1);
  assert.equal(errors[0]?.position.line, 3);
  assert.match(errors[0]?.message ?? '', /^a value contains ": " .*put the whole value in quotes/);
});
