/**
 * "How this number travelled": for each figure a claim states, the primary source and every
 * appearance of any claim restating that figure, by date, each marked faithful or by how it drifted.
 */
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { figureModelText } from './figure-model.ts';
import { CONFIDENCE_LABELS, FIDELITY_LABELS } from './labels.ts';
import { figureDeepLink } from '../deep-links/record-links.ts';
import { formatValue } from '../numbers.ts';
import type { DeepLink } from '../deep-links/deep-link.ts';
import { deepLink } from '../deep-links/deep-link.ts';

export interface TravelStop {
  /** Undefined when the source's date is unknown. */
  date: string | undefined;
  sourceId: string;
  sourceTitle: string;
  publisher: string;
  /** The words used at this stop: the source's quote, or the retelling's wording. */
  words: string | undefined;
  /** Where the figure is printed, for the origin. */
  locator: string | undefined;
  /** The source opened at these words, where they can be aimed at. */
  deepLink: DeepLink | undefined;
  /** "Primary source", "Faithful" or the drift, e.g. "Condition dropped". */
  mark: string;
  kind: 'origin' | 'faithful' | 'drifted';
  /** The claim record a retelling belongs to; undefined for the origin. */
  claimId: string | undefined;
}

export interface Journey {
  /** What travelled, e.g. "79/100 (79%), OpenAI o3". */
  figure: string;
  condition: string;
  stops: TravelStop[];
}

export function journeysOf(kb: KnowledgeBase, claimId: string): Journey[] {
  const claim = kb.claims.get(claimId);
  if (!claim) return [];
  const seen = new Set<string>();
  const journeys: Journey[] = [];
  for (const stated of claim.statedFigures) {
    const key = `${stated.finding}#${stated.figure}`;
    const figure = kb.figure(stated.finding, stated.figure);
    if (seen.has(key) || !figure) continue;
    seen.add(key);
    const stops = kb.timeline(stated.finding, stated.figure).map((event): TravelStop => {
      const common = { date: event.date, sourceId: event.source.id, sourceTitle: event.source.data.title, publisher: event.source.data.publisher };
      if (event.kind === 'source') {
        return {
          ...common,
          words: event.figure.quote,
          locator: event.figure.locator,
          deepLink: figureDeepLink(kb, stated.finding, event.figure),
          // The words are the source's own only when they were read in it.
          mark: event.figure.confidence === 'confirmed' ? 'Primary source' : `Primary source (${CONFIDENCE_LABELS[event.figure.confidence].toLowerCase()})`,
          kind: 'origin',
          claimId: undefined,
        };
      }
      const fidelity = FIDELITY_LABELS[event.stated.fidelity];
      return {
        ...common,
        words: event.wording,
        locator: undefined,
        deepLink: deepLink(event.source.data, { quote: event.wording, page: event.page }),
        mark: fidelity.faithful ? `Faithful (${fidelity.label.toLowerCase()})` : fidelity.label,
        kind: fidelity.faithful ? 'faithful' : 'drifted',
        claimId: event.claim.id,
      };
    });
    const model = figureModelText(kb, figure);
    journeys.push({ figure: model ? `${formatValue(figure)}, ${model}` : formatValue(figure), condition: figure.condition, stops });
  }
  return journeys;
}
