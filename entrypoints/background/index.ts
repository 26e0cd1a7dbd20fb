import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isFromContentScript, validateContentToBackground } from '../../utils/messaging/validate';
import { analyseArticleText } from './analyse-text';
import { acceptPageReport, forgetTab, replayPendingVisits, tabNavigated } from './page-reports';
import { openPanelOnToolbarClick } from './toolbar';

function logFailure(what: string) {
  return (error: unknown) => console.error(`[On the Record] ${what} failed`, error);
}

/**
 * Content scripts are the only senders the background listens to; extension pages read
 * storage and IndexedDB themselves. The answer comes once the report is kept and the visit
 * journaled or stored: a content script that gets none (the worker was stopped) sends again.
 */
function onMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<void> | undefined {
  if (!isFromContentScript(sender) || !sender.tab?.id) {
    console.warn('[On the Record] ignored a message that did not come from our content script');
    return undefined;
  }
  const request = validateContentToBackground(message);
  if (!request) return undefined;
  const tab = { id: sender.tab.id, incognito: sender.tab.incognito };
  try {
    const page = request.type === 'article-text' ? analyseArticleText(request.meta, request.paragraphs) : request.page;
    return acceptPageReport(tab, page).catch(logFailure('storing the page report'));
  } catch (error) {
    logFailure('analysing the article')(error);
    return undefined;
  }
}

export default defineBackground(() => {
  // Every listener is registered synchronously, so events that woke the worker are delivered.
  openPanelOnToolbarClick();
  browser.runtime.onMessage.addListener(onMessage);
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId).catch(logFailure('forgetting a closed tab'));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url !== undefined) tabNavigated(tabId, change.url).catch(logFailure('following a navigation'));
  });
  // A worker stopped between receiving a visit and storing it left the visit journaled.
  replayPendingVisits().catch(logFailure('writing the visits journaled before a restart'));
});
