/**
 * Absolute URLs for what leaves the site (feed, JSON-LD, data files). SITE and BASE come from the
 * environment, so every absolute URL is made here from both, never from SITE alone.
 */
export interface SiteLocation {
  /** The origin the site is served from, e.g. "https://example.org". */
  site: string;
  /** The sub-path the site lives under, e.g. "/" or "/claimtrail/". */
  base: string;
}

/** The path under the base, e.g. ("/claimtrail/", "/claims/x/") → "/claimtrail/claims/x/". */
export function basePath(base: string, path: string): string {
  const prefix = base.replace(/^\/*/, '/').replace(/\/*$/, '');
  return `${prefix}/${path.replace(/^\/+/, '')}`;
}

export function absoluteUrl(location: SiteLocation, path: string): string {
  return new URL(basePath(location.base, path), location.site).href;
}
