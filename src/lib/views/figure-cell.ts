/**
 * One figure as a matrix cell or a chart label shows it: the number as printed, its sample and
 * interval in words, and its confidence as a mark that reads without colour.
 */
import type { FindingFigure } from '../../schema/index.ts';
import { formatPrinted } from '../numbers.ts';
import { sampleOf } from './figure-box.ts';
import { CONFIDENCE_LABELS, CONFIDENCE_MARKS, type Confidence } from './labels.ts';

export interface FigureCell {
  figureId: string;
  /** "79/100", "94.5%". */
  printed: string;
  /** "n = 100", "n not reported". */
  sample: string;
  /** "95% CI 93.0–95.8%" when the source prints an interval. */
  interval: string | undefined;
  confidence: Confidence;
  mark: string;
  confidenceLabel: string;
}

export function intervalOf(ci: FindingFigure['ci']): string | undefined {
  return ci ? `${ci.level}% CI ${ci.low}–${ci.high}%` : undefined;
}

export function figureCell(figure: FindingFigure): FigureCell {
  return {
    figureId: figure.id,
    printed: formatPrinted(figure),
    sample: sampleOf(figure),
    interval: intervalOf(figure.ci),
    confidence: figure.confidence,
    mark: CONFIDENCE_MARKS[figure.confidence],
    confidenceLabel: CONFIDENCE_LABELS[figure.confidence],
  };
}
