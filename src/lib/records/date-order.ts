/** The one date order of the site: YYYY, YYYY-MM and YYYY-MM-DD strings compare as text; undated always last. */
export function byDate(order: 'oldest-first' | 'newest-first') {
  return (a: string | undefined, b: string | undefined): number => {
    if (a && b) return order === 'oldest-first' ? a.localeCompare(b) : b.localeCompare(a);
    return a ? -1 : b ? 1 : 0;
  };
}
