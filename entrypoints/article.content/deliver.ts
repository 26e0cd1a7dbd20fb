/**
 * Delivering what the content script read to the background, until it has been taken in.
 * The background answers once it has analysed the text and journaled or stored the visit; an
 * MV3 worker stopped before that (the browser may stop it at any moment) answers nothing, and
 * the send fails. Sending again wakes a fresh worker, so nothing the page reported is lost.
 * A repeat within minutes is the same visit in the reading log (SAME_VISIT_WINDOW_MS).
 */
import type { ContentToBackground } from '../../utils/messaging/protocol';

/** Waits before each new attempt: the first soon, the next once a worker has had time to start. */
export const RESEND_DELAYS_MS = [250, 2_000];

/** Sends until the background answers; false when every attempt failed or the page moved on. */
export async function deliver(
  message: ContentToBackground,
  sendMessage: (message: ContentToBackground) => Promise<unknown>,
  signal: AbortSignal,
  delays: readonly number[] = RESEND_DELAYS_MS,
): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      await sendMessage(message);
      return true;
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined) {
        console.warn('[On the Record] the background did not take in what was read of the page', error);
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (signal.aborted) return false;
    }
  }
}
