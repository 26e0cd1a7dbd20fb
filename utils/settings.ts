/**
 * The reader's settings, kept in storage.local (read by the content script before any analysis).
 * One key per switched-off site, so toggling two sites at once cannot lose either write.
 */
import { browser } from 'wxt/browser';

/** `site` as ArticleMeta names it (siteOf in utils/page/meta.ts): host name without "www.". */
const siteOffKey = (site: string) => `site-off:${site}`;

/** Whether the reader switched the extension off for this site. */
export async function isSiteDisabled(site: string): Promise<boolean> {
  const key = siteOffKey(site);
  const stored = await browser.storage.local.get(key);
  return stored[key] === true;
}

export async function setSiteDisabled(site: string, disabled: boolean): Promise<void> {
  const key = siteOffKey(site);
  if (disabled) await browser.storage.local.set({ [key]: true });
  else await browser.storage.local.remove(key);
}
