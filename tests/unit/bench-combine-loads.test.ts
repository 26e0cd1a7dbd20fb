import { describe, expect, it } from 'vitest';
import { combineLoads, type PageTiming } from '../../scripts/bench/corpus-in-browser';

const load = (fields: Partial<PageTiming>): PageTiming => ({
  name: 'invented.html',
  servedAt: '/invented.html',
  labelledArticle: true,
  judgedArticle: true,
  gateMs: 1,
  longestTaskMs: 5,
  ...fields,
});

describe('combineLoads (npm run bench, several loads of one page)', () => {
  it('takes the median load for every figure, and keeps the worst load\'s gate and longest task beside them', () => {
    const combined = combineLoads([
      load({ gateMs: 1, longestTaskMs: 6, pipelineMs: 10, readabilityParseMs: 20, taskMs: { gate: 1, extract: 8 } }),
      load({ gateMs: 9, longestTaskMs: 40, pipelineMs: 30, readabilityParseMs: 10, taskMs: { gate: 9, extract: 20 } }),
      load({ gateMs: 2, longestTaskMs: 7, pipelineMs: 12, readabilityParseMs: 24, taskMs: { gate: 2, extract: 9 } }),
    ]);
    expect(combined).toMatchObject({ gateMs: 2, longestTaskMs: 7, pipelineMs: 12, readabilityParseMs: 20, loads: 3 });
    expect(combined.worstLoad).toEqual({ gateMs: 9, longestTaskMs: 40 });
    expect(combined.taskMs).toEqual({ gate: 2, extract: 9 });
    // The median of each load's own ratio (0.5, 3, 0.5), not a ratio of medians.
    expect(combined.ratio).toBe(0.5);
  });

  it('leaves a page without an article pipeline without one', () => {
    const combined = combineLoads([load({ judgedArticle: false }), load({ judgedArticle: false, gateMs: 3 })]);
    expect(combined.pipelineMs).toBeUndefined();
    expect(combined.ratio).toBeUndefined();
    expect(combined.gateMs).toBe(2);
  });
});
