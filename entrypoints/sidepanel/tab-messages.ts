import { browser } from 'wxt/browser';
import type { Mention } from '../../utils/analysis/report';
import type { HighlightReply, PanelToContent } from '../../utils/messaging/protocol';

export type HighlightOutcome = 'shown' | 'not-found' | 'unreachable';

/**
 * Messages the panel sends to the content script of a tab. None of them throws: a tab
 * without our content script (browser pages, tabs opened before install) just answers "unreachable".
 */
async function send(tabId: number, message: PanelToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

export async function highlightInTab(tabId: number, mention: Pick<Mention, 'sentence' | 'paragraph'>): Promise<HighlightOutcome> {
  try {
    const reply = (await send(tabId, { type: 'highlight', sentence: mention.sentence, paragraph: mention.paragraph })) as
      | HighlightReply
      | undefined;
    return reply?.found === true ? 'shown' : 'not-found';
  } catch {
    return 'unreachable';
  }
}

/** Returns whether the tab received the message. */
export async function tellTab(tabId: number, type: 'clear-highlight' | 'reanalyse'): Promise<boolean> {
  try {
    await send(tabId, { type });
    return true;
  } catch {
    return false;
  }
}
