import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isFromContentScript, validateContentToBackground } from '../../utils/messaging/validate';
import { acceptPageReport, forgetTab, replayPendingVisits, tabNavigated } from './page-reports';
import { openPanelOnToolbarClick } from './toolbar';

function logFailure(what: string) {
  return (error: unknown) => console.error(`[On the Record] ${what} failed`, error);
}

// Content scripts are the only senders the background listens to; extension pages read
// storage and IndexedDB themselves.
function onMessage(message: unknown, sender: Browser.runtime.MessageSender): undefined {
  if (!isFromContentScript(sender) || !sender.tab?.id) {
    console.warn('[On the Record] ignored a message that did not come from our content script');
    return undefined;
  }
  const request = validateContentToBackground(message);
  if (request?.type === 'page-report') {
    const tab = { id: sender.tab.id, incognito: sender.tab.incognito };
    acceptPageReport(tab, request.page).catch(logFailure('storing the page report'));
  }
  return undefined;
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
