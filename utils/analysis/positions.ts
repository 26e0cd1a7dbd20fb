/**
 * Sorted lists of sentence indices ("where was this name seen?"), with logarithmic look-ups,
 * so that resolving a name stays cheap however often an article repeats it.
 */

/** Adds `at` to the sorted list `list`, once. */
export function addPosition(list: number[], at: number): void {
  if (list.length === 0 || list[list.length - 1]! < at) {
    list.push(at);
    return;
  }
  const i = firstAbove(list, at - 1);
  if (list[i] !== at) list.splice(i, 0, at);
}

/** The largest index in `list` that is at most `at`, or -1. */
export function lastAtOrBefore(list: number[], at: number): number {
  const i = firstAbove(list, at);
  return i > 0 ? list[i - 1]! : -1;
}

/** Index of the first element greater than `at`. */
function firstAbove(list: number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
