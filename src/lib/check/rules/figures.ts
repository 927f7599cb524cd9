/**
 * Figure arithmetic and fidelity: counts within their totals, percents within 0–100, a count and a
 * percent given together agree, each quote contains its number, and each stated figure agrees with
 * the finding figure it retells unless its fidelity says the number is wrong; and a finding's short
 * condition labels fit their columns (condition-labels.ts).
 */
import type { FindingFigure, StatedFigure } from '../../../schema/index.ts';
import type { Entry, Rule } from '../../records/content-set.ts';
import { problemAt } from '../../records/content-set.ts';
import { agreesWhenRounded, decimalsOf, exactPercent, formatValue, roundTo, sameNumber, textStatesFigure } from '../../numbers.ts';
import type { FieldPath, Problem } from '../problem.ts';
import { checkConditionLabels } from './condition-labels.ts';

export const figuresRule: Rule = ({ content }) => {
  const problems: Problem[] = [];
  for (const entry of [...content.findings.values(), ...content.reproductions.values()]) {
    const seen = new Set<string>();
    entry.data.figures.forEach((figure, i) => {
      const path = ['figures', i];
      if (seen.has(figure.id)) problems.push(problemAt(entry, [...path, 'id'], 'duplicate-id', `Another figure in this file already has the id "${figure.id}".`));
      seen.add(figure.id);
      if (figure.model !== undefined && figure.modelNotNamed) {
        problems.push(problemAt(entry, [...path, 'modelNotNamed'], 'figure-model',
          `The figure names model "${figure.model}" and says the source names none; keep one of model and modelNotNamed.`));
      }
      problems.push(...checkArithmetic(entry, path, figure), ...checkQuote(entry, path, figure));
    });
  }
  for (const finding of content.findings.values()) problems.push(...checkConditionLabels(finding));
  for (const claim of content.claims.values()) {
    claim.data.statedFigures.forEach((stated, i) => {
      const path = ['statedFigures', i];
      problems.push(...checkArithmetic(claim, path, stated, true));
      const figure = content.findings.get(stated.finding)?.data.figures.find((f) => f.id === stated.figure);
      problems.push(...checkStated(claim, path, stated, figure));
    });
  }
  return problems;
};

type Numbers = Pick<FindingFigure, 'numerator' | 'denominator' | 'percent' | 'amount' | 'unit'> & Partial<Pick<FindingFigure, 'n' | 'ci'>>;

function checkArithmetic(entry: Entry<unknown>, path: FieldPath, figure: Numbers, isStated = false): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, message: string) => problems.push(problemAt(entry, [...path, field], 'figure-arithmetic', message));
  const { numerator, denominator, percent, amount } = figure;

  if (numerator === undefined && percent === undefined && amount === undefined && !isStated) {
    problems.push(problemAt(entry, path, 'figure-arithmetic', 'A figure needs a number: numerator and denominator, a percent, or an amount with its unit.'));
  }
  if (denominator !== undefined && numerator === undefined) at('denominator', 'A denominator needs its numerator (the count out of it).');
  if (numerator !== undefined && denominator === undefined) {
    at('numerator', 'Give the denominator with the count (e.g. 79 of 100), or denominator: null when the source does not say.');
  }
  if (numerator !== undefined && denominator && numerator > denominator) {
    at('numerator', `The count ${numerator} is larger than its denominator ${denominator}.`);
  }
  if (percent !== undefined && (percent < 0 || percent > 100)) at('percent', `A percent must be between 0 and 100; got ${percent}.`);
  if (percent !== undefined && numerator !== undefined && denominator && !agreesWhenRounded((100 * numerator) / denominator, percent)) {
    const exact = (100 * numerator) / denominator;
    at('percent', `${numerator}/${denominator} is ${roundTo(exact, Math.max(1, decimalsOf(percent)))}%, not ${percent}%.`);
  }
  if (amount !== undefined && !figure.unit) at('amount', 'An amount needs its unit, e.g. unit: "billion yuan".');
  if (figure.unit && amount === undefined) at('unit', 'A unit goes with an amount; add the amount or remove the unit.');
  if (percent !== undefined && numerator === undefined && !isStated && figure.n === undefined) {
    at('percent', 'Give n, the sample size behind the percent, or n: null when the source does not report it.');
  }
  if (percent !== undefined && figure.n && !countExists(percent, figure.n)) {
    at('percent', `No whole number of cases out of n = ${figure.n} gives ${percent}%; check the percent and n.`);
  }
  if (figure.n && denominator && figure.n !== denominator) at('n', `n (${figure.n}) differs from the denominator (${denominator}).`);
  if (figure.ci) {
    const { low, high } = figure.ci;
    const value = exactPercent(figure);
    if (low < 0 || high > 100 || low > high) at('ci', `The interval ${low}–${high}% must satisfy 0 ≤ low ≤ high ≤ 100.`);
    else if (value !== undefined && (value < low - 0.05 || value > high + 0.05)) at('ci', `The figure ${roundTo(value, 1)}% lies outside its interval ${low}–${high}%.`);
  }
  return problems;
}

