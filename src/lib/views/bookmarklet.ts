/**
 * "Check this page": a bookmarklet that opens Claimtrail's search with the address of the page the
 * reader is on, where search looks the address up among every recorded appearance and source.
 * On the visited page it does one thing: read location.href and open a new tab.
 */
export function bookmarkletHref(searchPageUrl: string): string {
  const target = `${searchPageUrl}?q=`;
  const code = `void window.open(${JSON.stringify(target)}+encodeURIComponent(location.href),'_blank','noopener')`;
  // A javascript: URL is percent-decoded before it runs, so a literal % must be written %25.
  return `javascript:${code.replaceAll('%', '%25')}`;
}
