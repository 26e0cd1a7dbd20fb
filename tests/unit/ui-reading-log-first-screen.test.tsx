/**
 * A long reading log shows its newest entries before the whole log is read; searching,
 * totals and export wait for the rest. The store is replaced by one whose full read the
 * test releases, so the moment in between can be looked at.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VisitRecord } from '../../utils/history/visit';
import { mount, settle, type Mounted } from './ui-dom';

const NONE = { named: 0, organizations: 0, anonymous: 0, denials: 0, attributions: 0, anonymousShare: 0, names: [], descriptors: [] };

function visit(i: number): VisitRecord {
  const url = `https://saltmarsh-gazette.example/notice-${i}`;
  return { url, site: 'saltmarsh-gazette.example', title: `Tide notice ${i}`, firstVisit: i, lastVisit: i, visitCount: 1, summary: NONE };
}

// 120 visits, newest first.
const LOG = Array.from({ length: 120 }, (_, i) => visit(120 - i));
let releaseAll: () => void = () => undefined;

vi.mock('../../utils/history/store', () => ({
  listRecentVisits: vi.fn(async (limit: number) => LOG.slice(0, limit)),
  listVisits: vi.fn(() => new Promise<VisitRecord[]>((resolve) => (releaseAll = () => resolve(LOG)))),
  deleteVisit: vi.fn(),
  clearVisits: vi.fn(),
  importVisits: vi.fn(),
}));

const { ReadingLog } = await import('../../entrypoints/reading-log/ReadingLog');
const { PAGE_SIZE } = await import('../../entrypoints/reading-log/VisitList');
const { FIRST_SCREEN } = await import('../../entrypoints/reading-log/use-visits');

let view: Mounted | undefined;
afterEach(() => view?.unmount());

const shown = (v: Mounted) => v.all('li[data-testid="visit"]').map((li) => li.dataset.url);
const isDisabled = (v: Mounted, testId: string) => v.one(`[data-testid="${testId}"]`).hasAttribute('disabled');

describe('ReadingLog first screen', () => {
  it('shows the newest entries at once, then enables search, totals and export when the rest is read', async () => {
    const v = mount(<ReadingLog />);
    view = v;
    await settle();

    expect(shown(v)).toEqual(LOG.slice(0, FIRST_SCREEN).map((x) => x.url));
    expect(v.text('.log__count')).toBe(`The newest ${FIRST_SCREEN} articles; loading the rest…`);
    expect(isDisabled(v, 'search')).toBe(true);
    expect(isDisabled(v, 'site-filter')).toBe(true);
    expect(isDisabled(v, 'export')).toBe(true);
    expect(v.all('[data-testid="site-total"]')).toHaveLength(0);

    await settle(() => releaseAll());
    expect(shown(v)).toEqual(LOG.slice(0, PAGE_SIZE).map((x) => x.url));
    expect(v.text('.log__count')).toBe('120 articles, newest first');
    expect(v.text('.log__subtitle')).toBe('120 articles from 1 site. Kept only in this browser.');
    expect(isDisabled(v, 'search')).toBe(false);
    expect(isDisabled(v, 'export')).toBe(false);
    expect(v.all('[data-testid="site-total"]')).toHaveLength(1);
    expect(v.all('[data-testid="show-more"]')).toHaveLength(1);
  });
});
