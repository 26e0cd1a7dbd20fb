/**
 * Small runtime checks shared by the message validators and the reading-log import.
 * Everything that crosses a trust boundary (a message, an imported file) is checked with
 * these before it is used, and copied field by field so unknown keys never travel on.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isBoundedString(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length <= maxLength;
}

/** A count or an index: a non-negative safe integer, at most `max`. */
export function isCount(value: unknown, max = Number.MAX_SAFE_INTEGER): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
}

/** Milliseconds since the epoch, as `Date.now()` gives them. */
export function isTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 8.64e15;
}

export function isBoundedArray(value: unknown, maxLength: number): value is unknown[] {
  return Array.isArray(value) && value.length <= maxLength;
}

export function isHttpUrl(value: unknown, maxLength: number): value is string {
  if (!isBoundedString(value, maxLength)) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Length of the value's JSON form, or Infinity if it has none (cycles, BigInt). */
export function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Copies an optional string field: `undefined` when absent, `null` when present but invalid,
 * so callers can reject the whole object on `null`.
 */
export function optionalString(value: unknown, maxLength: number): string | undefined | null {
  if (value === undefined) return undefined;
  return isBoundedString(value, maxLength) ? value : null;
}

/** Copies an array of bounded strings, or returns null if any entry (or the array) is invalid. */
export function stringArray(value: unknown, maxItems: number, maxLength: number): string[] | null {
  if (!isBoundedArray(value, maxItems)) return null;
  return value.every((item) => isBoundedString(item, maxLength)) ? [...(value as string[])] : null;
}
