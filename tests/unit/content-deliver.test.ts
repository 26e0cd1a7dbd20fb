import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deliver } from '../../entrypoints/article.content/deliver';
import type { ContentToBackground } from '../../utils/messaging/protocol';

const message: ContentToBackground = { type: 'page-report', page: { status: 'not-article', url: 'https://ledger.example/', analysedAt: 1 } };
const workerStopped = () => Promise.reject(new Error('The message port closed before a response was received.'));

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('deliver', () => {
  it('sends once when the background answers', async () => {
    const send = vi.fn(async () => undefined);
    expect(await deliver(message, send, new AbortController().signal, [1, 1])).toBe(true);
    expect(send).toHaveBeenCalledOnce();
    expect(send).toHaveBeenCalledWith(message);
  });

  it('sends again when the worker went away without answering, until one answers', async () => {
    const send = vi.fn().mockImplementationOnce(workerStopped).mockImplementationOnce(workerStopped).mockResolvedValue(undefined);
    expect(await deliver(message, send, new AbortController().signal, [1, 1])).toBe(true);
    expect(send).toHaveBeenCalledTimes(3);
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('gives up, and says so, after the last attempt', async () => {
    const send = vi.fn(workerStopped);
    expect(await deliver(message, send, new AbortController().signal, [1, 1])).toBe(false);
    expect(send).toHaveBeenCalledTimes(3);
    expect(console.warn).toHaveBeenCalledOnce();
  });

  it('stops trying once the page has moved on', async () => {
    const controller = new AbortController();
    const send = vi.fn(() => {
      controller.abort();
      return workerStopped();
    });
    expect(await deliver(message, send, controller.signal, [1, 1])).toBe(false);
    expect(send).toHaveBeenCalledOnce();
  });
});
