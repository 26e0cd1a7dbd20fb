/** Builds a lookup set from a space-separated word list (compact to ship, quick to read). */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}
