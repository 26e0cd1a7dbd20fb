/**
 * Page objects for the extension's own pages, written against their data-testid contract,
 * so the tests read as what a reader sees rather than as selectors.
 */
import type { Locator, Page } from 'playwright-core';
import type { SourceKind, DenialType } from '../../utils/analysis/report';
import type { ExtensionBrowser } from './harness';

export type PanelStatus = 'loading' | 'not-article' | 'no-sources' | 'disabled' | 'no-tab' | 'error';
export type SummaryCount = 'named' | 'organization' | 'anonymous' | 'denial';

export interface ShownAnonymousSource {
  text: string;
  /** The stated reason for anonymity, when the panel shows one. */
  reason?: string;
  /** Whether the panel flags that no reason was given. */
  flaggedNoReason: boolean;
}

/** sidepanel.html opened as an ordinary tab, pinned to one tab with `?tab=<id>`. */
export class SidePanel {
  private constructor(readonly page: Page) {}

  static async open(browser: ExtensionBrowser, tabId: number, width = 400): Promise<SidePanel> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${browser.extensionOrigin}/sidepanel.html?tab=${tabId}`);
    return new SidePanel(page);
  }

  headline(): Locator {
    return this.page.getByTestId('headline');
  }

  status(): Locator {
    return this.page.getByTestId('status');
  }

  /** Resolves once the panel shows the given status. */
  async waitForStatus(status: PanelStatus): Promise<void> {
    await this.page.locator(`[data-testid="status"][data-status="${status}"]`).waitFor();
  }

  /** The number the summary shows for one kind. */
  async count(kind: SummaryCount): Promise<number> {
    const text = await this.page.locator(`[data-testid="summary"] [data-count="${kind}"]`).innerText();
    const digits = /\d+/.exec(text);
    if (!digits) throw new Error(`Summary count for ${kind} shows no number: "${text}"`);
    return Number(digits[0]);
  }

  sources(kind: SourceKind): Locator {
    return this.page.locator(`li[data-testid="source"][data-kind="${kind}"]`);
  }

  async sourceNames(kind: SourceKind): Promise<string[]> {
    return (await this.sources(kind).getByTestId('source-name').allInnerTexts()).map(squash);
  }

  async anonymousSources(): Promise<ShownAnonymousSource[]> {
    const shown: ShownAnonymousSource[] = [];
    for (const item of await this.sources('anonymous').all()) {
      const reason = item.getByTestId('anonymity-reason');
      shown.push({
        text: squash(await item.innerText()),
        reason: (await reason.count()) > 0 ? squash(await reason.first().innerText()) : undefined,
        flaggedNoReason: (await item.getByTestId('no-reason').count()) > 0,
      });
    }
    return shown;
  }

  denials(type?: DenialType): Locator {
    const typed = type ? `[data-type="${type}"]` : '';
    return this.page.locator(`li[data-testid="denial"]${typed}`);
  }

  /** The mention buttons whose sentence contains `text`. */
  mention(text: string): Locator {
    return this.page.locator('button[data-testid="mention"]').filter({ hasText: text });
  }

  openReadingLogLink(): Locator {
    return this.page.getByTestId('open-reading-log');
  }

  siteSwitch(): Locator {
    return this.page.getByTestId('site-switch');
  }

  /**
   * Flips the site switch as a reader does. The switch's drawn track lies over the checkbox
   * (both inside its label), so the click lands on the track: hence `force`.
   */
  async setSiteEnabled(enabled: boolean): Promise<void> {
    await this.siteSwitch().setChecked(enabled, { force: true });
  }
}

/** reading-log.html */
export class ReadingLog {
  private constructor(readonly page: Page) {}

  static async open(browser: ExtensionBrowser): Promise<ReadingLog> {
    const page = await browser.context.newPage();
    await page.goto(`${browser.extensionOrigin}/reading-log.html`);
    return new ReadingLog(page);
  }

  visits(): Locator {
    return this.page.locator('li[data-testid="visit"]');
  }

  visit(canonicalUrl: string): Locator {
    return this.page.locator(`li[data-testid="visit"][data-url="${cssString(canonicalUrl)}"]`);
  }

  async visitUrls(): Promise<string[]> {
    const urls: string[] = [];
    for (const visit of await this.visits().all()) urls.push((await visit.getAttribute('data-url')) ?? '');
    return urls;
  }

  search(): Locator {
    return this.page.getByTestId('search');
  }

  siteFilter(): Locator {
    return this.page.getByTestId('site-filter');
  }

  siteTotal(site: string): Locator {
    return this.page.locator(`[data-testid="site-total"][data-site="${cssString(site)}"]`);
  }

  empty(): Locator {
    return this.page.getByTestId('empty');
  }

  clearAll(): Locator {
    return this.page.getByTestId('clear-all');
  }

  exportButton(): Locator {
    return this.page.getByTestId('export');
  }

  deleteButton(canonicalUrl: string): Locator {
    return this.visit(canonicalUrl).getByTestId('delete-visit');
  }
}

/** Text as a reader sees it: runs of white space as one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
