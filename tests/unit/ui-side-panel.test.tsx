import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanel } from '../../entrypoints/sidepanel/SidePanel';
import type { PageReport } from '../../utils/messaging/page-report';
import type { PanelToContent } from '../../utils/messaging/protocol';
import { isSiteDisabled, setSiteDisabled } from '../../utils/settings';
import { removeTabReport, setTabReport } from '../../utils/tab-reports';
import { click, mount, settle, type Mounted } from './ui-dom';

const TAB = 31;

function articleReport(title: string): PageReport {
  return {
    status: 'article',
    analysedAt: 1,
    meta: {
      url: 'https://www.saltmere-tribune.example/news/1',
      canonicalUrl: 'https://saltmere-tribune.example/news/1',
      site: 'saltmere-tribune.example',
      title,
    },
    report: {
      isArticle: true,
      title,
      sources: [
        {
          kind: 'anonymous',
          description: 'a harbour pilot',
          mentions: [{ sentence: 'A harbour pilot said the buoys had drifted.', paragraph: 3 }],
        },
      ],
      denials: [],
    },
  };
}

/** Replaces the fake browser's unimplemented tabs.sendMessage; returns the messages sent. */
function answerMessages(reply: (message: PanelToContent) => unknown): PanelToContent[] {
  const sent: PanelToContent[] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: PanelToContent) => {
    sent.push(message);
    return reply(message);
  }) as typeof fakeBrowser.tabs.sendMessage);
  return sent;
}

let view: Mounted | undefined;

/** Opens the panel pinned to a tab (as `?tab=` does), or following the active tab when `null`. */
async function openPanel(fixedTabId: number | null = TAB): Promise<Mounted> {
  view = mount(<SidePanel fixedTabId={fixedTabId ?? undefined} />);
  await settle();
  return view;
}

// Preact sets `checked` as an attribute on linkedom's inputs, as a property in browsers.
const isChecked = (input: HTMLElement) => (input as HTMLInputElement).checked ?? input.hasAttribute('checked');

const status = (v: Mounted) => v.all('[data-testid="status"]')[0]?.dataset.status;

beforeEach(() => fakeBrowser.reset());
afterEach(() => view?.unmount());

