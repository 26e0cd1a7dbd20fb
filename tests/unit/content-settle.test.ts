import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LONG_IDLE_MS, whenPageSettled, type SettleWindow } from '../../entrypoints/article.content/settle';

const LIMITS = { loadMs: 3_000, frameMs: 500, idleMs: 1_000 };

/** A window whose load event, frames and idle moments the test hands out itself. */
function fakeWindow(readyState: DocumentReadyState) {
  const loadListeners = new Set<() => void>();
  let frames: Array<() => void> = [];
  const idle: Array<{ callback: (deadline: IdleDeadline) => void; timeout?: number }> = [];
  const win = {
    document: { readyState },
    addEventListener: (type: string, listener: () => void) => type === 'load' && loadListeners.add(listener),
    removeEventListener: (type: string, listener: () => void) => type === 'load' && loadListeners.delete(listener),
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
    clearTimeout: (id: number) => clearTimeout(id),
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    requestIdleCallback: (callback: (deadline: IdleDeadline) => void, options?: { timeout?: number }) =>
      idle.push({ callback, timeout: options?.timeout }),
  } as unknown as SettleWindow;
  return {
    win,
    load: () => [...loadListeners].forEach((listener) => listener()),
    loadListeners,
    /** Paints one frame: runs the callbacks waiting for it. */
    paint: () => {
      const waiting = frames;
      frames = [];
      waiting.forEach((callback) => callback());
    },
    idle,
    /** Runs the latest idle callback with this much idle time left. */
    idleFor: (ms: number, didTimeout = false) => idle.at(-1)!.callback({ didTimeout, timeRemaining: () => ms }),
  };
}

/** Lets pending promise callbacks run. */
const flush = () => vi.advanceTimersByTimeAsync(0);

/** Starts waiting for the page to settle; the result tells whether it has. */
function settling(page: ReturnType<typeof fakeWindow>): () => boolean {
  let settled = false;
  void whenPageSettled(page.win, LIMITS).then(() => (settled = true));
  return () => settled;
}

/** A loaded page that has painted its frames: only the idle wait is left. */
async function waitingForIdle() {
  const page = fakeWindow('complete');
  const settled = settling(page);
  await flush();
  page.paint();
  page.paint();
  await flush();
  return { page, settled };
}

describe('whenPageSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the load event, a painted frame and an idle moment, in that order', async () => {
    const page = fakeWindow('interactive');
    const settled = settling(page);
    await flush();
    page.paint();
    await flush();
    expect(page.idle).toHaveLength(0);

    page.load();
    await flush();
    page.paint();
    await flush();
    expect(page.idle).toHaveLength(0);
    page.paint();
    await flush();
    expect(page.idle).toHaveLength(1);
    expect(page.idle[0]!.timeout).toBe(LIMITS.idleMs);
    expect(settled()).toBe(false);

    page.idleFor(49.9);
    await flush();
    expect(settled()).toBe(true);
  });

  it('waits for a long idle period, not an idle moment between two frames', async () => {
    const { page, settled } = await waitingForIdle();
    page.idleFor(12);
    await flush();
    expect(settled()).toBe(false);
    expect(page.idle).toHaveLength(2);
    page.idleFor(LONG_IDLE_MS);
    await flush();
    expect(settled()).toBe(true);
  });

  it('stops waiting for a long idle period once the idle wait has run its course', async () => {
    const { page, settled } = await waitingForIdle();
    await vi.advanceTimersByTimeAsync(LIMITS.idleMs / 2);
    page.idleFor(5);
    await flush();
    // Asked again, with only what is left of the wait as its timeout.
    expect(page.idle[1]!.timeout).toBe(LIMITS.idleMs / 2);
    page.idleFor(0, true);
    await flush();
    expect(settled()).toBe(true);
  });

  it('does not wait for a load event that has already happened', async () => {
    const page = fakeWindow('complete');
    void whenPageSettled(page.win, LIMITS);
    await flush();
    expect(page.loadListeners.size).toBe(0);
    page.paint();
    page.paint();
    await flush();
    expect(page.idle).toHaveLength(1);
  });

  it('reads a page that never finishes loading, and a tab that paints no frames, after a bounded wait', async () => {
    const page = fakeWindow('loading');
    void whenPageSettled(page.win, LIMITS);
    await vi.advanceTimersByTimeAsync(LIMITS.loadMs - 1);
    expect(page.idle).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    // Loaded or not, it now waits for a frame; none comes.
    expect(page.loadListeners.size).toBe(0);
    await vi.advanceTimersByTimeAsync(LIMITS.frameMs - 1);
    expect(page.idle).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(page.idle).toHaveLength(1);
  });
});
