/**
 * Binary search over a sorted string array (the index's term lists and the glossary's spellings).
 */

/**
 * The first position in sorted `items` with `items[i] >= value` (`items.length` when there is none).
 * `items` must be sorted by the same `<` comparison (UTF-16 code units).
 */
export function lowerBound(items: readonly string[], value: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
