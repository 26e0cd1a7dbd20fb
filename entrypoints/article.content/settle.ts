/**
 * When to start reading a page: once it has loaded, painted its first frame and left the main
 * thread idle. The extension's work is never urgent, and it should not compete with the page's
 * own loading, layout and painting. Measured on a two-core machine, a reading that started while
 * the page was still being painted often took several times its own cost, as the painting took
 * the processor from it (and it from the painting).
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
  if (requestIdleCallback) await new Promise<void>((resolve) => requestIdleCallback.call(win, () => resolve(), { timeout: limits.idleMs }));
}
