/**
 * The toolbar button: opens the side panel (Chrome) or sidebar (Firefox), and its badge
 * shows how many sources the article in each tab has.
 */
import { browser } from 'wxt/browser';
import type { PageReport } from '../../utils/messaging/page-report';

interface BrowserWithSidebar {
  sidebarAction?: { toggle(): Promise<void> };
}

/** MV3 calls it `action`; Firefox's MV2 build has `browserAction`. */
function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

/** Makes a click on the toolbar button open the panel. Call synchronously at startup. */
export function openPanelOnToolbarClick(): void {
  if (browser.sidePanel) {
    browser.sidePanel
      .setPanelBehavior({ openPanelOnActionClick: true })
      .catch((error: unknown) => console.error('[On the Record] cannot open the side panel from the toolbar', error));
    return;
  }
  const { sidebarAction } = browser as typeof browser & BrowserWithSidebar;
  // Firefox allows toggle() only inside the click's user action, so no await before it.
  if (sidebarAction) toolbarButton().onClicked.addListener(() => void sidebarAction.toggle());
}

const BADGE_COLOUR = '#3b4a6b';

/** The number of sources on an article tab; nothing on other tabs. */
export async function showSourceCount(tabId: number, page: PageReport | undefined): Promise<void> {
  const button = toolbarButton();
  const text = page?.status === 'article' ? String(page.report.sources.length) : '';
  await button.setBadgeText({ tabId, text });
  if (text) await button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
}
