import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runPipeline, SLICE_MS, type PipelineStages } from '../../entrypoints/article.content/pipeline';
import { MAX_ANALYSED_CHARS } from '../../utils/analysis/text-budget';
import type { ContentToBackground } from '../../utils/messaging/protocol';
import { LIMITS, validateContentToBackground } from '../../utils/messaging/validate';
import type { Steps } from '../../utils/page/steps';

const URL_ = 'https://www.ledger.example/2031/04/pier';
const doc = parseHTML('<html><body><p>Text.</p></body></html>').document as unknown as Document;
const meta = { url: URL_, canonicalUrl: URL_, site: 'ledger.example', title: 'Pier to close' };

/** Steps (the gate's or extraction's) that pause `pauses` times, each pause after `msPerStep` of busy work. */
function* pausing<T>(result: T, pauses = 0, msPerStep = 0, onStep: () => void = () => {}): Steps<T> {
  for (let i = 0; i < pauses; i++) {
    const until = performance.now() + msPerStep;
    while (performance.now() < until);
    onStep();
    yield;
  }
  return result;
}

function stages(overrides: Partial<PipelineStages> = {}) {
  const sent: ContentToBackground[] = [];
  const all = {
    settle: vi.fn(async () => undefined),
    isSiteDisabled: vi.fn(async () => false),
    detectArticlePageSteps: vi.fn(() => pausing({ isArticle: true, reason: 'test' })),
    extractArticleSteps: vi.fn(() => pausing({ meta, paragraphs: ['One.', 'Two.'] })),
    send: vi.fn((message: ContentToBackground) => void sent.push(message)),
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
    expect(s.detectArticlePageSteps).not.toHaveBeenCalled();
    expect(sent).toEqual([{ type: 'page-report', page: { status: 'disabled', url: URL_, site: 'ledger.example', analysedAt: expect.any(Number) } }]);
    expect(measures('otr:gate')).toHaveLength(0);
  });

  it('looks at the page only once it has settled', async () => {
    let settled!: () => void;
    const { stages: s, sent } = stages({ settle: vi.fn(() => new Promise<void>((resolve) => (settled = resolve))) });
    const running = runPipeline(run(), s);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(s.isSiteDisabled).not.toHaveBeenCalled();
    expect(s.detectArticlePageSteps).not.toHaveBeenCalled();
    settled();
    await running;
    expect(s.detectArticlePageSteps).toHaveBeenCalledOnce();
    expect(sent).toHaveLength(1);
  });

  it('stops after the gate on a page that is not an article, timing the gate', async () => {
    const { stages: s, sent } = stages({ detectArticlePageSteps: vi.fn(() => pausing({ isArticle: false, reason: 'home page' })) });
    await runPipeline(run(), s);
    expect(s.extractArticleSteps).not.toHaveBeenCalled();
    expect(sent).toEqual([{ type: 'page-report', page: { status: 'not-article', url: URL_, analysedAt: expect.any(Number) } }]);
    expect(measures('otr:gate').map((m) => m.detail)).toEqual([{ isArticle: false, tasks: 1, longestTaskMs: expect.any(Number) }]);
    expect(measures('otr:pipeline')).toHaveLength(0);
  });

  it('extracts an article and sends its text to the background, measuring each task', async () => {
    const { stages: s, sent } = stages();
    const message = await runPipeline(run(), s);
    expect(sent).toEqual([{ type: 'article-text', meta, paragraphs: ['One.', 'Two.'] }]);
    expect(message).toBe(sent[0]);
    expect(validateContentToBackground(message)).toEqual(message);
    const [pipeline] = measures('otr:pipeline');
    // gate, one extraction slice, send
    expect(pipeline?.detail).toEqual({
      tasks: 3,
      longestTaskMs: expect.any(Number),
      taskMs: { gate: expect.any(Number), extract: expect.any(Number), send: expect.any(Number) },
    });
    // The measure's duration is the busy time, the sum of the tasks.
    const { longestTaskMs, taskMs } = pipeline!.detail as { longestTaskMs: number; taskMs: Record<string, number> };
    const steps = Object.values(taskMs);
    expect(longestTaskMs).toBe(Math.max(...steps));
    expect(pipeline!.duration).toBeCloseTo(steps.reduce((a, b) => a + b, 0), 6);
    expect(pipeline!.startTime).toBeLessThanOrEqual(measures('otr:gate')[0]!.startTime);
    expect(measures('otr:gate')[0]!.detail).toEqual({ isArticle: true, tasks: 1, longestTaskMs: expect.any(Number) });
  });

  it("hands extraction the JSON-LD the gate read, so the page is not searched for it twice", async () => {
    const jsonLd = [{ '@type': 'NewsArticle', headline: 'Pier to close' }];
    const { stages: s } = stages({ detectArticlePageSteps: vi.fn(() => pausing({ isArticle: true, reason: 'test', jsonLd })) });
    await runPipeline(run(), s);
    expect(s.extractArticleSteps).toHaveBeenCalledWith(doc, URL_, jsonLd);
  });

  it('splits a long extraction into tasks of about SLICE_MS, letting the page run between them', async () => {
    const order: string[] = [];
    const steps = 12;
    const { stages: s } = stages({
      extractArticleSteps: vi.fn(() => pausing({ meta, paragraphs: ['One.'] }, steps, SLICE_MS / 2, () => order.push('step'))),
    });
    const running = runPipeline(run(), s);
    const pageTasks = setInterval(() => order.push('page'), 0);
    await running;
    clearInterval(pageTasks);
    const detail = measures('otr:pipeline')[0]!.detail as { tasks: number; longestTaskMs: number; taskMs: Record<string, number> };
    // Two half-slice steps fit in a slice: about six extraction tasks, not one of twelve steps.
    expect(detail.tasks - 2).toBeGreaterThanOrEqual(steps / 3);
    expect(detail.tasks - 2).toBeLessThan(steps);
    expect(detail.taskMs.extract).toBeGreaterThanOrEqual((steps * SLICE_MS) / 2);
    // The page's own tasks ran between the extraction's.
    const firstPage = order.indexOf('page');
    expect(firstPage).toBeGreaterThanOrEqual(0);
    expect(order.lastIndexOf('step')).toBeGreaterThan(firstPage);
  });

  it('splits a gate that pauses into tasks, and times it as their summed busy time', async () => {
    const order: string[] = [];
    const { stages: s } = stages({
      detectArticlePageSteps: vi.fn(() => pausing({ isArticle: false, reason: 'home page' }, 6, SLICE_MS / 2, () => order.push('gate step'))),
    });
    const running = runPipeline(run(), s);
    const pageTasks = setInterval(() => order.push('page'), 0);
    await running;
    clearInterval(pageTasks);
    const [gate] = measures('otr:gate');
    const detail = gate!.detail as { tasks: number; longestTaskMs: number };
    expect(detail.tasks).toBeGreaterThan(1);
    expect(detail.longestTaskMs).toBeLessThan(gate!.duration);
    expect(gate!.duration).toBeGreaterThanOrEqual(3 * SLICE_MS);
    // The page's own tasks ran between the gate's.
    expect(order.indexOf('page')).toBeGreaterThan(order.indexOf('gate step'));
    expect(order.lastIndexOf('gate step')).toBeGreaterThan(order.indexOf('page'));
  });

  it('yields to the page between the gate and extraction', async () => {
    const order: string[] = [];
    const { stages: s } = stages({
      detectArticlePageSteps: vi.fn(() => (order.push('gate'), pausing({ isArticle: true, reason: '' }))),
      extractArticleSteps: vi.fn(() => (order.push('extract'), pausing({ meta, paragraphs: [] }))),
    });
    const running = runPipeline(run(), s);
    setTimeout(() => order.push('page task'), 0);
    await running;
    // The page's own task, queued before the gate ran, gets to run before extraction starts.
    expect(order).toEqual(['gate', 'page task', 'extract']);
  });

  it('sends no more text than the analyser reads, and a title within the limits', async () => {
    const long = 'Word '.repeat(MAX_ANALYSED_CHARS / 10);
    const huge = { meta: { ...meta, title: 'T'.repeat(LIMITS.titleChars * 3) }, paragraphs: [long, long, long, 'After the budget.'] };
    const { stages: s, sent } = stages({ extractArticleSteps: vi.fn(() => pausing(huge)) });
    await runPipeline(run(), s);
    const [message] = sent;
    if (message?.type !== 'article-text') throw new Error('no article text sent');
    expect(message.paragraphs.join('').length).toBe(MAX_ANALYSED_CHARS);
    expect(message.paragraphs.at(-1)).not.toBe('After the budget.');
    expect(message.meta.title).toHaveLength(LIMITS.titleChars);
    expect(validateContentToBackground(message)).not.toBeNull();
  });

  it('sends nothing once the run is aborted (the page navigated on)', async () => {
    const controller = new AbortController();
    const { stages: s, sent } = stages({
      detectArticlePageSteps: vi.fn(() => {
        controller.abort();
        return pausing({ isArticle: true, reason: '' });
      }),
    });
    expect(await runPipeline(run(controller.signal), s)).toBeUndefined();
    expect(s.extractArticleSteps).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
  });

  it('stops between extraction tasks once the run is aborted', async () => {
    const controller = new AbortController();
    const { stages: s, sent } = stages({
      extractArticleSteps: vi.fn(() => pausing({ meta, paragraphs: ['One.'] }, 10, SLICE_MS, () => controller.abort())),
    });
    expect(await runPipeline(run(controller.signal), s)).toBeUndefined();
    expect(sent).toEqual([]);
  });
});
