import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatCount } from '../../components/format';
import type { VisitRecord } from '../../utils/history/visit';
import { VisitItem } from './VisitItem';

/** Rows rendered at first and added per "Show more": the log stays fast at 10,000 entries. */
export const PAGE_SIZE = 50;

export function VisitList(props: {
  visits: readonly VisitRecord[];
  /** Changes whenever the filter changes, so the list starts again from one page. */
  filterKey: string;
  onDelete: (visit: VisitRecord) => void;
}) {
  // The limit belongs to one filter: a new search starts from one page without an extra render.
  const [paging, setPaging] = useState({ filterKey: props.filterKey, limit: PAGE_SIZE });
  const limit = paging.filterKey === props.filterKey ? paging.limit : PAGE_SIZE;
  const shown = props.visits.slice(0, limit);
  const left = props.visits.length - shown.length;

  const list = useRef<HTMLOListElement>(null);
  const pendingDelete = useRef<{ url: string; row: number } | undefined>(undefined);
  const latest = useRef({ shown, onDelete: props.onDelete });
  latest.current = { shown, onDelete: props.onDelete };

  // Stable, so the memoised rows do not re-render when the list does.
  const deleteAndKeepFocus = useCallback((visit: VisitRecord) => {
    pendingDelete.current = { url: visit.url, row: latest.current.shown.indexOf(visit) };
    latest.current.onDelete(visit);
  }, []);

  // After a deletion, keep keyboard focus in the list instead of dropping it on the page body.
  useEffect(() => {
    const pending = pendingDelete.current;
    if (!pending || !list.current || shown.some((visit) => visit.url === pending.url)) return;
    pendingDelete.current = undefined;
    const links = list.current.querySelectorAll<HTMLElement>('.visit__title a');
    (links[Math.min(pending.row, links.length - 1)] ?? list.current).focus();
  });

  return (
    <>
      <ol class="visits" ref={list} tabIndex={-1} aria-label="Articles read, newest first">
        {shown.map((visit) => (
          <VisitItem key={visit.url} visit={visit} onDelete={deleteAndKeepFocus} />
        ))}
      </ol>
      {left > 0 && (
        <button
          type="button"
          class="button show-more"
          data-testid="show-more"
          onClick={() => setPaging({ filterKey: props.filterKey, limit: limit + PAGE_SIZE })}
        >
          Show {formatCount(Math.min(PAGE_SIZE, left))} more
          <span class="show-more__left"> · {formatCount(left)} not shown</span>
        </button>
      )}
    </>
  );
}
