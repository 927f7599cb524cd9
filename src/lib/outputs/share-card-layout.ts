/**
 * The share card's layout: where each box and each line of text goes on the 1200×630 card, as a list
 * of drawing operations that share-card-png.ts paints. Text is measured by the renderer's own fonts
 * (the `measure` it passes in), wrapped at words and clamped to a number of lines with an ellipsis,
 * so nothing runs past the card's margins; a word wider than its column is broken. Record text only
 * ever becomes the text of an operation: it is painted as characters and never read as markup.
 */
import type { ClaimShareCard, ShareCard, SiteShareCard } from '../views/share-card.ts';
import type { Verdict } from '../views/verdicts.ts';
import { count } from '../words.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface Font {
  size: number;
  weight: 400 | 700;
  /** Extra space after each character, in pixels (the small capitals of captions). */
  spacing?: number;
}

export type DrawOp =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; colour: string; radius?: number }
  /** `y` is the baseline; `width` is the measured width of `text`. */
  | { kind: 'text'; text: string; x: number; y: number; width: number; font: Font; colour: string };

/** The width of `text` set in `font`, in pixels, as the renderer will draw it. */
export type Measure = (text: string, font: Font) => number;

/** The verdict colours of the site's stylesheet (src/styles/global.css); white text on each passes WCAG AA. */
export const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = {
  accurate: '#166534',
  'missing-context': '#854d0e',
  misleading: '#c2410c',
  unsupported: '#5b21b6',
  false: '#b91c1c',
};
export const BACKGROUND = '#ffffff';
const TEXT = '#1b1d21';
const MUTED = '#4f5561';
const RULE = '#c9cdd4';
const SITE_COLOUR = '#0b57b8';

/** The band down the left edge, then the margins of the content. */
const BAND = 20;
export const MARGIN = { left: BAND + 56, right: CARD_WIDTH - 64, top: 48, bottom: CARD_HEIGHT - 48 } as const;
const CONTENT_WIDTH = MARGIN.right - MARGIN.left;

const ELLIPSIS = '…';

/** Breaks a word wider than `width` into pieces that fit. */
function pieces(word: string, width: number, font: Font, measure: Measure): string[] {
  const out: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && measure(piece + char, font) > width) {
      out.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece ? [...out, piece] : out;
}

