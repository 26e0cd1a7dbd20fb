import { memo } from 'preact/compat';
import { formatDate, plural } from '../../components/format';
import type { VisitRecord } from '../../utils/history/visit';
import { SummaryChips } from './SummaryChips';

const NAMES_SHOWN = 6;

/** The first `max` items and how many were left out. */
export function capList<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** "Read 3 Mar 2025" or "First read 3 Mar 2025 · last 5 Mar 2025". */
export function readDates(visit: Pick<VisitRecord, 'firstVisit' | 'lastVisit'>): string {
  const first = formatDate(visit.firstVisit);
  const last = formatDate(visit.lastVisit);
  return first === last ? `Read ${first}` : `First read ${first} · last ${last}`;
}

/** One article in the reading log. Memoised: typing in the search box must not re-render every row. */
export const VisitItem = memo(function VisitItem(props: {
  visit: VisitRecord;
  onDelete: (visit: VisitRecord) => void;
}) {
  const { visit } = props;
  const title = visit.title || visit.url;
  const names = capList(visit.summary.names, NAMES_SHOWN);
  const descriptors = capList(visit.summary.descriptors, Math.max(2, NAMES_SHOWN - names.shown.length));
  return (
    <li class="visit" data-testid="visit" data-url={visit.url}>
      <div class="visit__body">
        <p class="visit__site">
          {visit.site}
          {visit.published && <span class="visit__published"> · published {formatDate(visit.published)}</span>}
        </p>
        <h3 class="visit__title">
          <a href={visit.url} rel="noreferrer" target="_blank">
            {title}
          </a>
        </h3>
        <p class="visit__dates">
          {readDates(visit)} · {plural(visit.visitCount, 'visit')}
        </p>
        <SummaryChips summary={visit.summary} />
        {(names.shown.length > 0 || descriptors.shown.length > 0) && (
          <dl class="visit__sources">
            {names.shown.length > 0 && (
              <div>
                <dt>On the record</dt>
                <dd>
                  {names.shown.join(', ')}
                  {names.more > 0 && ` and ${names.more} more`}
                </dd>
              </div>
            )}
            {descriptors.shown.length > 0 && (
              <div data-kind="anonymous">
                <dt>Anonymous</dt>
                <dd>
                  {descriptors.shown.join('; ')}
                  {descriptors.more > 0 && ` and ${descriptors.more} more`}
                </dd>
              </div>
            )}
          </dl>
        )}
      </div>
      <button
        type="button"
        class="button button--quiet visit__delete"
        data-testid="delete-visit"
        aria-label={`Delete “${title}” from the reading log`}
        title="Delete from the reading log"
        onClick={() => props.onDelete(visit)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" class="icon">
          <path
            d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5"
            fill="none"
            stroke="currentColor"
            stroke-width="1.4"
            stroke-linecap="round"
            stroke-linejoin="round"
          />
        </svg>
        <span class="visit__delete-label">Delete</span>
      </button>
    </li>
  );
});
