import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_SIZE } from '../../entrypoints/reading-log/VisitList';
import { ReadingLog } from '../../entrypoints/reading-log/ReadingLog';
import type { SourcingSummary } from '../../utils/analysis/report';
import { clearVisits, listVisits, recordVisit } from '../../utils/history/store';
import { click, mount, settle, squash, type Mounted } from './ui-dom';

const DAY = 86_400_000;
const T0 = Date.UTC(2030, 4, 1, 9);

function summary(names: string[], descriptors: string[] = []): SourcingSummary {
  const attributions = names.length + descriptors.length;
  return {
    named: names.length,
    organizations: 0,
    anonymous: descriptors.length,
    denials: 0,
    attributions,
    anonymousShare: attributions === 0 ? 0 : descriptors.length / attributions,
    names,
    descriptors,
  };
}

/** Records a visit to an invented article, read on day `day` after T0. */
async function read(site: string, slug: string, title: string, day: number, s = summary([])): Promise<string> {
  const url = `https://${site}/${slug}`;
  await recordVisit({ url, canonicalUrl: url, site, title }, s, T0 + day * DAY);
  return url;
}

let view: Mounted | undefined;

/** Mounts the log and lets it read everything (the newest rows first, then the whole log). */
async function openLog(): Promise<Mounted> {
  const v = mount(<ReadingLog />);
  view = v;
  const reading = () => /Loading your reading log|loading the rest/.test(v.root.textContent ?? '');
  // fake-indexeddb answers one cursor step per turn of the event loop.
  for (let round = 0; round < 100 && (round === 0 || reading()); round++) await settle();
  return v;
}

const shownUrls = (v: Mounted) => v.all('li[data-testid="visit"]').map((li) => li.dataset.url);

async function type(v: Mounted, selector: string, value: string, event = 'input') {
  const field = v.one(selector);
  // linkedom's <select> has a read-only `value`; the handler only reads it.
  Object.defineProperty(field, 'value', { value, configurable: true, writable: true });
  await settle(() => field.dispatchEvent(new window.Event(event)));
}

beforeEach(async () => {
  await clearVisits();
});
afterEach(() => view?.unmount());

