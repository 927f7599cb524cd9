import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reproductionStatus } from '../../src/lib/records/reproduction-status.ts';

const by = (independent: boolean, outcome: 'reproduced' | 'partially-reproduced' | 'not-reproduced' | 'disputed') => ({ independent, outcome });

test('no attempt means not yet attempted', () => {
  assert.equal(reproductionStatus([]), 'not-yet-attempted');
});

test('an independent success makes a finding independently reproduced, even beside author reruns', () => {
  assert.equal(reproductionStatus([by(false, 'reproduced'), by(true, 'partially-reproduced')]), 'independently-reproduced');
});

test('only the authors reproducing it is reported as such', () => {
  assert.equal(reproductionStatus([by(false, 'reproduced')]), 'reproduced-by-authors');
});

test('independent attempts that disagree, or any dispute, make it contested', () => {
  assert.equal(reproductionStatus([by(true, 'reproduced'), by(true, 'not-reproduced')]), 'contested');
  assert.equal(reproductionStatus([by(false, 'reproduced'), by(true, 'disputed')]), 'contested');
  assert.equal(reproductionStatus([by(false, 'reproduced'), by(true, 'not-reproduced')]), 'contested');
});

test('failures and nothing else mean not reproduced', () => {
  assert.equal(reproductionStatus([by(true, 'not-reproduced')]), 'not-reproduced');
});
