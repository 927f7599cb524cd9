/** Binary search over sorted lists: postings, the word list, shard and chunk starts, the top results. */

/**
 * The first position in [0, length) at which `after` holds, or `length` when it never does.
 * `after` must be false for a prefix of the positions and true for the rest.
 */
export function partitionPoint(length: number, after: (position: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (after(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Where `value` sits in a sorted list of record numbers, or -1. */
export function indexOfSorted(sorted: Int32Array, value: number): number {
  const at = partitionPoint(sorted.length, (i) => sorted[i]! >= value);
  return sorted[at] === value ? at : -1;
}

/** The index of the last entry of a sorted list that is at or before `value` (0 when none is). */
export function lastAtOrBefore<T extends string | number>(sorted: readonly T[], value: T): number {
  return Math.max(0, partitionPoint(sorted.length, (i) => sorted[i]! > value) - 1);
}
