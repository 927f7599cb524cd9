import assert from 'node:assert/strict';
import { test } from 'node:test';
import { agreesWhenRounded, decimalsOf, formatPrinted, formatValue, numbersIn, textStatesExactly, textStatesFigure } from '../../src/lib/numbers.ts';

test('a percent agrees with an exact value rounded to the precision it is written with', () => {
  assert.equal(agreesWhenRounded(97.3, 97), true);
  assert.equal(agreesWhenRounded(97.3, 97.3), true);
  assert.equal(agreesWhenRounded(97.3, 97.2), false);
  assert.equal(agreesWhenRounded(84, 85), false);
  assert.equal(agreesWhenRounded((100 * 117) / 994, 11.8), true);
  assert.equal(decimalsOf(94.5), 1);
  assert.equal(decimalsOf(84), 0);
});

test('numbers are found as written, with thousands separators, decimals, percents and small number words', () => {
  assert.deepEqual(
    numbersIn('in 79 / 100 runs, 1,000 trials, 97.3 percent, 84% of rollouts, in one instance').map((n) => [n.value, n.isPercent]),
    [[79, false], [100, false], [1000, false], [97.3, true], [84, true], [1, false]],
  );
});

test('a text states a count as "79/100", "79 of 100" or "79%", but not as 78% or 179', () => {
  const figure = { numerator: 79, denominator: 100 };
  assert.equal(textStatesFigure('sabotaged it in 79 / 100 of our runs', figure), true);
  assert.equal(textStatesFigure('79 out of 100 trials', figure), true);
  assert.equal(textStatesFigure('79% of the time', figure), true);
  assert.equal(textStatesFigure('78% of the time', figure), false);
  assert.equal(textStatesFigure('179 of 1000', figure), false);
  assert.equal(textStatesFigure('7.9 of 10.0', figure), false);
});

test('a text states a figure exactly only with its own value: 79% is 79/100, 37% is not 45/122', () => {
  assert.equal(textStatesExactly('In 79% of the trials', { numerator: 79, denominator: 100 }), true);
  assert.equal(textStatesExactly('79 out of 100 runs', { numerator: 79, denominator: 100 }), true);
  assert.equal(textStatesExactly('tried to cheat 37% of the time', { numerator: 45, denominator: 122 }), false);
  assert.equal(textStatesFigure('tried to cheat 37% of the time', { numerator: 45, denominator: 122 }), true);
  assert.equal(textStatesExactly('hacked 45 of its 122 games', { numerator: 45, denominator: 122 }), true);
  assert.equal(textStatesExactly('in 84 rollouts', { percent: 84 }), false);
  assert.equal(textStatesExactly('84 percent of rollouts', { percent: 84 }), true);
  assert.equal(textStatesExactly('60 billion yuan', { amount: 60 }), true);
});

test('a percent is stated only as a percent: 84 runs is not 84%', () => {
  assert.equal(textStatesFigure('84% of rollouts', { percent: 84 }), true);
  assert.equal(textStatesFigure('in 84 rollouts', { percent: 84 }), false);
  assert.equal(textStatesFigure('up to 97% (95% CI: 96-98%)', { numerator: 973, denominator: 1000 }), true);
});

test('a figure the source gives only as a bound is printed with its sign, never as the bare number', () => {
  assert.equal(formatValue({ percent: 20, bound: 'under' }), '<20%');
  assert.equal(formatValue({ percent: 85, bound: 'over' }), '>85%');
  assert.equal(formatValue({ amount: 1196, unit: 'company records', bound: 'over' }), '>1196 company records');
  assert.equal(formatValue({ numerator: 3, denominator: 100, bound: 'under' }), '<3/100 (3%)');
  assert.equal(formatPrinted({ numerator: 3, denominator: 100, bound: 'under' }), '<3/100');
  assert.equal(formatPrinted({ percent: 0.001, bound: 'under' }), '<0.001%');
  assert.equal(formatValue({ percent: 20 }), '20%');
});
