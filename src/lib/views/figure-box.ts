/**
 * The figure box of a claim page: each figure as the claim states it beside the figure the source
 * measured, with its model, condition, sample size, locator and how faithful the retelling is.
 */
import type { FindingFigure, Source, StatedFigure } from '../../schema/index.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { FIDELITY_LABELS, CONFIDENCE_LABELS } from './labels.ts';
import { formatValue } from '../numbers.ts';
import type { DeepLink } from '../deep-links/deep-link.ts';
import { figureDeepLink, figureSourceId } from '../deep-links/record-links.ts';
import { figureModelText } from './figure-model.ts';

export interface FigureBoxRow {
  stated: string;
  fidelity: StatedFigure['fidelity'];
  fidelityLabel: string;
  faithful: boolean;
  note: string | undefined;
  findingId: string;
  findingTitle: string;
  /** The source that prints the figure, where the locator points: the finding's own, or the one the figure names. */
  sourceId: string;
  source: Source;
  measured: string;
  measure: string;
  /** The model's name, "model not named by the source", or undefined for a figure about no single model. */
  modelName: string | undefined;
  condition: string;
  /** The sample behind the figure in words: "100 runs", "n = 500", "not reported". */
  sample: string;
  locator: string;
  quote: string | undefined;
  /** "Go to the sentence": the source opened where the figure is printed. */
  deepLink: DeepLink | undefined;
  confidence: string;
  /** True when the figure was read in the primary source itself. */
  confirmed: boolean;
}

/** "n = 100", "not reported" (n: null) or "" when the figure form has no sample (an amount). */
export function sampleOf(figure: FindingFigure): string {
  // No-break spaces keep "n = 100" on one line.
  if (figure.numerator !== undefined) return figure.denominator ? `n\u00a0=\u00a0${figure.denominator}` : 'total not reported';
  if (figure.percent !== undefined) return figure.n ? `n\u00a0=\u00a0${figure.n}` : 'n not reported';
  return '';
}

export function figureBox(kb: KnowledgeBase, claimId: string): FigureBoxRow[] {
  const claim = kb.claims.get(claimId);
  if (!claim) return [];
  return claim.statedFigures.flatMap((stated) => {
    const figure = kb.figure(stated.finding, stated.figure);
    const finding = kb.findings.get(stated.finding);
    if (!figure || !finding) return [];
    const fidelity = FIDELITY_LABELS[stated.fidelity];
    const sourceId = figureSourceId(kb, stated.finding, figure)!;
    return [
      {
        stated: stated.text,
        fidelity: stated.fidelity,
        fidelityLabel: fidelity.label,
        faithful: fidelity.faithful,
        note: stated.note,
        findingId: stated.finding,
        findingTitle: finding.title,
        sourceId,
        source: kb.sources.get(sourceId)!,
        measured: formatValue(figure),
        measure: figure.measure,
        modelName: figureModelText(kb, figure),
        condition: figure.condition,
        sample: sampleOf(figure),
        locator: figure.locator,
        quote: figure.quote,
        deepLink: figureDeepLink(kb, stated.finding, figure),
        confidence: CONFIDENCE_LABELS[figure.confidence],
        confirmed: figure.confidence === 'confirmed',
      },
    ];
  });
}
