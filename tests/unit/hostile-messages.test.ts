/**
 * Orders from outside are never obeyed: forged, oversized and misdirected messages sent to the
 * background's real listener are rejected and logged, and nothing is stored; a report too big
 * for the limits is fitted to them instead of being lost. (Field-by-field validation:
 * messaging-validate.test.ts; the real content script: tests/e2e/hostile.test.ts.)
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import type { AnalysisReport, Source } from '../../utils/analysis/report';
import { clearVisits, listVisits } from '../../utils/history/store';
import { fitPageReport, fitReport } from '../../utils/messaging/fit';
import type { PageReport } from '../../utils/messaging/page-report';
import { LIMITS } from '../../utils/messaging/validate';
import { getTabReport } from '../../utils/tab-reports';

const TAB = 3;
const PAGE_URL = 'https://www.brackwater-courier.example/2031/05/06/pier.html';

const report: AnalysisReport = {
  isArticle: true,
  title: 'Brackwater pier to close for repairs',
  sources: [
    { kind: 'named', name: 'Ottilie Varga', aliases: ['Varga'], mentions: [{ sentence: '“Soon,” said Ottilie Varga.', paragraph: 0, quote: 'Soon,' }] },
    { kind: 'anonymous', description: 'a council engineer', anonymityReason: 'because the survey is not public', mentions: [{ sentence: 'A council engineer said so.', paragraph: 1 }] },
  ],
  denials: [{ type: 'denial', sentence: 'Mbeki denied it.', paragraph: 2, by: 'Ansel Mbeki' }],
};

function article(analysis: AnalysisReport = report): Extract<PageReport, { status: 'article' }> {
  return {
    status: 'article',
    meta: { url: PAGE_URL, canonicalUrl: PAGE_URL, site: 'brackwater-courier.example', title: analysis.title },
    report: analysis,
    analysedAt: 1,
  };
}

const sender = (overrides: Partial<Browser.runtime.MessageSender> = {}): Browser.runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: PAGE_URL,
  tab: { id: TAB, index: 0, pinned: false, highlighted: false, active: true, incognito: false } as Browser.tabs.Tab,
  ...overrides,
});

describe('the background refuses what it must not act on', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearVisits();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    background.main();
  });

  const huge = 'x'.repeat(LIMITS.messageChars);
  const text = (paragraphs: unknown, meta: unknown = article().meta) => ({ type: 'article-text', meta, paragraphs });

  it.each<[string, unknown, Partial<Browser.runtime.MessageSender>]>([
    ['a message larger than the protocol allows', { ...text(['Varga said so.']), padding: huge }, {}],
    ['an article text longer than the analyser reads', text(['word '.repeat(LIMITS.articleChars / 5), 'More.']), {}],
    ['an article text of too many paragraphs', text(Array.from({ length: LIMITS.paragraphs + 1 }, () => 'Yes.')), {}],
    ['an article text whose paragraphs are not strings', text([{ toString: 'Varga said so.' }]), {}],
    ['an article text whose address is javascript:', text(['Varga said so.'], { ...article().meta, url: 'javascript:alert(1)' }), {}],
    ['an analysis made in the page (the background makes its own)', { type: 'page-report', page: article() }, {}],
    ['an order to clear the history', { type: 'clear-history' }, {}],
    ['a panel order sent to the background', { type: 'reanalyse' }, {}],
    ['a report with a prototype payload', JSON.parse(`{"type":"page-report","page":{"__proto__":{"status":"article"},"analysedAt":1}}`), {}],
    ['text from one of our own pages (not a content script)', text(['Varga said so.']), { url: fakeBrowser.runtime.getURL('/sidepanel.html') }],
    ['text from another extension', text(['Varga said so.']), { id: 'not-us' }],
    ['text from a sender without a tab', text(['Varga said so.']), { tab: undefined }],
    ['a message that is no object', 'page-report', {}],
  ])('rejects %s, logs it, and stores nothing', async (_label, message, overrides) => {
    await fakeBrowser.runtime.onMessage.trigger(message, sender(overrides));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(console.warn).toHaveBeenCalled();
    expect(await getTabReport(TAB)).toBeUndefined();
    expect(await listVisits()).toEqual([]);
  });
});

/** Every limit the panel relies on, checked field by field. */
function withinLimits(page: PageReport): boolean {
  if (JSON.stringify(page).length > LIMITS.messageChars || page.status !== 'article') return page.status !== 'article';
  const { meta, report: analysis } = page;
  const short = (text: string | undefined, max: number) => text === undefined || text.length <= max;
  const mentionOk = (m: { sentence: string; quote?: string; paragraph: number }) =>
    short(m.sentence, LIMITS.sentenceChars) && short(m.quote, LIMITS.sentenceChars) && m.paragraph <= LIMITS.paragraphIndex;
  return (
    short(meta.title, LIMITS.titleChars) &&
    short(analysis.title, LIMITS.titleChars) &&
    analysis.sources.length <= LIMITS.sources &&
    analysis.denials.length <= LIMITS.denials &&
    analysis.denials.every((d) => mentionOk(d) && short(d.by, LIMITS.nameChars)) &&
    analysis.sources.every(
      (source) =>
        short(source.name, LIMITS.nameChars) &&
        short(source.description, LIMITS.descriptionChars) &&
        short(source.anonymityReason, LIMITS.sentenceChars) &&
        (source.aliases ?? []).length <= LIMITS.aliasesPerSource &&
        source.mentions.length <= LIMITS.mentionsPerSource &&
        source.mentions.every(mentionOk),
    )
  );
}

