/**
 * When to start reading a page: once it has loaded, painted its first frame and the browser is in
 * a long idle period. The extension's work is never urgent, and it should not compete with the
 * page's own loading, layout and painting. Measured on a two-core machine, a reading that started
 * while the page was still being painted often took several times its own cost, as the painting
 * took the processor from it (and it from the painting). An idle moment between two frames is not
 * enough: rasterising and compositing the frames go on in other threads; in a long idle period
 * no frame is due at all.
 *
 * Each wait is bounded, so a page is still read when it never finishes loading (a stalled
 * resource), in a tab that paints no frames (a background tab), or on a main thread that is
 * never idle.
 */

export interface SettleLimits {
  /** Longest wait for the load event. */
  loadMs: number;
  /** Longest wait for a frame to be painted. */
  frameMs: number;
  /** Longest wait for an idle moment. */
  idleMs: number;
}

export const SETTLE_LIMITS: SettleLimits = { loadMs: 3_000, frameMs: 500, idleMs: 1_000 };

/** What the waits need of the window (a test passes its own). */
export type SettleWindow = Pick<Window, 'addEventListener' | 'removeEventListener' | 'setTimeout' | 'clearTimeout' | 'requestAnimationFrame'> & {
  document: Pick<Document, 'readyState'>;
  requestIdleCallback?: Window['requestIdleCallback'];
};

/** Resolves when `start` calls back, or after `ms`, whichever comes first. */
function within(win: SettleWindow, ms: number, start: (done: () => void) => (() => void) | void): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      win.clearTimeout(timer);
      stop?.();
      resolve();
    };
    const timer = win.setTimeout(finish, ms);
    const stop = start(finish);
  });
}

export async function whenPageSettled(win: SettleWindow = window, limits: SettleLimits = SETTLE_LIMITS): Promise<void> {
  if (win.document.readyState !== 'complete') {
    await within(win, limits.loadMs, (done) => {
      win.addEventListener('load', done, { once: true });
      return () => win.removeEventListener('load', done);
    });
  }
  // A callback of the frame after next runs once the next frame has been painted.
  await within(win, limits.frameMs, (done) => void win.requestAnimationFrame(() => win.requestAnimationFrame(done)));
  const { requestIdleCallback } = win;
  if (requestIdleCallback) await longIdlePeriod(win, requestIdleCallback, limits.idleMs);
}

/**
 * Idle time left at least this long means one of the browser's long idle periods (up to 50 ms,
 * when no frame is due); an idle moment between two frames at 60 per second leaves 16 ms at most.
 */
export const LONG_IDLE_MS = 40;

/** Resolves in a long idle period, or after `ms` whatever the page is doing (an animation may never stop). */
function longIdlePeriod(win: SettleWindow, requestIdleCallback: Window['requestIdleCallback'], ms: number): Promise<void> {
  const giveUpAt = Date.now() + ms;
  return new Promise((resolve) => {
    const ask = () =>
      requestIdleCallback.call(
        win,
        (deadline) => (deadline.didTimeout || deadline.timeRemaining() >= LONG_IDLE_MS || Date.now() >= giveUpAt ? resolve() : ask()),
        { timeout: Math.max(1, giveUpAt - Date.now()) },
      );
    ask();
  });
}
