import { browser } from 'wxt/browser';
import { StatusMessage } from '../../components/StatusMessage';
import { ArticleView } from './ArticleView';
import { panelView, siteOfPage, type PanelView } from './panel-view';
import { SiteBar } from './SiteBar';
import { tellTab } from './tab-messages';
import { useCurrentTab } from './use-current-tab';
import { useHighlight, type Notice } from './use-highlight';
import { useSaveFailure } from './use-save-failure';
import { useSiteSwitch } from './use-site-switch';
import { useTabReport } from './use-tab-report';

/** The side panel (Chrome) / sidebar (Firefox): the sourcing of the article in the current tab. */
export function SidePanel({ fixedTabId }: { fixedTabId: number | undefined }) {
  const tab = useCurrentTab(fixedTabId);
  const tabId = tab.state === 'found' ? tab.tabId : undefined;
  const tabReport = useTabReport(tabId);
  const page = tabReport.state === 'loaded' ? tabReport.page : undefined;
  const site = page ? siteOfPage(page) : undefined;
  const siteSwitch = useSiteSwitch(site);
  const highlight = useHighlight(tabId);
  const view = panelView(tab, tabReport, siteSwitch.enabled);
  const saveFailure = useSaveFailure(tabId);

  const toggleSite = async (enabled: boolean) => {
    try {
      await siteSwitch.setEnabled(enabled);
    } catch {
      highlight.setNotice({ text: 'Could not save the setting for this site.', tone: 'error' });
      return;
    }
    if (tabId === undefined) return;
    if (!enabled) await tellTab(tabId, 'clear-highlight');
    // The content script reads the setting again and reports "disabled" or a fresh analysis.
    const reached = await tellTab(tabId, 'reanalyse');
    if (!reached && enabled) highlight.setNotice({ text: 'Reload the page to analyse it.', tone: 'quiet' });
  };

  const openReadingLog = () => {
    browser.tabs.create({ url: browser.runtime.getURL('/reading-log.html') }).catch(() => {
      highlight.setNotice({ text: 'Could not open the reading log.', tone: 'error' });
    });
  };

  return (
    <div class="panel">
      <header class="topbar">
        <p class="brand">
          <BrandMark />
          On the Record
        </p>
        <button
          type="button"
          class="button button--quiet topbar__link"
          data-testid="open-reading-log"
          title="Every article you read, searchable, in a new tab"
          onClick={openReadingLog}
        >
          <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
            <path
              d="M2.5 3h4a1.5 1.5 0 0 1 1.5 1.5V13a1.5 1.5 0 0 0-1.5-1.5h-4V3ZM13.5 3h-4A1.5 1.5 0 0 0 8 4.5V13a1.5 1.5 0 0 1 1.5-1.5h4V3Z"
              fill="none"
              stroke="currentColor"
              stroke-width="1.3"
              stroke-linejoin="round"
            />
          </svg>
          Reading log
        </button>
      </header>
      <main class="panel__body">
        {site !== undefined && (
          <SiteBar
            site={site}
            home={view.view === 'article' ? view.meta.site : undefined}
            published={view.view === 'article' ? view.meta.published : undefined}
            enabled={siteSwitch.enabled}
            onToggle={(enabled) => void toggleSite(enabled)}
          />
        )}
        {view.view === 'article' && saveFailure?.url === view.meta.canonicalUrl && (
          <p class="notice notice--error save-failure" data-testid="save-failure" role="alert">
            Could not save to your reading log: {saveFailure.message}
          </p>
        )}
        {view.view === 'article' ? (
          <ArticleView
            title={view.report.title || view.meta.title}
            report={view.report}
            empty={view.empty}
            activeKey={highlight.activeKey}
            onChoose={(mention) => void highlight.choose(mention)}
          />
        ) : (
          <PanelStatusMessage view={view} site={site} onEnable={() => void toggleSite(true)} />
        )}
      </main>
      <NoticeBar notice={highlight.notice} />
    </div>
  );
}

function PanelStatusMessage(props: {
  view: Extract<PanelView, { view: 'status' }>;
  site: string | undefined;
  onEnable: () => void;
}) {
  switch (props.view.status) {
    case 'loading':
      return (
        <StatusMessage
          status="loading"
          title="Waiting for the page…"
          detail="The sourcing appears once the article has loaded. Browser pages and PDFs are not read."
        />
      );
    case 'no-tab':
      return <StatusMessage status="no-tab" title="No tab to show" detail="Open a news article in this window." />;
    case 'not-article':
      return (
        <StatusMessage
          status="not-article"
          title="Not an article"
          detail="This page does not look like a news article, so nothing was analysed."
        />
      );
    case 'disabled':
      return (
        <StatusMessage
          status="disabled"
          title="Switched off on this site"
          detail={`On the Record does not read pages on ${props.site ?? 'this site'}.`}
        >
          <button type="button" class="button button--primary" data-testid="enable-site" onClick={props.onEnable}>
            Switch on and analyse
          </button>
        </StatusMessage>
      );
    case 'error':
      return (
        <StatusMessage
          status="error"
          title="Could not read this tab’s report"
          detail={props.view.message ?? 'Try reloading the page.'}
        />
      );
  }
}

/** A quiet live region for the outcome of highlighting and switching. */
function NoticeBar({ notice }: { notice: Notice | undefined }) {
  return (
    <div class="notice-bar" data-empty={notice ? undefined : 'true'}>
      <p
        class={notice?.tone === 'error' ? 'notice notice--error' : 'notice'}
        data-testid="notice"
        role="status"
        aria-live="polite"
      >
        {notice?.text}
      </p>
    </div>
  );
}

/** Four bars in the four kind colours: the colour key doubles as the logo. */
function BrandMark() {
  return (
    <svg class="brand__mark" viewBox="0 0 16 16" aria-hidden="true">
      <rect x="1" y="3" width="3" height="10" rx="1.5" fill="var(--kind-named)" />
      <rect x="5" y="5" width="3" height="8" rx="1.5" fill="var(--kind-organization)" />
      <rect x="9" y="7" width="3" height="6" rx="1.5" fill="var(--kind-anonymous)" />
      <rect x="13" y="9" width="2.5" height="4" rx="1.25" fill="var(--kind-denial)" />
    </svg>
  );
}
