import { useEffect, useRef, useState } from 'preact/hooks';
import { mentionKey, type MentionRef } from './MentionButton';
import { highlightInTab, tellTab } from './tab-messages';

export interface Notice {
  text: string;
  tone: 'quiet' | 'error';
}

const NOTICES = {
  shown: { text: 'Highlighted in the page.', tone: 'quiet' },
  'not-found': { text: 'That sentence could not be found in the page any more.', tone: 'quiet' },
  unreachable: { text: 'Cannot reach the page. Reload the tab and try again.', tone: 'error' },
} as const satisfies Record<string, Notice>;

/** The chosen sentence and what happened when the panel asked the page to highlight it. */
export function useHighlight(tabId: number | undefined) {
  const [activeKey, setActiveKey] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  // Replies from a tab the reader has since left must not touch the panel.
  const currentTab = useRef(tabId);
  currentTab.current = tabId;

  useEffect(() => {
    setActiveKey(undefined);
    setNotice(undefined);
  }, [tabId]);

  const choose = async (mention: MentionRef) => {
    if (tabId === undefined) return;
    setActiveKey(mentionKey(mention));
    const outcome = await highlightInTab(tabId, mention);
    if (currentTab.current !== tabId) return;
    setNotice(NOTICES[outcome]);
    if (outcome !== 'shown') setActiveKey(undefined);
  };

  const clear = () => {
    if (tabId === undefined || activeKey === undefined) return;
    setActiveKey(undefined);
    setNotice(undefined);
    void tellTab(tabId, 'clear-highlight');
  };

  // Escape anywhere in the panel takes the highlight off the page.
  const clearOnEscape = useRef(clear);
  clearOnEscape.current = clear;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') clearOnEscape.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return { activeKey, notice, setNotice, choose, clear };
}
