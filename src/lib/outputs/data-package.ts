/**
 * /data/datapackage.json: a Frictionless Data Package (v2) describing every export, with a Table
 * Schema per CSV generated from the zod schemas (csv-dictionary.ts), so re-users read what each
 * column means, its type and its allowed values from one source of truth.
 * Spec: https://datapackage.org/standard/data-package/
 */
import packageJson from '../../../package.json' with { type: 'json' };
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import { absoluteUrl, type SiteLocation } from '../site/site-url.ts';
import { REPOSITORY_URL, SITE_NAME } from '../site/site-config.ts';
import { CLAIM_COLUMN_SCHEMAS, FIGURE_COLUMN_SCHEMAS } from './csv-dictionary.ts';
import { CLAIM_COLUMNS, FIGURE_COLUMNS } from './export-csv.ts';
import { CONTENT_LICENSE, EXPORT_SCHEMA_VERSION, generatedDate } from './export-json.ts';
import { tableSchema, type TableSchema } from './table-schema.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const DATA_PACKAGE_PATH = '/data/datapackage.json';

/** The release this build's data belongs to: package.json's version, tagged v<version> when released. */
export const DATA_VERSION: string = packageJson.version;

export const CSV_TABLE_SCHEMAS = {
  'claims.csv': tableSchema(CLAIM_COLUMNS, CLAIM_COLUMN_SCHEMAS),
  'figures.csv': tableSchema(FIGURE_COLUMNS, FIGURE_COLUMN_SCHEMAS),
} as const satisfies Record<string, TableSchema>;

const csvResource = (name: string, path: keyof typeof CSV_TABLE_SCHEMAS, title: string, description: string) => ({
  name,
  type: 'table',
  path,
  title,
  description,
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  dialect: { $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json', header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
  schema: CSV_TABLE_SCHEMAS[path],
});

/** Paths are relative to the package file, so the same package describes /data/ on the site and a release archive. */
export function dataPackage(kb: KnowledgeBase, location: SiteLocation) {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'claimtrail',
    id: absoluteUrl(location, DATA_PACKAGE_PATH),
    title: 'Claimtrail: public claims about AI self-preservation behaviour, checked against their primary sources',
    description:
      'Public claims about AI "self-preservation" behaviour (shutdown sabotage, blackmail in agentic tests, self-exfiltration, scheming), ' +
      'each with a verdict and the figures it states, compared with the findings of primary sources: model, exact condition, sample size, locator and quote.',
    version: DATA_VERSION,
    created: `${generatedDate(kb)}T00:00:00Z`,
    homepage: absoluteUrl(location, '/data/'),
    keywords: [...kb.topics.values()].map((topic) => topic.name),
    licenses: [{ name: CONTENT_LICENSE.id, path: CONTENT_LICENSE.url, title: 'Creative Commons Attribution 4.0 International' }],
    contributors: [{ title: `The ${SITE_NAME} contributors`, path: REPOSITORY_URL, roles: ['creator'] }],
    sources: [{ title: 'The primary sources and appearances each record names', path: absoluteUrl(location, '/sources/') }],
    resources: [
      {
        name: 'claims-json',
        path: 'claims.json',
        title: 'Every record',
        description: `Every claim, finding, source, reproduction, model and topic, with references resolved and the statuses the site derives. schemaVersion ${EXPORT_SCHEMA_VERSION}; see DATA-CHANGELOG.md.`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      },
      csvResource('claims', 'claims.csv', 'Claims', 'One row per claim. List cells are joined with "; ".'),
      csvResource('figures', 'figures.csv', 'Figures', 'One row per figure of every finding, with its model, exact condition, sample size, locator and quote.'),
    ],
  };
}

export type DataPackage = ReturnType<typeof dataPackage>;
