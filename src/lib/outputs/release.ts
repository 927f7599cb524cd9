/**
 * A citable release of the data: one zip per version tag holding the data package, the files it
 * describes, the JSON Schemas, the data changelog, the citation file and the content licence.
 * Built from the records directly (no site build), byte-identical for the same content and version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { KnowledgeBase } from '../records/knowledge-base.ts';
import type { SiteLocation } from '../site/site-url.ts';
import { REPOSITORY_URL } from '../site/site-config.ts';
import { DATA_VERSION, dataPackage } from './data-package.ts';
import { claimsCsv, figuresCsv } from './export-csv.ts';
import { claimsDocument, generatedDate } from './export-json.ts';
import { JSON_SCHEMA_KINDS, jsonSchemaText } from './json-schema.ts';

export const RELEASE_ARCHIVE_NAME = (version: string) => `claimtrail-data-${version}.zip`;
export const RELEASES_URL = `${REPOSITORY_URL}/releases`;

/** Project files copied into every archive as they are. */
export const RELEASE_PROJECT_FILES = ['DATA-CHANGELOG.md', 'CITATION.cff', 'LICENSE-CONTENT'] as const;

/** Every file of the archive by its path inside it. */
export function releaseFiles(kb: KnowledgeBase, location: SiteLocation, projectRoot: string): Record<string, string> {
  return {
    'datapackage.json': `${JSON.stringify(dataPackage(kb, location), null, 2)}\n`,
    'claims.json': `${JSON.stringify(claimsDocument(kb, location), null, 2)}\n`,
    'claims.csv': claimsCsv(kb, location),
    'figures.csv': figuresCsv(kb),
    ...Object.fromEntries(JSON_SCHEMA_KINDS.map((kind) => [`schemas/${kind}.schema.json`, jsonSchemaText(kind)])),
    ...Object.fromEntries(RELEASE_PROJECT_FILES.map((file) => [file, readFileSync(join(projectRoot, file), 'utf8')])),
  };
}

/** The zip, with every entry dated by the data's own date so the same content always gives the same bytes. */
export function releaseArchive(kb: KnowledgeBase, location: SiteLocation, projectRoot: string): { name: string; bytes: Uint8Array } {
  const mtime = new Date(`${generatedDate(kb)}T00:00:00Z`);
  const files = releaseFiles(kb, location, projectRoot);
  const entries: Zippable = Object.fromEntries(Object.keys(files).sort().map((path) => [path, [strToU8(files[path]!), { mtime }]]));
  return { name: RELEASE_ARCHIVE_NAME(DATA_VERSION), bytes: zipSync(entries, { level: 9 }) };
}
