/**
 * User Timing measures of the reading log, cheap enough to leave on; `npm run bench` reads them
 * (scripts/bench/reading-log.ts):
 *  - `otr:reading-log-first-render`: from the page's script starting (`markAppStart`) to the
 *    first rows in the DOM, once per page load, `detail: { shown, loaded, sinceNavigationMs }`
 *    (the last from navigation start, so including the browser's loading of the page);
 *  - `otr:search`: from a keystroke in the search box to the list updated, `detail: { matches }`.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';

const APP_START = 'otr:reading-log-start';

/** Call first thing when the page's script runs. */
export function markAppStart(): void {
  performance.mark(APP_START);
}

/** Measures the first render that shows `shown` rows of the `loaded` entries (nothing while there is none). */
export function useFirstRowsMeasure(shown: number, loaded: number): void {
  const measured = useRef(false);
  useLayoutEffect(() => {
    if (measured.current || shown === 0) return;
    measured.current = true;
    const now = performance.now();
    const start = performance.getEntriesByName(APP_START, 'mark')[0]?.startTime ?? 0;
    performance.measure('otr:reading-log-first-render', { start, end: now, detail: { shown, loaded, sinceNavigationMs: now } });
  }, [shown, loaded]);
}

/**
 * Times keystrokes: call `typed(event)` from the input handler; the measure ends when the
 * render that follows commits the new `matches`.
 */
export function useKeystrokeMeasure(matches: readonly unknown[]): { typed(event: Event): void } {
  const typedAt = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    const start = typedAt.current;
    if (start === undefined) return;
    typedAt.current = undefined;
    performance.measure('otr:search', { start, end: performance.now(), detail: { matches: matches.length } });
  }, [matches]);
  return {
    typed(event) {
      typedAt.current = event.timeStamp;
    },
  };
}
