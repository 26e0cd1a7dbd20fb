import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { dateStamp, errorText, formatCount, plural } from '../../components/format';
import { prepareSearch, searchVisits, siteTotals, sitesOf } from '../../utils/history/query';
import { exportVisits } from '../../utils/history/transfer';
import type { VisitRecord } from '../../utils/history/visit';
import { downloadText } from './download';
import { LogActions } from './LogActions';
import { useFirstRowsMeasure, useKeystrokeMeasure } from './timing';
import { SiteTotals } from './SiteTotals';
import { useVisits } from './use-visits';
import { VisitList } from './VisitList';

const NO_VISITS: VisitRecord[] = [];

/** The reading log: every article read, searchable, comparable by site, exportable. */
export function ReadingLog() {
  const { visits, remove, clear, importJson } = useVisits();
  const [query, setQuery] = useState('');
  const [site, setSite] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);

  const all = visits.state === 'ready' ? visits.visits : NO_VISITS;
  // While only the newest entries are loaded, the log shows them; searching, totals and
  // export wait for the rest (a moment later).
  const complete = visits.state === 'ready' && visits.complete;
  // Computed once per change of the log, not per keystroke.
  const sites = useMemo(() => sitesOf(all), [all]);
  const totals = useMemo(() => siteTotals(all), [all]);
  const matches = useMemo(() => searchVisits(all, query, site || undefined), [all, query, site]);
  const filtered = query.trim() !== '' || site !== '';
  // Fold every entry's text while the reader has not typed yet, so the first keystroke is as quick as the next.
  useEffect(() => {
    if (!complete) return undefined;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 0));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => prepareSearch(all));
    return () => cancel(handle);
  }, [all, complete]);
  useFirstRowsMeasure(matches.length, all.length);
  const keystroke = useKeystrokeMeasure(matches);

  /** Runs a change to the log; shows its outcome, or why it failed after `failing` ("Could not …"). */
  const act = async (failing: string, action: () => Promise<string | undefined>) => {
    setError(undefined);
    setMessage(undefined);
    try {
      setMessage(await action());
    } catch (failure) {
      setError(`${failing}: ${errorText(failure)}`);
    }
  };

  const onDelete = useCallback(
    (visit: VisitRecord) =>
      void act('Could not delete the entry', async () => {
        await remove(visit.url);
        return `Deleted “${visit.title || visit.url}”.`;
      }),
    [remove],
  );

  const onClearAll = () => {
    if (!window.confirm(`Delete all ${plural(all.length, 'article')} from your reading log? This cannot be undone.`)) return;
    void act('Could not clear the reading log', async () => {
      await clear();
      setQuery('');
      setSite('');
      return 'The reading log is empty.';
    });
  };

  const onExport = () =>
    void act('Could not export the reading log', async () => {
      downloadText(`on-the-record-reading-log-${dateStamp(new Date())}.json`, exportVisits(all));
      return `Exported ${plural(all.length, 'article')}.`;
    });

  const onImportFile = (file: File) =>
    void act(`Could not import ${file.name}`, async () => {
      const count = await importJson(await file.text());
      return `Imported ${plural(count, 'article')} from ${file.name}.`;
    });

  return (
    <div class="log">
      <header class="log__header">
        <div class="log__heading">
          <p class="log__brand">On the Record</p>
          <h1 class="log__title">Reading log</h1>
          <p class="log__subtitle">
            {complete && all.length > 0
              ? `${plural(all.length, 'article')} from ${plural(sites.length, 'site')}. Kept only in this browser.`
              : 'Kept only in this browser.'}
          </p>
        </div>
        <LogActions hasEntries={complete && all.length > 0} onExport={onExport} onImportFile={onImportFile} onClearAll={onClearAll} />
      </header>

      {(error || visits.state === 'error') && (
        <div class="alert" role="alert" data-testid="error">
          <p>{error ?? (visits.state === 'error' ? `Could not read the reading log: ${visits.message}` : '')}</p>
          {error && (
            <button type="button" class="button button--quiet" onClick={() => setError(undefined)}>
              Dismiss
            </button>
          )}
        </div>
      )}
      <p class="log__message" role="status">
        {message}
      </p>

      {visits.state === 'loading' && <p class="log__loading">Loading your reading log…</p>}

      {visits.state === 'ready' && all.length === 0 && (
        <div class="empty" data-testid="empty">
          <p class="empty__title">Your reading log is empty</p>
          <p>
            Articles you read with On the Record appear here, with who speaks in each. You can also import a log you
            exported before.
          </p>
        </div>
      )}

      {all.length > 0 && (
        <div class="log__layout">
          <main class="log__main">
            <div class="filters" role="search">
              <label class="field field--grow">
                <span class="field__label">Search</span>
                <input
                  type="search"
                  class="input"
                  data-testid="search"
                  placeholder="Headline, site or source"
                  disabled={!complete}
                  value={query}
                  onInput={(event) => {
                    keystroke.typed(event);
                    setQuery(event.currentTarget.value);
                  }}
                />
              </label>
              <label class="field">
                <span class="field__label">Site</span>
                <select
                  class="input"
                  data-testid="site-filter"
                  disabled={!complete}
                  value={site}
                  onChange={(event) => setSite(event.currentTarget.value)}
                >
                  <option value="">All sites</option>
                  {sites.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <p class="log__count" aria-live="polite">
              {!complete
                ? `The newest ${plural(all.length, 'article')}; loading the rest…`
                : filtered
                  ? `${plural(matches.length, 'article')} of ${formatCount(all.length)} match`
                  : `${plural(all.length, 'article')}, newest first`}
            </p>
            {matches.length === 0 ? (
              <div class="empty" data-testid="empty">
                <p class="empty__title">No articles match</p>
                <button
                  type="button"
                  class="button"
                  onClick={() => {
                    setQuery('');
                    setSite('');
                  }}
                >
                  Show all articles
                </button>
              </div>
            ) : (
              <VisitList visits={matches} filterKey={`${site}\n${query}`} onDelete={onDelete} />
            )}
          </main>
          <aside class="log__aside">
            {complete && <SiteTotals totals={totals} selectedSite={site} onSelectSite={setSite} />}
          </aside>
        </div>
      )}
    </div>
  );
}
