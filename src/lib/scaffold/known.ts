/** What a new record can point at: the ids that exist, and the findings' figures, setting and topics. */
import { resolve } from 'node:path';
import type { CollectionKind } from '../../schema/index.ts';
import { isObject, loadContent } from '../records/load.ts';
import { vocabularyEntries, type NamedEntry } from '../records/vocabulary-names.ts';

export interface KnownFigure {
  id: string;
  model?: string;
  /** "79 of 100", "84 %", for the comment beside a stated figure. */
  value: string;
  /** A rate is restated as a percent, anything else as a count. */
  isPercent: boolean;
}

export interface KnownFinding {
  setting?: string;
  topics: string[];
  source?: string;
  figures: KnownFigure[];
}

export interface KnownRecords {
  ids: Record<CollectionKind, string[]>;
  findings: Map<string, KnownFinding>;
  /** content/models.yaml with names and aliases, so a model may be given by the name people know it by. */
  models: NamedEntry[];
}

export function knownRecords(contentDir: string): KnownRecords {
  const loaded = loadContent(resolve(contentDir), process.cwd());
  const ids: Record<CollectionKind, string[]> = { sources: [], findings: [], claims: [], reproductions: [], models: [], topics: [] };
  const findings = new Map<string, KnownFinding>();
  for (const { kind, id } of loaded.unreadable) ids[kind].push(id);
  for (const record of loaded.records) {
    ids[record.kind].push(record.id);
    if (record.kind === 'findings' && isObject(record.data)) findings.set(record.id, describeFinding(record.data));
  }
  for (const list of Object.values(ids)) list.sort();
  return { ids, findings, models: vocabularyEntries(loaded.records, 'models') };
}

function describeFinding(data: Record<string, unknown>): KnownFinding {
  const figures = (Array.isArray(data['figures']) ? data['figures'] : []).filter(isObject).flatMap((figure): KnownFigure[] => {
    if (typeof figure['id'] !== 'string') return [];
    const isPercent = typeof figure['percent'] === 'number' && typeof figure['numerator'] !== 'number';
    return [{ id: figure['id'], ...(typeof figure['model'] === 'string' && { model: figure['model'] }), value: figureValue(figure), isPercent }];
  });
  return {
    ...(typeof data['setting'] === 'string' && { setting: data['setting'] }),
    ...(typeof data['source'] === 'string' && { source: data['source'] }),
    topics: (Array.isArray(data['topics']) ? data['topics'] : []).filter((topic): topic is string => typeof topic === 'string'),
    figures,
  };
}

function figureValue(figure: Record<string, unknown>): string {
  const { numerator, denominator, percent, amount, unit } = figure;
  if (typeof numerator === 'number') return typeof denominator === 'number' ? `${numerator} of ${denominator}` : `${numerator}`;
  if (typeof percent === 'number') return `${percent} %`;
  if (typeof amount === 'number') return `${amount}${typeof unit === 'string' ? ` ${unit}` : ''}`;
  return 'no number';
}
