/**
 * Numbers as exact tokens. "79/100", "79 of 100" and "79 out of 100" all become the count token
 * `=c79/100` (and the percent `=p79`), "84%" and "84 percent" become `=p84`, and every number also
 * gives a bare `=n84`. The "=" keeps them apart from words, which never contain it. The index and the query derive tokens with the same functions, so "84%"
 * finds exactly the records that state 84 % (or a count that is 84 %), never 85 % or 84 runs.
 */
import { exactPercent, roundTo, type FigureNumbers } from '../numbers.ts';

export interface NumberTerms {
  /** The token each number was written as, e.g. "=c79/100" for "79 of 100": what a query requires. */
  written: string[];
  /** Every token the numbers stand for, e.g. ["=c79/100", "=p79", "=n79", "=n100"]: what the index holds. */
  tokens: string[];
  /** The folded text with the numbers taken out, for the word pass. */
  rest: string;
}

// A number stands alone: not inside "o3", "gpt-4o" or "claude-3-7-sonnet".
const NUM = String.raw`(?<![\p{L}\p{N}.,\-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
const END = String.raw`(?![\p{L}\p{N}\-])`;
const COUNT = new RegExp(`${NUM}\\s*(?:/|\\bof\\b|\\bout of\\b|\\bin\\b)\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)${END}`, 'gu');
const PERCENT = new RegExp(`${NUM}\\s*(?:%|\\bper ?cent\\b)`, 'gu');
const PLAIN = new RegExp(`${NUM}${END}`, 'gu');

const value = (text: string) => Number(text.replace(/,/g, ''));

/** Percent tokens for an exact rate: as written and rounded to whole percent, the way texts quote it. */
export function percentTokens(percent: number): string[] {
  return [...new Set([`=p${roundTo(percent, 1)}`, `=p${roundTo(percent, 0)}`])];
}

function countTokens(numerator: number, denominator: number): string[] {
  return [`=c${numerator}/${denominator}`, ...percentTokens((100 * numerator) / denominator), `=n${numerator}`, `=n${denominator}`];
}

/**
 * Number tokens in folded text, and the text without them. Counts are read before percents and
 * percents before bare numbers, so each number is read once, in its most specific form.
 */
export function numberTerms(folded: string): NumberTerms {
  const tokens: string[] = [];
  const written: string[] = [];
  let rest = folded.replace(COUNT, (_match, numerator: string, denominator: string) => {
    const [n, d] = [value(numerator), value(denominator)];
    // "3 in 2025" is not a count: only a denominator at least as large as the numerator reads as one.
    if (d > 0 && n <= d && Number.isInteger(n)) {
      written.push(`=c${n}/${d}`);
      tokens.push(...countTokens(n, d));
    } else {
      written.push(`=n${n}`, `=n${d}`);
      tokens.push(`=n${n}`, `=n${d}`);
    }
    return ' ';
  });
  rest = rest.replace(PERCENT, (_match, number: string) => {
    written.push(`=p${value(number)}`);
    tokens.push(...percentTokens(value(number)), `=n${value(number)}`);
    return ' ';
  });
  rest = rest.replace(PLAIN, (_match, number: string) => {
    written.push(`=n${value(number)}`);
    tokens.push(`=n${value(number)}`);
    return ' ';
  });
  return { written: [...new Set(written)], tokens: [...new Set(tokens)], rest };
}

/** A figure written the ways people write it: "79/100", "79 of 100", "79 out of 100", "79%". */
export function figureForms(figure: FigureNumbers & { unit?: string | undefined }): string[] {
  const forms: string[] = [];
  if (figure.numerator !== undefined && figure.denominator) {
    forms.push(`${figure.numerator}/${figure.denominator}`, `${figure.numerator} of ${figure.denominator}`, `${figure.numerator} out of ${figure.denominator}`);
  } else if (figure.numerator !== undefined) {
    forms.push(String(figure.numerator));
  }
  const percent = exactPercent(figure);
  if (percent !== undefined) forms.push(`${roundTo(percent, 1)}%`);
  if (figure.amount !== undefined) forms.push(`${figure.amount}${figure.unit ? ` ${figure.unit}` : ''}`);
  return [...new Set(forms)];
}
