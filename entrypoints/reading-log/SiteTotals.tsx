import { memo } from 'preact/compat';
import { useMemo, useState } from 'preact/hooks';
import { formatCount, formatShare } from '../../components/format';
import type { SiteTotal } from '../../utils/history/query';

export type TotalsOrder = 'site' | 'articles' | 'anonymous';

/** Sites alphabetically, or the most read / most anonymous first (ties alphabetically). */
export function sortSiteTotals(totals: readonly SiteTotal[], order: TotalsOrder): SiteTotal[] {
  const bySite = (a: SiteTotal, b: SiteTotal) => a.site.localeCompare(b.site);
  switch (order) {
    case 'site':
      return [...totals].sort(bySite);
    case 'articles':
      return [...totals].sort((a, b) => b.articles - a.articles || bySite(a, b));
    case 'anonymous':
      return [...totals].sort((a, b) => b.anonymousShare - a.anonymousShare || bySite(a, b));
  }
}

const COLUMNS: { order: TotalsOrder; label: string; numeric: boolean }[] = [
  { order: 'site', label: 'Site', numeric: false },
  { order: 'articles', label: 'Articles', numeric: true },
  { order: 'anonymous', label: 'Anonymous', numeric: false },
];

/** Per-site totals, to compare how much each site relies on anonymous sources. Choosing a site filters the log. */
export const SiteTotals = memo(function SiteTotals(props: {
  totals: readonly SiteTotal[];
  selectedSite: string;
  onSelectSite: (site: string) => void;
}) {
  const [order, setOrder] = useState<TotalsOrder>('articles');
  const rows = useMemo(() => sortSiteTotals(props.totals, order), [props.totals, order]);
  return (
    <section class="totals" aria-labelledby="totals-title">
      <h2 class="totals__title" id="totals-title">
        Sites compared
      </h2>
      <p class="totals__hint">How much of each site’s sourcing is anonymous, across the articles you read there.</p>
      <div class="totals__scroll">
        <table class="totals__table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column.order}
                  scope="col"
                  class={column.numeric ? 'num' : undefined}
                  aria-sort={order === column.order ? (column.order === 'site' ? 'ascending' : 'descending') : undefined}
                >
                  <button type="button" class="sort-button" onClick={() => setOrder(column.order)}>
                    {column.label}
                    {order === column.order && <span aria-hidden="true">{column.order === 'site' ? ' ↑' : ' ↓'}</span>}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((total) => {
              const selected = total.site === props.selectedSite;
              return (
                <tr
                  key={total.site}
                  data-testid="site-total"
                  data-site={total.site}
                  data-selected={selected ? 'true' : undefined}
                >
                  <th scope="row">
                    <button
                      type="button"
                      class="link-button"
                      aria-pressed={selected}
                      title={selected ? 'Show all sites' : `Show only ${total.site}`}
                      onClick={() => props.onSelectSite(selected ? '' : total.site)}
                    >
                      {total.site}
                    </button>
                  </th>
                  <td class="num">{formatCount(total.articles)}</td>
                  <td>
                    <span class="share-cell" data-kind="anonymous">
                      <span class="share__bar" aria-hidden="true">
                        <span style={{ width: `${Math.min(100, Math.max(0, total.anonymousShare * 100))}%` }} />
                      </span>
                      <span class="share-cell__value">{formatShare(total.anonymousShare)}</span>
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
});