describe('a report too big for the limits', () => {
  const accepted = withinLimits;

  it('is left as it is when it is within the limits', () => {
    expect(fitPageReport(article())).toEqual(article());
    expect(accepted(fitPageReport(article()))).toBe(true);
  });

  it('keeps every source (up to the limit) and as many mentions as fit, when a page yields 100,000', () => {
    const speakers: Source[] = Array.from({ length: 3 }, (_, s) => ({
      kind: 'named',
      name: `Speaker ${s}`,
      mentions: Array.from({ length: 100_000 }, (_, i) => ({ sentence: `Speaker ${s} said so, for the ${i}th time.`, paragraph: i })),
    }));
    const big = article({ ...report, sources: [...speakers, ...report.sources] });
    expect(accepted(big)).toBe(false);

    const fitted = fitPageReport(big);
    expect(accepted(fitted)).toBe(true);
    if (fitted.status !== 'article') throw new Error('not an article');
    expect(fitted.report.sources.map((s) => s.name ?? s.description)).toEqual(big.report.sources.map((s) => s.name ?? s.description));
    expect(fitted.report.sources.every((s) => s.mentions.length >= 1 && s.mentions.length <= LIMITS.mentionsPerSource)).toBe(true);
    // The first mentions, in order.
    expect(fitted.report.sources[0]!.mentions.slice(0, 2)).toEqual(speakers[0]!.mentions.slice(0, 2));
    expect(fitted.report.denials).toEqual(report.denials);
  });

  it('cuts a sentence of megabytes to the limit and keeps the message under its size', () => {
    const sentence = `“${'word '.repeat(2_000_000)}” said Ottilie Varga.`;
    const many = Array.from({ length: 5_000 }, (_, i) => ({ sentence: `${'long '.repeat(900)}${i}`, paragraph: i }));
    const big = article({
      ...report,
      title: 't'.repeat(LIMITS.titleChars * 3),
      sources: [{ kind: 'named', name: 'n'.repeat(10_000), mentions: [{ sentence, paragraph: 0, quote: sentence }] }, { kind: 'anonymous', mentions: many }],
      denials: many.map((m) => ({ type: 'no_comment' as const, ...m })),
    });
    const fitted = fitPageReport(big);
    expect(accepted(fitted)).toBe(true);
    expect(JSON.stringify(fitted).length).toBeLessThanOrEqual(LIMITS.messageChars);
    if (fitted.status !== 'article') throw new Error('not an article');
    expect(fitted.report.sources[0]!.mentions[0]!.sentence).toBe(sentence.slice(0, LIMITS.sentenceChars));
    expect(fitted.meta.title).toHaveLength(LIMITS.titleChars);
  });

  it('fits the analysis alone too', () => {
    const tooMany = { ...report, denials: Array.from({ length: LIMITS.denials + 10 }, () => report.denials[0]!) };
    expect(fitReport(tooMany).denials).toHaveLength(LIMITS.denials);
  });
});
