import { describe, expect, it } from 'vitest';
import { dateStamp, formatDate, formatShare, plural, splitAroundQuote } from '../../components/format';
import { summaryCounts } from '../../components/SummaryBar';
import { capList, readDates } from '../../entrypoints/reading-log/VisitItem';
import { sortSiteTotals } from '../../entrypoints/reading-log/SiteTotals';

describe('formatShare', () => {
  it.each([
    [0, '0%'],
    [0.25, '25%'],
    [1, '100%'],
    [2 / 3, '67%'],
  ])('shows %s as %s', (share, shown) => {
    expect(formatShare(share)).toBe(shown);
  });

  it('never shows a small but real share as 0%', () => {
    expect(formatShare(0.001)).toBe('<1%');
  });

  it('clamps shares outside [0, 1]', () => {
    expect(formatShare(-0.2)).toBe('0%');
    expect(formatShare(1.7)).toBe('100%');
  });
});

describe('plural', () => {
  it('uses the singular only for exactly one', () => {
    expect(plural(1, 'visit')).toBe('1 visit');
    expect(plural(0, 'visit')).toBe('0 visits');
    expect(plural(3, 'denial')).toBe('3 denials');
    expect(plural(2, 'anonymous', 'anonymous')).toBe('2 anonymous');
  });
});

describe('dates', () => {
  it('formats a timestamp and an ISO date, and gives nothing for an unreadable date', () => {
    expect(formatDate(Date.UTC(2024, 6, 15, 12))).toMatch(/2024/);
    expect(formatDate('2023-02-10')).toMatch(/2023/);
    expect(formatDate('not a date')).toBe('');
  });

  it('stamps file names with the local date', () => {
    expect(dateStamp(new Date(2025, 0, 9, 23, 59))).toBe('2025-01-09');
  });

  it('says "Read" once when first and last visit fall on the same day', () => {
    const noon = new Date(2024, 3, 2, 12).getTime();
    expect(readDates({ firstVisit: noon, lastVisit: noon + 60_000 })).toBe(`Read ${formatDate(noon)}`);
    const later = new Date(2024, 3, 9, 12).getTime();
    expect(readDates({ firstVisit: noon, lastVisit: later })).toBe(
      `First read ${formatDate(noon)} · last ${formatDate(later)}`,
    );
  });
});

describe('splitAroundQuote', () => {
  it('finds the quoted words inside the sentence', () => {
    expect(splitAroundQuote('“The pier is safe,” said Mara Quell.', 'The pier is safe,')).toEqual({
      before: '“',
      quote: 'The pier is safe,',
      after: '” said Mara Quell.',
    });
  });

  it('gives nothing when there is no quote or it is not in the sentence', () => {
    expect(splitAroundQuote('Mara Quell said the pier was safe.', undefined)).toBeUndefined();
    expect(splitAroundQuote('Mara Quell said the pier was safe.', 'unsafe')).toBeUndefined();
  });
});

describe('summaryCounts', () => {
  it('lists the four kinds in display order with their counts', () => {
    const counts = summaryCounts({
      named: 2,
      organizations: 1,
      anonymous: 4,
      denials: 3,
      attributions: 7,
      anonymousShare: 4 / 7,
      names: [],
      descriptors: [],
    });
    expect(counts).toEqual([
      { kind: 'named', count: 2 },
      { kind: 'organization', count: 1 },
      { kind: 'anonymous', count: 4 },
      { kind: 'denial', count: 3 },
    ]);
  });
});

describe('capList', () => {
  it('keeps the first items and counts the rest', () => {
    expect(capList(['a', 'b', 'c', 'd'], 3)).toEqual({ shown: ['a', 'b', 'c'], more: 1 });
    expect(capList(['a'], 3)).toEqual({ shown: ['a'], more: 0 });
  });
});

describe('sortSiteTotals', () => {
  const totals = [
    { site: 'coastline.example', articles: 12, anonymousShare: 0.1 },
    { site: 'alder-post.example', articles: 9, anonymousShare: 0.5 },
    { site: 'brindle.example', articles: 4, anonymousShare: 0.8 },
  ];

  it.each([
    ['site', ['alder-post.example', 'brindle.example', 'coastline.example']],
    ['articles', ['coastline.example', 'alder-post.example', 'brindle.example']],
    ['anonymous', ['brindle.example', 'alder-post.example', 'coastline.example']],
  ] as const)('orders by %s', (order, sites) => {
    expect(sortSiteTotals(totals, order).map((t) => t.site)).toEqual(sites);
  });

  it('breaks ties alphabetically', () => {
    const tied = [
      { site: 'moss.example', articles: 3, anonymousShare: 0.2 },
      { site: 'birch.example', articles: 3, anonymousShare: 0.2 },
    ];
    expect(sortSiteTotals(tied, 'articles').map((t) => t.site)).toEqual(['birch.example', 'moss.example']);
    expect(sortSiteTotals(tied, 'anonymous').map((t) => t.site)).toEqual(['birch.example', 'moss.example']);
  });

  it('does not reorder the totals it was given', () => {
    const before = totals.map((t) => t.site);
    sortSiteTotals(totals, 'articles');
    expect(totals.map((t) => t.site)).toEqual(before);
  });
});