describe('SidePanel', () => {
  it('shows the stored report of its tab', async () => {
    await setTabReport(TAB, articleReport('Pilots warn of drifting buoys'));
    const v = await openPanel();
    expect(v.text('[data-testid="headline"]')).toBe('Pilots warn of drifting buoys');
    expect(v.text('.site-bar__name')).toBe('saltmere-tribune.example');
    expect(isChecked(v.one('[data-testid="site-switch"]'))).toBe(true);
  });

  it('switches the site the tab shows when a mirrored copy names another home', async () => {
    const mirrored = articleReport('Pilots warn of drifting buoys');
    if (mirrored.status === 'article') mirrored.meta.url = 'http://127.0.0.1:9000/mirror/1';
    await setTabReport(TAB, mirrored);
    answerMessages(() => undefined);
    const v = await openPanel();
    expect(v.text('.site-bar__site')).toBe('saltmere-tribune.example · read on 127.0.0.1');
    const toggle = v.one('[data-testid="site-switch"]') as HTMLInputElement;
    toggle.checked = false;
    await settle(() => toggle.dispatchEvent(new window.Event('change')));
    expect(await isSiteDisabled('127.0.0.1')).toBe(true);
    expect(await isSiteDisabled('saltmere-tribune.example')).toBe(false);
  });

  it('waits for the page, then follows the report as it is set and removed', async () => {
    const v = await openPanel();
    expect(status(v)).toBe('loading');
    await settle(() => setTabReport(TAB, articleReport('Buoys replaced')));
    expect(v.text('[data-testid="headline"]')).toBe('Buoys replaced');
    await settle(() => setTabReport(TAB, { status: 'not-article', url: 'https://saltmere-tribune.example/', analysedAt: 2 }));
    expect(status(v)).toBe('not-article');
    await settle(() => removeTabReport(TAB));
    expect(status(v)).toBe('loading');
  });

  it('follows the active tab of its own window only', async () => {
    const windowId = 4;
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 76, windowId, active: true } as Browser.tabs.Tab]);
    await setTabReport(76, articleReport('First tab article'));
    await setTabReport(77, articleReport('Second tab article'));
    const v = await openPanel(null);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(v.text('[data-testid="headline"]')).toBe('First tab article');

    await settle(() => fakeBrowser.tabs.onActivated.trigger({ tabId: 77, windowId }));
    expect(v.text('[data-testid="headline"]')).toBe('Second tab article');

    await settle(() => fakeBrowser.tabs.onActivated.trigger({ tabId: 76, windowId: windowId + 1 }));
    expect(v.text('[data-testid="headline"]')).toBe('Second tab article');
  });

  it('asks the page to highlight a chosen sentence and says quietly when it is gone', async () => {
    await setTabReport(TAB, articleReport('Pilots warn of drifting buoys'));
    const sent = answerMessages(() => ({ found: false }));
    const v = await openPanel();
    await settle(() => click(v.one('[data-testid="mention"]')));
    expect(sent).toEqual([{ type: 'highlight', sentence: 'A harbour pilot said the buoys had drifted.', paragraph: 3 }]);
    expect(v.text('[data-testid="notice"]')).toBe('That sentence could not be found in the page any more.');
  });

  it('marks the chosen sentence when the page shows it', async () => {
    await setTabReport(TAB, articleReport('Pilots warn of drifting buoys'));
    answerMessages(() => ({ found: true }));
    const v = await openPanel();
    await settle(() => click(v.one('[data-testid="mention"]')));
    expect(v.one('[data-testid="mention"]').dataset.active).toBe('true');
    expect(v.text('[data-testid="notice"]')).toBe('Highlighted in the page.');
  });

  it('explains instead of throwing when the page cannot be reached', async () => {
    await setTabReport(TAB, articleReport('Pilots warn of drifting buoys'));
    answerMessages(() => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const v = await openPanel();
    await settle(() => click(v.one('[data-testid="mention"]')));
    expect(v.text('[data-testid="notice"]')).toBe('Cannot reach the page. Reload the tab and try again.');
    expect(v.one('[data-testid="mention"]').dataset.active).toBeUndefined();
  });

  it('switches the site off, telling the page to clear and re-check', async () => {
    await setTabReport(TAB, articleReport('Pilots warn of drifting buoys'));
    const sent = answerMessages(() => undefined);
    const v = await openPanel();
    const toggle = v.one('[data-testid="site-switch"]') as HTMLInputElement;
    toggle.checked = false;
    await settle(() => toggle.dispatchEvent(new window.Event('change')));
    expect(await isSiteDisabled('saltmere-tribune.example')).toBe(true);
    expect(sent.map((m) => m.type)).toEqual(['clear-highlight', 'reanalyse']);
    expect(status(v)).toBe('disabled');
    expect(v.text('[data-testid="status"]')).toContain('Switched off on this site');
  });

  it('switches a disabled site back on from the status message and re-analyses', async () => {
    await setSiteDisabled('saltmere-tribune.example', true);
    await setTabReport(TAB, {
      status: 'disabled',
      url: 'https://saltmere-tribune.example/news/1',
      site: 'saltmere-tribune.example',
      analysedAt: 1,
    });
    const sent = answerMessages(() => undefined);
    const v = await openPanel();
    expect(status(v)).toBe('disabled');
    await settle(() => click(v.one('[data-testid="enable-site"]')));
    expect(await isSiteDisabled('saltmere-tribune.example')).toBe(false);
    expect(sent).toEqual([{ type: 'reanalyse' }]);
    expect(status(v)).toBe('loading');
  });

  it('opens the reading log in a tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const v = await openPanel();
    await settle(() => click(v.one('[data-testid="open-reading-log"]')));
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/reading-log.html') });
  });
});
