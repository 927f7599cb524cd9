/**
 * Which model a figure is about, in words. Two cases have no model id and must not be confused: a
 * figure about one model the source leaves unnamed, and a figure about no single model (an amount,
 * a rate pooled over several models).
 */
import type { FindingFigure } from '../../schema/index.ts';
import type { KnowledgeBase } from '../records/knowledge-base.ts';

export const MODEL_STATUSES = ['named', 'not-named', 'not-one-model'] as const;
export type ModelStatus = (typeof MODEL_STATUSES)[number];

export const MODEL_STATUS_TEXT: Readonly<Record<Exclude<ModelStatus, 'named'>, string>> = {
  'not-named': 'Model not named by the source',
  'not-one-model': 'Not one model',
};

/** The status inside a sentence: "model not named by the source", "not one model". */
export function modelStatusWords(status: Exclude<ModelStatus, 'named'>): string {
  return MODEL_STATUS_TEXT[status].toLowerCase();
}

type FigureModel = Pick<FindingFigure, 'model' | 'modelNotNamed'>;

export function modelStatusOf(figure: FigureModel): ModelStatus {
  if (figure.model !== undefined) return 'named';
  return figure.modelNotNamed ? 'not-named' : 'not-one-model';
}

/** A figure's model by name; figures not about one model (a pooled rate, an amount) have none. */
export function modelNameOf(kb: KnowledgeBase, modelId: string | undefined): string | undefined {
  return modelId === undefined ? undefined : (kb.models.get(modelId)?.name ?? modelId);
}

/** A row or chart label for a figure's model: its name, "Model not named by the source" or "Not one model". */
export function modelLabelOf(kb: KnowledgeBase, figure: FigureModel): string {
  const status = modelStatusOf(figure);
  return status === 'named' ? modelNameOf(kb, figure.model)! : MODEL_STATUS_TEXT[status];
}

/**
 * The model's name, or "model not named by the source"; undefined for a figure about no single
 * model, which says so only where a column needs a value (`MODEL_STATUS_TEXT['not-one-model']`).
 */
export function figureModelText(kb: KnowledgeBase, figure: FigureModel): string | undefined {
  const status = modelStatusOf(figure);
  if (status === 'named') return modelNameOf(kb, figure.model);
  return status === 'not-named' ? modelStatusWords('not-named') : undefined;
}