/** Some whole count k of n rounds to `percent` at its written precision. */
function countExists(percent: number, n: number): boolean {
  const k = Math.round((percent * n) / 100);
  return [k - 1, k, k + 1].some((count) => count >= 0 && count <= n && agreesWhenRounded((100 * count) / n, percent));
}

function checkQuote(entry: Entry<unknown>, path: FieldPath, figure: FindingFigure): Problem[] {
  if (figure.quote === undefined) {
    return figure.noQuoteReason
      ? []
      : [problemAt(entry, path, 'quote-missing', 'Give a short verbatim quote containing the number, or noQuoteReason saying why there is none (e.g. read off a chart).')];
  }
  if (figure.quote && figure.noQuoteReason) {
    return [problemAt(entry, [...path, 'noQuoteReason'], 'quote-missing', 'Give either a quote or noQuoteReason, not both.')];
  }
  if (textStatesFigure(figure.quote, figure)) return [];
  return [problemAt(entry, [...path, 'quote'], 'quote-number',
    `The quote does not contain the figure's number (${spellings(figure).join(', or ')}); quote the sentence that prints it, or give noQuoteReason.`)];
}

/** The ways a quote may write a figure, e.g. "79/100", "79 of 100", "79%". */
function spellings(figure: FindingFigure): string[] {
  const percent = exactPercent(figure);
  const out: string[] = [];
  if (figure.numerator !== undefined && figure.denominator) out.push(`"${figure.numerator}/${figure.denominator}"`, `"${figure.numerator} of ${figure.denominator}"`);
  else if (figure.numerator !== undefined) out.push(`"${figure.numerator}"`);
  if (percent !== undefined) out.push(`"${roundTo(percent, 1)}%"`);
  if (figure.amount !== undefined) out.push(`"${figure.amount}"`);
  return out;
}

/** Fidelity values that say the number itself is not the finding's. */
const NUMBER_MAY_DIFFER = new Set(['wrong-number', 'unsupported']);

function checkStated(claim: Entry<unknown>, path: FieldPath, stated: StatedFigure, figure: FindingFigure | undefined): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, rule: string, message: string) => problems.push(problemAt(claim, [...path, field], rule, message));
  const hasNumber = stated.numerator !== undefined || stated.percent !== undefined || stated.amount !== undefined;

  if (hasNumber && !textStatesFigure(stated.text, stated)) {
    at('text', 'quote-number', `The text "${stated.text}" does not contain the number given (${formatValue(stated)}).`);
  }
  if (!figure) return problems; // reported by the reference rule
  if (!hasNumber) {
    if (!NUMBER_MAY_DIFFER.has(stated.fidelity)) {
      at('fidelity', 'stated-figure', `A stated figure marked "${stated.fidelity}" needs its number (percent, or numerator and denominator) so it can be compared with ${formatValue(figure)}.`);
    }
    return problems;
  }
  const agreement = compare(stated, figure);
  if (NUMBER_MAY_DIFFER.has(stated.fidelity)) {
    if (agreement === 'exact' || agreement === 'rounded') {
      at('fidelity', 'stated-figure', `The number agrees with the finding (${formatValue(figure)}); choose the fidelity that says what drifted (e.g. condition-dropped, wrong-condition).`);
    }
    return problems;
  }
  if (agreement === 'units-differ') {
    if (!stated.note) at('note', 'stated-figure', `The claim states ${stated.amount} ${stated.unit ?? ''} where the finding has ${formatValue(figure)}; explain the conversion in note.`);
    return problems;
  }
  if (agreement === 'different') {
    at('fidelity', 'stated-figure', `Marked "${stated.fidelity}", but ${formatValue(stated)} does not match the finding's ${formatValue(figure)}. Fix the number, or mark it wrong-number.`);
  } else if (stated.fidelity === 'exact' && agreement === 'rounded') {
    at('fidelity', 'stated-figure', `Marked "exact", but the finding's figure is ${formatValue(figure)}; ${formatValue(stated)} is it rounded. Mark it "rounded".`);
  } else if (stated.fidelity === 'rounded' && agreement === 'exact') {
    at('fidelity', 'stated-figure', `Marked "rounded", but ${formatValue(stated)} matches the finding exactly. Mark it "exact".`);
  }
  return problems;
}

type Agreement = 'exact' | 'rounded' | 'different' | 'units-differ';

function compare(stated: StatedFigure, figure: FindingFigure): Agreement {
  if (stated.amount !== undefined) {
    if (figure.amount === undefined || (stated.unit ?? '') !== (figure.unit ?? '')) return 'units-differ';
    if (sameNumber(stated.amount, figure.amount)) return 'exact';
    return agreesWhenRounded(figure.amount, stated.amount) ? 'rounded' : 'different';
  }
  if (stated.numerator !== undefined) {
    if (figure.numerator === undefined) return 'different';
    return stated.numerator === figure.numerator && (stated.denominator ?? null) === (figure.denominator ?? null) ? 'exact' : 'different';
  }
  const target = exactPercent(figure);
  if (stated.percent === undefined || target === undefined) return 'different';
  if (sameNumber(stated.percent, target)) return 'exact';
  return agreesWhenRounded(target, stated.percent) ? 'rounded' : 'different';
}