describe('ReadingLog', () => {
  it('says so when nothing has been read, with nothing to export or clear', async () => {
    const v = await openLog();
    expect(v.text('[data-testid="empty"]')).toContain('Your reading log is empty');
    expect(v.one('[data-testid="export"]').hasAttribute('disabled')).toBe(true);
    expect(v.one('[data-testid="clear-all"]').hasAttribute('disabled')).toBe(true);
  });

  it('lists articles newest first, each with its link, dates, visits and sources', async () => {
    const older = await read('wexford-ledger.example', 'canal', 'Canal locks reopen', 0, summary(['Bryn Tally'], ['a lock keeper']));
    const newer = await read('pellham-star.example', 'mill', 'Old mill becomes a school', 2, summary(['Anouk Veit']));
    const v = await openLog();
    expect(shownUrls(v)).toEqual([newer, older]);

    const entry = v.one(`li[data-url="${older}"]`);
    const link = entry.querySelector('a');
    expect(link?.getAttribute('href')).toBe(older);
    expect(link?.getAttribute('rel')).toBe('noreferrer');
    expect(squash(link?.textContent ?? '')).toBe('Canal locks reopen');
    const text = squash(entry.textContent ?? '');
    expect(text).toContain('wexford-ledger.example');
    expect(text).toContain('1 visit');
    expect(text).toContain('1 named');
    expect(text).toContain('1 anonymous (50%)');
    expect(text).toContain('Bryn Tally');
    expect(text).toContain('a lock keeper');
  });

  it('compares sites and filters by site from the select', async () => {
    await read('wexford-ledger.example', 'a', 'Ferry strike ends', 0, summary([], ['a union official']));
    await read('wexford-ledger.example', 'b', 'Harbour dredging begins', 1, summary(['Colm Ardagh']));
    const pellham = await read('pellham-star.example', 'c', 'Bakery wins award', 2, summary(['Ines Marr']));
    const v = await openLog();

    const row = v.one('[data-testid="site-total"][data-site="wexford-ledger.example"]');
    const cells = [...row.querySelectorAll('th, td')].map((cell) => squash(cell.textContent ?? ''));
    expect(cells).toEqual(['wexford-ledger.example', '2', '50%']);
    expect(v.all('select[data-testid="site-filter"] option').map((o) => o.getAttribute('value'))).toEqual([
      '',
      'pellham-star.example',
      'wexford-ledger.example',
    ]);

    await type(v, 'select[data-testid="site-filter"]', 'pellham-star.example', 'change');
    expect(shownUrls(v)).toEqual([pellham]);
  });

  it('searches headlines, sites and source names as the reader types', async () => {
    const ferry = await read('wexford-ledger.example', 'a', 'Ferry strike ends', 0, summary([], ['a union official']));
    const bakery = await read('pellham-star.example', 'b', 'Bakery wins award', 1, summary(['Ines Marr']));
    const v = await openLog();

    await type(v, 'input[data-testid="search"]', 'ferry');
    expect(shownUrls(v)).toEqual([ferry]);
    await type(v, 'input[data-testid="search"]', 'ines');
    expect(shownUrls(v)).toEqual([bakery]);
    await type(v, 'input[data-testid="search"]', 'union official');
    expect(shownUrls(v)).toEqual([ferry]);
    await type(v, 'input[data-testid="search"]', 'pellham');
    expect(shownUrls(v)).toEqual([bakery]);
    await type(v, 'input[data-testid="search"]', 'nothing like this');
    expect(shownUrls(v)).toEqual([]);
    expect(v.text('[data-testid="empty"]')).toContain('No articles match');
  });

  it('shows a page of entries at a time', async () => {
    for (let i = 0; i < PAGE_SIZE + 7; i++) await read('tollgate-news.example', `n${i}`, `Notice ${i}`, i);
    const v = await openLog();
    expect(shownUrls(v)).toHaveLength(PAGE_SIZE);
    expect(shownUrls(v)[0]).toBe(`https://tollgate-news.example/n${PAGE_SIZE + 6}`);
    await settle(() => click(v.one('[data-testid="show-more"]')));
    expect(shownUrls(v)).toHaveLength(PAGE_SIZE + 7);
    expect(v.all('[data-testid="show-more"]')).toHaveLength(0);
  });

  it('deletes one entry from the page and from the store', async () => {
    const keep = await read('wexford-ledger.example', 'a', 'Ferry strike ends', 0);
    const drop = await read('wexford-ledger.example', 'b', 'Harbour dredging begins', 1);
    const v = await openLog();
    await settle(() => click(v.one(`li[data-url="${drop}"] [data-testid="delete-visit"]`)));
    expect(shownUrls(v)).toEqual([keep]);
    expect((await listVisits()).map((visit) => visit.url)).toEqual([keep]);
  });

  it('clears everything only once the reader confirms', async () => {
    await read('wexford-ledger.example', 'a', 'Ferry strike ends', 0);
    const v = await openLog();
    const confirm = vi.fn(() => false);
    Object.assign(window, { confirm });
    await settle(() => click(v.one('[data-testid="clear-all"]')));
    expect(confirm).toHaveBeenCalledOnce();
    expect(await listVisits()).toHaveLength(1);

    confirm.mockReturnValue(true);
    await settle(() => click(v.one('[data-testid="clear-all"]')));
    expect(await listVisits()).toHaveLength(0);
    expect(v.all('[data-testid="empty"]')).toHaveLength(1);
  });

  it('exports the log as a JSON download', async () => {
    const url = await read('wexford-ledger.example', 'a', 'Ferry strike ends', 0);
    const v = await openLog();
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = blob as Blob;
      return 'blob:reading-log';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await settle(() => click(v.one('[data-testid="export"]')));
    const file = JSON.parse((await saved?.text()) ?? '{}') as { visits?: { url: string }[] };
    expect(file.visits?.map((visit) => visit.url)).toEqual([url]);
  });

  it('imports an exported file, and shows the reason when a file is malformed', async () => {
    const v = await openLog();
    const input = v.one('input[data-testid="import"]');
    const choose = (text: string) => {
      Object.defineProperty(input, 'files', { value: [new File([text], 'log.json')], configurable: true });
      return settle(() => input.dispatchEvent(new window.Event('change')));
    };

    await choose('{"format": "something else"');
    expect(v.text('[data-testid="error"] p')).toBe('Could not import log.json: This file is not valid JSON.');
    expect(await listVisits()).toHaveLength(0);

    const record = {
      url: 'https://pellham-star.example/c',
      site: 'pellham-star.example',
      title: 'Bakery wins award',
      firstVisit: T0,
      lastVisit: T0,
      visitCount: 1,
      summary: summary(['Ines Marr']),
    };
    await choose(JSON.stringify({ format: 'on-the-record/reading-log', version: 1, visits: [record] }));
    expect(v.all('[data-testid="error"]')).toHaveLength(0);
    expect(shownUrls(v)).toEqual([record.url]);
  });
});
