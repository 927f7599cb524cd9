/**
 * One key per web address, however it was copied: scheme, `www.` and mobile subdomains, a trailing
 * slash, tracking parameters, AMP paths, `twitter.com` for `x.com` and Wayback copies all give the
 * key of the page itself. Search looks pasted addresses up by it (a bookmarklet may reuse it).
 */

/** Parameters that say where a click came from, never which page it is. */
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|igsh|mkt_tok|_ga|_gl|yclid|twclid|ref_src|ref_url|smid|cmpid|ocid|guccounter|guce_.*|share|si|s|t|src|ref|amp|outputtype|cid|sr_share|mod)$/i;
const MOBILE_OR_WWW = /^(www\d*|m|mobile|amp)\./;
const AMP_CACHE = /^[^/]+\.cdn\.ampproject\.org$/;
const TWITTER_HOSTS = new Set(['twitter.com', 'x.com', 'fxtwitter.com', 'vxtwitter.com', 'fixupx.com']);

function parse(text: string): URL | undefined {
  const trimmed = text.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed.replace(/^\/\//, '')}`;
  try {
    const url = new URL(withScheme);
    // "mailto:a@b.org" read with "https://" in front would be a login to b.org: no page has one.
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A Wayback copy or an AMP cache address stands for the page it copies. */
function unwrap(url: URL): URL {
  if (url.hostname === 'web.archive.org') {
    const inner = url.pathname.match(/^\/web\/[^/]+\/(.+)$/);
    const page = inner && parse(`${inner[1]}${url.search}`);
    if (page) return unwrap(page);
  }
  if (AMP_CACHE.test(url.hostname)) {
    const inner = url.pathname.match(/^\/[a-z]\/(?:s\/)?(.+)$/);
    const page = inner && parse(`${inner[1]}${url.search}`);
    if (page) return page;
  }
  return url;
}

function cleanPath(path: string): string {
  const withoutAmp = path.replace(/\/amp(?=\/|$)/gi, '').replace(/\.amp(?=\.html?$|$)/i, '');
  return withoutAmp.replace(/\/+$/, '') || '/';
}

/**
 * "https://www.example.com/story/?utm_source=x#top" → "example.com/story". Posts on X keep only
 * their number ("x.com/i/status/123"); other query parameters are kept, sorted. Undefined when the
 * text is not a web address.
 */
export function urlKey(text: string): string | undefined {
  const parsed = parse(text);
  // A host with a top-level domain: "79/100" would otherwise read as the address 0.0.0.79.
  if (!parsed || !/\.[a-z][a-z0-9-]*\.?$/i.test(parsed.hostname)) return undefined;
  const url = unwrap(parsed);
  const host = url.hostname.toLowerCase().replace(/\.$/, '').replace(MOBILE_OR_WWW, '');
  if (TWITTER_HOSTS.has(host)) {
    const status = url.pathname.match(/\/status(?:es)?\/(\d+)/);
    if (status) return `x.com/i/status/${status[1]}`;
    return `x.com${cleanPath(url.pathname.toLowerCase())}`;
  }
  const params = [...url.searchParams].filter(([name]) => !TRACKING.test(name)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  const path = cleanPath(url.pathname);
  return `${host}${path === '/' ? '' : path}${query}`;
}

// An address as people paste it: with a scheme, or starting "www.", or a domain followed by a path.
const ADDRESS = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\/[^\s<>"]*/gi;

/** The web addresses in a text, as written (trailing punctuation left out), in order. */
export function addressesIn(text: string): string[] {
  return [...text.matchAll(ADDRESS)].map((match) => match[0].replace(/[).,;:!?'"»”’]+$/, '')).filter((address) => urlKey(address) !== undefined);
}
