import { describe, expect, it } from 'vitest';
import type { SourcingSummary } from '../../utils/analysis/report';
import { searchVisits, siteTotals, sitesOf } from '../../utils/history/query';
import type { VisitRecord } from '../../utils/history/visit';

function summary(parts: Partial<SourcingSummary>): SourcingSummary {
  return { named: 0, organizations: 0, anonymous: 0, denials: 0, attributions: 0, anonymousShare: 0, names: [], descriptors: [], ...parts };
}

function visit(url: string, site: string, title: string, s: SourcingSummary): VisitRecord {
  return { url, site, title, firstVisit: 1, lastVisit: 2, visitCount: 1, summary: s };
}

const pier = visit(
  'https://ledger.example/pier',
  'ledger.example',
  'Ferry pier to close after storm damage',
  // 2 named + 1 org attributions = 3 on the record, 1 anonymous: share 1/4.
  summary({ named: 2, organizations: 1, anonymous: 1, attributions: 4, anonymousShare: 0.25, names: ['Ottilie Varga', 'José Ibarra', 'Millbrook Council'], descriptors: ['an engineer familiar with the survey'] }),
);
const budget = visit(
  'https://ledger.example/budget',
  'ledger.example',
  'Council budget passes',
  summary({ named: 1, anonymous: 3, attributions: 4, anonymousShare: 0.75, names: ['Rafe Colquhoun'], descriptors: ['two senior officials'] }),
);
const tram = visit(
  'https://courier.example/tram',
  'courier.example',
  'Tram line delayed again',
  summary({ named: 2, attributions: 2, names: ['Ines Okafor', 'Northway Transit'] }),
);
const visits = [pier, budget, tram];

describe('searchVisits', () => {
  it.each<[string, string, string | undefined, VisitRecord[]]>([
    ['headline words', 'ferry pier', undefined, [pier]],
    ['a source name, ignoring case and accents', 'jose IBARRA', undefined, [pier]],
    ['an anonymous descriptor', 'senior officials', undefined, [budget]],
    ['the site', 'courier', undefined, [tram]],
    ['words spread over fields', 'council varga', undefined, [pier]],
    ['an empty query', '  ', undefined, visits],
    ['an empty query on one site', '', 'ledger.example', [pier, budget]],
    ['a query limited to a site', 'council', 'courier.example', []],
    ['no match', 'volcano', undefined, []],
  ])('matches %s', (_label, query, site, expected) => {
    expect(searchVisits(visits, query, site)).toEqual(expected);
  });
});

describe('siteTotals', () => {
  it('sums attributions across each site before dividing', () => {
    expect(siteTotals(visits)).toEqual([
      { site: 'courier.example', articles: 1, anonymousShare: 0 },
      // (1 + 3) anonymous of (4 + 4) attributions.
      { site: 'ledger.example', articles: 2, anonymousShare: 0.5 },
    ]);
  });

  it('counts a site whose articles quote nobody as 0 anonymous', () => {
    const silent = visit('https://quiet.example/a', 'quiet.example', 'Quiet', summary({}));
    expect(siteTotals([silent])).toEqual([{ site: 'quiet.example', articles: 1, anonymousShare: 0 }]);
  });
});

describe('sitesOf', () => {
  it('lists each site once, alphabetically', () => {
    expect(sitesOf([pier, tram, budget])).toEqual(['courier.example', 'ledger.example']);
  });
});
