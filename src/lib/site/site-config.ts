/**
 * Where the project lives, for edit links and licence links. REPOSITORY_URL comes from the
 * environment so a fork links to itself.
 */
const fromEnv = typeof process !== 'undefined' ? process.env['REPOSITORY_URL'] : undefined;

export const REPOSITORY_URL = (fromEnv || 'https://github.com/claimtrail/claimtrail').replace(/\/+$/, '');
export const DEFAULT_BRANCH = 'main';
export const SITE_NAME = 'Claimtrail';

/** The page on the repository host that edits a file, e.g. content/claims/<id>.mdx. */
export function editUrl(path: string): string {
  return `${REPOSITORY_URL}/edit/${DEFAULT_BRANCH}/${path.replace(/^\//, '')}`;
}

/** The page on the repository host that shows a file. */
export function fileUrl(path: string): string {
  return `${REPOSITORY_URL}/blob/${DEFAULT_BRANCH}/${path.replace(/^\//, '')}`;
}

/** Where the site is served when SITE and BASE are not set (astro.config.mjs and the CLI agree on it). */
export const DEFAULT_LOCATION = { site: 'https://claimtrail.example.org', base: '/' } as const;

/** SITE and BASE from the environment, for commands that write absolute URLs outside the Astro build. */
export function locationFromEnv(env: Record<string, string | undefined> = process.env) {
  return { site: env['SITE'] || DEFAULT_LOCATION.site, base: env['BASE'] || DEFAULT_LOCATION.base };
}
