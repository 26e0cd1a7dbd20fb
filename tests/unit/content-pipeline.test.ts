import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runPipeline, type PipelineStages } from '../../entrypoints/article.content/pipeline';
import type { AnalysisReport } from '../../utils/analysis/report';
import type { PageReport } from '../../utils/messaging/page-report';

const URL_ = 'https://www.ledger.example/2031/04/pier';
const doc = parseHTML('<html><body><p>Text.</p></body></html>').document as unknown as Document;
const meta = { url: URL_, canonicalUrl: URL_, site: 'ledger.example', title: 'Pier to close' };
const report: AnalysisReport = { isArticle: true, title: 'Pier to close', sources: [], denials: [] };

function stages(overrides: Partial<PipelineStages> = {}) {
  const sent: PageReport[] = [];
  const all = {
    isSiteDisabled: vi.fn(async () => false),
    detectArticlePage: vi.fn(() => ({ isArticle: true, reason: 'test' })),
    extractArticle: vi.fn(() => ({ meta, paragraphs: ['One.', 'Two.'] })),
    analyseArticle: vi.fn(() => report),
    send: vi.fn((page: PageReport) => void sent.push(page)),
    ...overrides,
  };
  return { stages: all, sent };
}

const run = (signal = new AbortController().signal) => ({ doc, url: URL_, site: 'ledger.example', signal });
const measures = (name: string) => performance.getEntriesByName(name, 'measure') as PerformanceMeasure[];

beforeEach(() => performance.clearMeasures());

describe('runPipeline', () => {
  it('reports a switched-off site without looking at the page', async () => {
    const { stages: s, sent } = stages({ isSiteDisabled: vi.fn(async () => true) });
    await runPipeline(run(), s);
    expect(s.isSiteDisabled).toHaveBeenCalledWith('ledger.example');
    expect(s.detectArticlePage).not.toHaveBeenCalled();
    expect(sent).toEqual([{ status: 'disabled', url: URL_, site: 'ledger.example', analysedAt: expect.any(Number) }]);
    expect(measures('otr:gate')).toHaveLength(0);
  });

  it('stops after the gate on a page that is not an article, timing the gate', async () => {
    const { stages: s, sent } = stages({ detectArticlePage: vi.fn(() => ({ isArticle: false, reason: 'home page' })) });
    await runPipeline(run(), s);
    expect(s.extractArticle).not.toHaveBeenCalled();
    expect(s.analyseArticle).not.toHaveBeenCalled();
    expect(sent).toEqual([{ status: 'not-article', url: URL_, analysedAt: expect.any(Number) }]);
    expect(measures('otr:gate').map((m) => m.detail)).toEqual([{ isArticle: false }]);
    expect(measures('otr:pipeline')).toHaveLength(0);
  });

  it('extracts, analyses and reports an article, measuring three tasks', async () => {
    const { stages: s, sent } = stages();
    const page = await runPipeline(run(), s);
    expect(s.analyseArticle).toHaveBeenCalledWith({ title: 'Pier to close', paragraphs: ['One.', 'Two.'] });
    expect(sent).toEqual([{ status: 'article', meta, report, analysedAt: expect.any(Number) }]);
    expect(page).toBe(sent[0]);
    const [pipeline] = measures('otr:pipeline');
    expect(pipeline?.detail).toEqual({
      tasks: 3,
      longestTaskMs: expect.any(Number),
      taskMs: { gate: expect.any(Number), extract: expect.any(Number), analyse: expect.any(Number) },
    });
    // The measure's duration is the busy time, the sum of the tasks.
    const { longestTaskMs, taskMs } = pipeline!.detail as { longestTaskMs: number; taskMs: Record<string, number> };
    const steps = Object.values(taskMs);
    expect(longestTaskMs).toBe(Math.max(...steps));
    expect(pipeline!.duration).toBeCloseTo(steps.reduce((a, b) => a + b, 0), 6);
    expect(pipeline!.startTime).toBeLessThanOrEqual(measures('otr:gate')[0]!.startTime);
    expect(measures('otr:gate')[0]!.detail).toEqual({ isArticle: true });
  });

  it('yields to the page between the steps', async () => {
    const order: string[] = [];
    const { stages: s } = stages({
      detectArticlePage: vi.fn(() => (order.push('gate'), { isArticle: true, reason: '' })),
      extractArticle: vi.fn(() => (order.push('extract'), { meta, paragraphs: [] })),
    });
    const running = runPipeline(run(), s);
    setTimeout(() => order.push('page task'), 0);
    await running;
    // The page's own task, queued before the gate ran, gets to run before extraction.
    expect(order).toEqual(['gate', 'page task', 'extract']);
  });

  it('reports an article the analyser rejects as not an article', async () => {
    const { stages: s, sent } = stages({ analyseArticle: vi.fn(() => ({ ...report, isArticle: false })) });
    await runPipeline(run(), s);
    expect(sent).toEqual([{ status: 'not-article', url: URL_, analysedAt: expect.any(Number) }]);
  });

  it('sends nothing once the run is aborted (the page navigated on)', async () => {
    const controller = new AbortController();
    const { stages: s, sent } = stages({
      detectArticlePage: vi.fn(() => {
        controller.abort();
        return { isArticle: true, reason: '' };
      }),
    });
    expect(await runPipeline(run(controller.signal), s)).toBeUndefined();
    expect(s.extractArticle).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });
});
