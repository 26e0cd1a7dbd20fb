/** Small text formatters shared by the side panel and the reading log. */

const numberFormat = new Intl.NumberFormat();
const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
// One formatter for every date on the page: building one per row is slow at 10,000 rows.
const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** `3, 'visit'` → "3 visits"; the plural defaults to the singular plus "s". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** A share in [0, 1] as a whole percentage; a share that is not zero never rounds down to "0%". */
export function formatShare(share: number): string {
  const clamped = Math.min(1, Math.max(0, share));
  if (clamped > 0 && clamped < 0.005) return `<${percentFormat.format(0.01)}`;
  return percentFormat.format(clamped);
}

/** A timestamp (ms) or ISO date as a short local date; '' when it cannot be read. */
export function formatDate(when: number | string): string {
  const date = new Date(when);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

/** File-name-safe local date, e.g. "2025-03-07". */
export function dateStamp(when: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}

/**
 * Splits `sentence` around the first occurrence of `quote` so the quoted words can be
 * emphasised; `undefined` when the quote is absent or not found.
 */
export function splitAroundQuote(
  sentence: string,
  quote: string | undefined,
): { before: string; quote: string; after: string } | undefined {
  if (!quote) return undefined;
  const at = sentence.indexOf(quote);
  if (at < 0) return undefined;
  return { before: sentence.slice(0, at), quote, after: sentence.slice(at + quote.length) };
}

/** What went wrong, as a sentence for the reader (an Error's message, or the thrown value). */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
