import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSiteDisabled, setSiteDisabled } from '../../utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('per-site off switch', () => {
  it('is on for every site until the reader switches one off, and can be switched back', async () => {
    expect(await isSiteDisabled('ledger.example')).toBe(false);
    await setSiteDisabled('ledger.example', true);
    await setSiteDisabled('courier.example', true);
    expect(await isSiteDisabled('ledger.example')).toBe(true);
    expect(await isSiteDisabled('news.ledger.example')).toBe(false);
    await setSiteDisabled('ledger.example', false);
    expect(await isSiteDisabled('ledger.example')).toBe(false);
    expect(await isSiteDisabled('courier.example')).toBe(true);
  });
});
