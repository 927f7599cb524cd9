/**
 * Figure arithmetic shared by the checks, the pages and search: percent of a count, rounding to a
 * stated precision, and finding the numbers written in a sentence.
 */

export interface FigureNumbers {
  numerator?: number | undefined;
  denominator?: number | null | undefined;
  percent?: number | undefined;
  amount?: number | undefined;
  /** The source gives only a bound: the value is under (or over) the number. */
  bound?: 'under' | 'over' | undefined;
}

const BOUND_SIGN = { under: '<', over: '>' } as const;

/** Decimal places as written, e.g. 2 for 97.25 and 0 for 84. */
export function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 || text.includes('e') ? 0 : text.length - dot - 1;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor + Number.EPSILON * factor) / factor;
}

/** True when `stated` is `exact` rounded to the precision `stated` is written with. */
export function agreesWhenRounded(exact: number, stated: number): boolean {
  return Math.abs(roundTo(exact, decimalsOf(stated)) - stated) < 1e-9;
}

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}

/** The exact percent a figure stands for: its percent, or its count as a percent. */
export function exactPercent(figure: FigureNumbers): number | undefined {
  if (figure.percent !== undefined) return figure.percent;
  if (figure.numerator !== undefined && figure.denominator) return (100 * figure.numerator) / figure.denominator;
  return undefined;
}

/** "79/100", "84%", "<20%", "60 billion yuan": a figure's value as readers see it. */
export function formatValue(figure: FigureNumbers & { unit?: string | undefined; n?: number | null | undefined }): string {
  return figure.bound ? `${BOUND_SIGN[figure.bound]}${unbounded(figure)}` : unbounded(figure);
}

function unbounded(figure: FigureNumbers & { unit?: string | undefined }): string {
  if (figure.numerator !== undefined && figure.denominator) {
    const percent = figure.percent ?? roundTo((100 * figure.numerator) / figure.denominator, 1);
    return `${figure.numerator}/${figure.denominator} (${percent}%)`;
  }
  if (figure.numerator !== undefined) return `${figure.numerator} (out of an unreported total)`;
  if (figure.percent !== undefined) return `${figure.percent}%`;
  if (figure.amount !== undefined) return `${figure.amount}${figure.unit ? ` ${figure.unit}` : ''}`;
  return 'no number';
}

/** "79/100", "94.5%", "60.06 billion yuan": the value alone, as the source prints it, for matrix cells and chart labels. */
export function formatPrinted(figure: FigureNumbers & { unit?: string | undefined }): string {
  if (figure.numerator === undefined) return formatValue(figure);
  const count = figure.denominator ? `${figure.numerator}/${figure.denominator}` : `${figure.numerator} (total not reported)`;
  return figure.bound ? `${BOUND_SIGN[figure.bound]}${count}` : count;
}

export interface NumberToken {
  value: number;
  /** As written, e.g. "1,000" or "97.3". */
  text: string;
  isPercent: boolean;
}

const NUMBER = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d])(\s*(?:%|percent\b|per cent\b))?/gi;

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const NUMBER_WORD = new RegExp(`\\b(${WORDS.join('|')})\\b`, 'gi');

/**
 * Every number written in a text, with whether it is followed by a percent sign or word.
 * Small numbers spelt out ("in one instance") count too: sources write them that way.
 */
export function numbersIn(text: string): NumberToken[] {
  const digits = [...text.matchAll(NUMBER)].map((match) => ({
    value: Number(`${(match[1] ?? '').replace(/,/g, '')}${match[2] ?? ''}`),
    text: `${match[1] ?? ''}${match[2] ?? ''}`,
    isPercent: Boolean(match[3]),
  }));
  const words = [...text.matchAll(NUMBER_WORD)].map((match) => ({
    value: WORDS.indexOf((match[1] ?? '').toLowerCase()),
    text: match[1] ?? '',
    isPercent: false,
  }));
  return [...digits, ...words];
}

/**
 * Whether a text states the figure's own value, not one that only agrees with it once rounded: its count
 * ("79 of 100"), a percent equal to it ("79%" for 79/100), its percent, its amount. "37%" does not state
 * 45/122 (36.9%); where a source prints 37% for it, that is a figure of its own.
 */
export function textStatesExactly(text: string, figure: FigureNumbers): boolean {
  const tokens = numbersIn(text);
  const has = (value: number, asPercent: boolean) => tokens.some((token) => sameNumber(token.value, value) && token.isPercent === asPercent);
  if (figure.numerator !== undefined && figure.denominator) {
    return (has(figure.numerator, false) && has(figure.denominator, false)) || has((100 * figure.numerator) / figure.denominator, true);
  }
  if (figure.numerator !== undefined) return has(figure.numerator, false);
  if (figure.percent !== undefined) return has(figure.percent, true);
  if (figure.amount !== undefined) return has(figure.amount, false);
  return false;
}

/**
 * Whether a text states a figure: exactly (textStatesExactly), or as a percent rounded as the text
 * writes it ("37%" for 45/122).
 */
export function textStatesFigure(text: string, figure: FigureNumbers): boolean {
  if (textStatesExactly(text, figure)) return true;
  const percent = exactPercent(figure);
  return percent !== undefined && numbersIn(text).some((token) => token.isPercent && agreesWhenRounded(percent, token.value));
}
