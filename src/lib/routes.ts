/**
 * The one table of record kinds and their addresses: the singular noun of each collection, the
 * site path of every page (before BASE), and the file a maintainer edits. Folders and extensions
 * come from src/schema/index.ts; nothing else spells out a route or a record's path.
 */
import { RECORD_COLLECTIONS, type CollectionKind, type RecordKind } from '../schema/index.ts';

export const NOUNS: Record<CollectionKind, string> = {
  sources: 'source', findings: 'finding', claims: 'claim', reproductions: 'reproduction', models: 'model', topics: 'topic',
};

/** Site paths of the pages, before BASE (add it with href() on pages, absoluteUrl() in outputs). */
export const route = {
  home: '/',
  claims: '/claims/',
  findings: '/findings/',
  sources: '/sources/',
  models: '/models/',
  topics: '/topics/',
  claim: (id: string) => `/claims/${id}/`,
  /** A pre-rendered filter of the claims list, e.g. /claims/verdict/false/. */
  claimFacet: (facet: string, value: string) => `/claims/${facet}/${value}/`,
  finding: (id: string) => `/findings/${id}/`,
  /** Reproductions have no page of their own: they are listed on their finding's. */
  reproduction: (findingId: string, id: string) => `/findings/${findingId}/#reproduction-${id}`,
  source: (id: string) => `/sources/${id}/`,
  model: (id: string) => `/models/${id}/`,
  topic: (id: string) => `/topics/${id}/`,
  /** Share card images (Open Graph, Twitter): one per claim, and the site's for every other page. */
  claimShareCard: (id: string) => `/cards/claims/${id}.png`,
  siteShareCard: '/cards/site.png',
} as const;

const fileOf = (kind: RecordKind) => (id: string) => `content/${RECORD_COLLECTIONS[kind].dir}/${id}${RECORD_COLLECTIONS[kind].ext}`;

/** Record files in the repository, as maintainers edit them. */
export const recordFile = {
  claim: fileOf('claims'),
  finding: fileOf('findings'),
  source: fileOf('sources'),
  reproduction: fileOf('reproductions'),
} as const;
