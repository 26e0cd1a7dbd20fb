import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageReport } from '../../utils/messaging/page-report';
import { getTabReport, removeTabReport, setTabReport, watchTabReport } from '../../utils/tab-reports';

const one: PageReport = { status: 'not-article', url: 'https://ledger.example/', analysedAt: 1 };
const two: PageReport = { status: 'disabled', url: 'https://ledger.example/a', site: 'ledger.example', analysedAt: 2 };

beforeEach(() => fakeBrowser.reset());

describe('tab reports', () => {
  it('keeps one report per tab in session storage', async () => {
    await setTabReport(1, one);
    await setTabReport(2, two);
    expect(await getTabReport(1)).toEqual(one);
    expect(await getTabReport(2)).toEqual(two);
    await removeTabReport(1);
    expect(await getTabReport(1)).toBeUndefined();
    expect(await getTabReport(2)).toEqual(two);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([]);
  });

  it('tells a watcher about its own tab only, until it unsubscribes', async () => {
    const seen = vi.fn();
    const stop = watchTabReport(1, seen);
    await setTabReport(2, two);
    await setTabReport(1, one);
    await removeTabReport(1);
    expect(seen.mock.calls).toEqual([[one], [undefined]]);
    stop();
    await setTabReport(1, two);
    expect(seen).toHaveBeenCalledTimes(2);
  });

  it('ignores the same key in another storage area', async () => {
    const seen = vi.fn();
    watchTabReport(1, seen);
    await fakeBrowser.storage.local.set({ 'tab-report:1': one });
    expect(seen).not.toHaveBeenCalled();
  });
});
