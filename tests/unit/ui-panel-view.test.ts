import { describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../utils/analysis/report';
import type { PageReport } from '../../utils/messaging/page-report';
import { panelView, siteOfPage } from '../../entrypoints/sidepanel/panel-view';
import type { CurrentTab } from '../../entrypoints/sidepanel/use-current-tab';
import { tabIdFromQuery } from '../../entrypoints/sidepanel/use-current-tab';
import type { TabReportState } from '../../entrypoints/sidepanel/use-tab-report';

const tab: CurrentTab = { state: 'found', tabId: 7 };
const meta = {
  url: 'https://www.lowmarsh-gazette.example/a/1#top',
  canonicalUrl: 'https://lowmarsh-gazette.example/a/1',
  site: 'lowmarsh-gazette.example',
  title: 'Ferry fares rise again',
};
const withSource: AnalysisReport = {
  isArticle: true,
  title: 'Ferry fares rise again',
  sources: [{ kind: 'named', name: 'Idris Calloway', mentions: [{ sentence: 'Idris Calloway said so.', paragraph: 0 }] }],
  denials: [],
};
const loaded = (page: PageReport | undefined): TabReportState => ({ state: 'loaded', page });
const article = (report: AnalysisReport): PageReport => ({ status: 'article', meta, report, analysedAt: 1 });

describe('panelView', () => {
  it.each([
    ['looking for the tab', { state: 'looking' } as CurrentTab, loaded(undefined), true, 'loading'],
    ['no tab', { state: 'none' } as CurrentTab, loaded(undefined), true, 'no-tab'],
    ['report being read', tab, { state: 'loading' } as TabReportState, true, 'loading'],
    ['no report yet', tab, loaded(undefined), true, 'loading'],
    ['not an article', tab, loaded({ status: 'not-article', url: meta.url, analysedAt: 1 }), true, 'not-article'],
    ['analysed but not an article', tab, loaded(article({ ...withSource, isArticle: false })), true, 'not-article'],
    ['switched off', tab, loaded({ status: 'disabled', url: meta.url, site: meta.site, analysedAt: 1 }), undefined, 'disabled'],
    ['switched back on, not yet re-analysed', tab, loaded({ status: 'disabled', url: meta.url, site: meta.site, analysedAt: 1 }), true, 'loading'],
    ['switched off after the analysis', tab, loaded(article(withSource)), false, 'disabled'],
  ] as const)('%s → %s', (_case, currentTab, report, enabled, status) => {
    expect(panelView(currentTab, report, enabled)).toEqual({ view: 'status', status });
  });

  it('passes the reason on when the report cannot be read', () => {
    expect(panelView(tab, { state: 'error', message: 'storage gone' }, true)).toEqual({
      view: 'status',
      status: 'error',
      message: 'storage gone',
    });
  });

  it('shows an article with sources', () => {
    expect(panelView(tab, loaded(article(withSource)), true)).toEqual({ view: 'article', meta, report: withSource, empty: false });
  });

  it('marks an article where nobody is quoted and nobody denies as empty', () => {
    const nothing = { ...withSource, sources: [] };
    expect(panelView(tab, loaded(article(nothing)), true)).toMatchObject({ view: 'article', empty: true });
    const onlyDenial = {
      ...nothing,
      denials: [{ type: 'no_response' as const, sentence: 'The port did not respond.', paragraph: 2 }],
    };
    expect(panelView(tab, loaded(article(onlyDenial)), true)).toMatchObject({ view: 'article', empty: false });
  });
});

describe('siteOfPage', () => {
  it('takes the site from the meta, the disabled report, or the address', () => {
    expect(siteOfPage(article(withSource))).toBe('lowmarsh-gazette.example');
    expect(siteOfPage({ status: 'disabled', url: meta.url, site: 'lowmarsh-gazette.example', analysedAt: 1 })).toBe(
      'lowmarsh-gazette.example',
    );
    expect(siteOfPage({ status: 'not-article', url: 'https://www.reed-valley.example/', analysedAt: 1 })).toBe(
      'reed-valley.example',
    );
  });

  it('switches the site the tab shows, not the home a mirrored copy names', () => {
    const mirrored = article(withSource);
    if (mirrored.status === 'article') mirrored.meta = { ...meta, url: 'http://127.0.0.1:8080/copy/1' };
    expect(siteOfPage(mirrored)).toBe('127.0.0.1');
  });

  it('has no site for an unreadable address', () => {
    expect(siteOfPage({ status: 'not-article', url: 'not a url', analysedAt: 1 })).toBeUndefined();
  });
});

describe('tabIdFromQuery', () => {
  it.each([
    ['?tab=42', 42],
    ['?tab=0', 0],
    ['', undefined],
    ['?tab=', undefined],
    ['?tab=-3', undefined],
    ['?tab=4x', undefined],
    ['?tab=1e3', undefined],
  ])('%s → %s', (search, id) => {
    expect(tabIdFromQuery(search)).toBe(id);
  });
});