/** The text in at most `maxLines` lines of `width`, broken at spaces; when it does not fit, the last line ends in an ellipsis. */
export function wrap(text: string, font: Font, width: number, maxLines: number, measure: Measure): string[] {
  const words = text.split(/\s+/).filter(Boolean).flatMap((word) => (measure(word, font) > width ? pieces(word, width, font, measure) : [word]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure(longer, font) > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // Cut the last line back until it and the ellipsis fit, at a word where one is near.
  let last = `${kept[maxLines - 1]!} ${lines[maxLines]!}`;
  while (last && measure(last.replace(/[\s,;:.–—-]+$/u, '') + ELLIPSIS, font) > width) {
    const space = last.lastIndexOf(' ');
    last = space > last.length / 2 ? last.slice(0, space) : last.slice(0, -1);
  }
  kept[maxLines - 1] = last.replace(/[\s,;:.–—-]+$/u, '') + ELLIPSIS;
  return kept;
}

/** Draws wrapped text from `top`; returns the operations and the height they take. */
function paragraph(
  text: string,
  font: Font,
  at: { x: number; top: number; width: number; lines: number; lineHeight?: number; colour?: string },
  measure: Measure,
): { ops: DrawOp[]; height: number } {
  const step = font.size * (at.lineHeight ?? 1.2);
  const lines = wrap(text, font, at.width, at.lines, measure);
  // The baseline sits so that capitals are centred in the line (Inter's capitals are 0.73 em tall).
  const ops = lines.map((line, i): DrawOp => ({
    kind: 'text', text: line, x: at.x, y: at.top + i * step + step / 2 + font.size * 0.36, width: measure(line, font), font, colour: at.colour ?? TEXT,
  }));
  return { ops, height: lines.length * step };
}

const CAPTION: Font = { size: 18, weight: 700, spacing: 1.5 };
const caption = (value: string, x: number, top: number, measure: Measure) =>
  paragraph(value.toUpperCase(), CAPTION, { x, top, width: CONTENT_WIDTH, lines: 1, colour: MUTED }, measure);

/** A verdict badge whose right edge is at `right`; returns its operations and its left edge. */
function pill(verdict: Verdict, label: string, size: number, at: { right?: number; left?: number; top: number }, measure: Measure) {
  const font: Font = { size, weight: 700 };
  const height = Math.round(size * 1.6);
  const width = Math.min(measure(label, font), CONTENT_WIDTH / 2) + 40;
  const x = at.left ?? at.right! - width;
  const text = paragraph(label, font, { x: x + 20, top: at.top + (height - size * 1.2) / 2, width: width - 40, lines: 1, colour: '#ffffff' }, measure);
  return { ops: [{ kind: 'rect', x, y: at.top, width, height, colour: VERDICT_COLOURS[verdict], radius: 10 } as DrawOp, ...text.ops], x, width };
}

/** The claim's type size by its length: a long claim is set smaller rather than cut short. */
const CLAIM_SIZES: readonly [maxLength: number, size: number][] = [[100, 46], [160, 40], [Infinity, 34]];

/** The figures as circulated, left, and as measured, right, in two lines each: room for the longest a record states today (about 40 characters). */
const STATED_WIDTH = 360;
const COLUMN_GAP = 32;
const FIGURE: Font = { size: 30, weight: 700 };
const CONDITION: Font = { size: 22, weight: 400 };

function figureRows(card: ClaimShareCard, top: number, measure: Measure): { ops: DrawOp[]; height: number } {
  const measuredX = MARGIN.left + STATED_WIDTH + COLUMN_GAP;
  const measuredWidth = MARGIN.right - measuredX;
  const ops: DrawOp[] = [...caption('As circulated', MARGIN.left, top, measure).ops, ...caption('As measured', measuredX, top, measure).ops];
  let y = top + CAPTION.size * 1.2;
  // One figure has room for two lines of condition; two share that room.
  const conditionLines = card.figures.length > 1 ? 1 : 2;
  for (const figure of card.figures) {
    y += 16;
    const stated = paragraph(figure.stated, FIGURE, { x: MARGIN.left, top: y, width: STATED_WIDTH, lines: 2 }, measure);
    const measured = paragraph(figure.measured, FIGURE, { x: measuredX, top: y, width: measuredWidth, lines: 2 }, measure);
    // How the figure was read, when not in the primary source, leads the muted line under it.
    const conditionText = figure.provenance ? `${figure.provenance}. ${figure.condition}` : figure.condition;
    const condition = paragraph(conditionText, CONDITION, { x: measuredX, top: y + measured.height + 4, width: measuredWidth, lines: conditionLines, lineHeight: 1.3, colour: MUTED }, measure);
    ops.push(...stated.ops, ...measured.ops, ...condition.ops);
    y += Math.max(stated.height, measured.height + 4 + condition.height);
  }
  if (card.moreFigures) {
    const more = paragraph(`+ ${count(card.moreFigures, 'more figure')} on the page`, CONDITION, { x: MARGIN.left, top: y + 12, width: CONTENT_WIDTH, lines: 1, colour: MUTED }, measure);
    ops.push(...more.ops);
    y += 12 + more.height;
  }
  return { ops, height: y - top };
}

function bottomLineRows(bottomLine: string, top: number, measure: Measure): { ops: DrawOp[]; height: number } {
  const label = caption('Bottom line', MARGIN.left, top, measure);
  const text = paragraph(bottomLine, { size: 28, weight: 400 }, { x: MARGIN.left, top: top + label.height + 12, width: CONTENT_WIDTH, lines: 4, lineHeight: 1.35 }, measure);
  return { ops: [...label.ops, ...text.ops], height: label.height + 12 + text.height };
}

/**
 * The figures (or the bottom line) sit on the bottom margin under a rule; the claim takes the room
 * above them: three lines, or two when two figure rows need the room.
 */
function claimCardLayout(card: ClaimShareCard, measure: Measure): DrawOp[] {
  const siteName = paragraph(card.siteName, { size: 28, weight: 700 }, { x: MARGIN.left, top: MARGIN.top + 7, width: CONTENT_WIDTH / 2, lines: 1, colour: SITE_COLOUR }, measure);
  const badge = pill(card.verdict, card.verdictLabel, 30, { right: MARGIN.right, top: MARGIN.top }, measure);
  const verdictCaption = caption('Verdict', badge.x - 16 - measure('VERDICT', CAPTION), MARGIN.top + 13, measure);

  // Laid out from the top first to learn its height, then moved down onto the bottom margin.
  const details = card.bottomLine === undefined ? figureRows(card, 0, measure) : bottomLineRows(card.bottomLine, 0, measure);
  const ruleY = MARGIN.bottom - details.height - 20;
  const bottom = details.ops.map((op) => ({ ...op, y: op.y + ruleY + 20 }));

  const size = CLAIM_SIZES.find(([maxLength]) => card.claim.length <= maxLength)![1];
  const largeLines = card.figures.length > 1 ? 2 : 3;
  const claim = paragraph(`“${card.claim}”`, { size, weight: 700 }, { x: MARGIN.left, top: MARGIN.top + 48 + 28, width: CONTENT_WIDTH, lines: Math.floor((largeLines * CLAIM_SIZES[0]![1]) / size) }, measure);

  return [
    { kind: 'rect', x: 0, y: 0, width: BAND, height: CARD_HEIGHT, colour: VERDICT_COLOURS[card.verdict] },
    ...siteName.ops,
    ...verdictCaption.ops,
    ...badge.ops,
    ...claim.ops,
    { kind: 'rect', x: MARGIN.left, y: ruleY, width: CONTENT_WIDTH, height: 2, colour: RULE },
    ...bottom,
  ];
}

function siteCardLayout(card: SiteShareCard, measure: Measure): DrawOp[] {
  const name = paragraph(card.siteName, { size: 88, weight: 700 }, { x: MARGIN.left, top: MARGIN.top + 40, width: CONTENT_WIDTH, lines: 1, colour: SITE_COLOUR }, measure);
  const tagline = paragraph(card.tagline, { size: 44, weight: 700 }, { x: MARGIN.left, top: MARGIN.top + 40 + name.height + 24, width: CONTENT_WIDTH, lines: 3, lineHeight: 1.25 }, measure);
  const badges: DrawOp[] = [];
  let left = MARGIN.left;
  for (const { verdict, label } of card.verdicts) {
    const badge = pill(verdict, label, 26, { left, top: MARGIN.bottom - 42 }, measure);
    badges.push(...badge.ops);
    left += badge.width + 14;
  }
  return [{ kind: 'rect', x: 0, y: 0, width: BAND, height: CARD_HEIGHT, colour: SITE_COLOUR }, ...name.ops, ...tagline.ops, ...badges];
}

export const shareCardLayout = (card: ShareCard, measure: Measure): DrawOp[] =>
  card.kind === 'site' ? siteCardLayout(card, measure) : claimCardLayout(card, measure);
