/**
 * The one date order of the site, for YYYY, YYYY-MM and YYYY-MM-DD strings; undated always last.
 *
 * Two calendar periods are either apart, and then their text order is their time order, or one holds
 * the other ("2026" holds "2026-05"). Then the more precise date comes first in both orders: "2026" is
 * not known to be earlier than May 2026, nor later, and "first seen" must be a date the record
 * establishes (`2026-05` ends before `2026` does).
 */
export function byDate(order: 'oldest-first' | 'newest-first') {
  return (a: string | undefined, b: string | undefined): number => {
    if (!a || !b) return a ? -1 : b ? 1 : 0;
    if (a !== b && (a.startsWith(b) || b.startsWith(a))) return b.length - a.length;
    return order === 'oldest-first' ? a.localeCompare(b) : b.localeCompare(a);
  };
}

/** The two orders every listing uses. */
export const oldestFirst = byDate('oldest-first');
export const newestFirst = byDate('newest-first');
