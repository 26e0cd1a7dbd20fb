/**
 * Runs in every web page: reports whether it is an article and, if so, sends its text to the
 * background for analysis; and
 * shows a sentence when the side panel asks. The only change it makes to a page is the
 * highlight (see utils/highlight/page-highlight.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findSentenceRange } from '../../utils/highlight/find-sentence';
import { createPageHighlighter } from '../../utils/highlight/page-highlight';
import type { ContentToBackground, HighlightReply } from '../../utils/messaging/protocol';
import { isFromExtensionPage, validatePanelToContent } from '../../utils/messaging/validate';
import { extractArticleSteps } from '../../utils/page/extract';
import { siteOf } from '../../utils/page/meta';
import { detectArticlePageSteps } from '../../utils/page/page-type';
import { isSiteDisabled } from '../../utils/settings';
import { deliver } from './deliver';
import { runPipeline, type PipelineStages } from './pipeline';
import { whenPageSettled } from './settle';

/**
 * After a single-page-app navigation the new article is often rendered a moment after the
 * address changes; analysing at once would judge the old or a half-built page.
 */
const SPA_SETTLE_MS = 600;

/** The run's stages; what it sends is delivered until the background takes it in, or the run is aborted. */
function stagesFor(signal: AbortSignal): PipelineStages {
  const sendMessage = (message: ContentToBackground) => browser.runtime.sendMessage(message);
  return {
    settle: () => whenPageSettled(),
    isSiteDisabled,
    detectArticlePageSteps,
    extractArticleSteps,
    send: (message) => void deliver(message, sendMessage, signal),
  };
}

function withoutHash(url: URL): string {
  return url.href.slice(0, url.href.length - url.hash.length);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise post a "content script started" message, with the extension's id in it, to
  // every page's window: the page's own message listeners would all run, and learn the extension is there.
  noScriptStartedPostMessage: true,

  main(ctx: ContentScriptContext) {
    const highlighter = createPageHighlighter(document);
    let current: AbortController | undefined;
    let settleTimer: number | undefined;

    /** Starts a fresh analysis; any run still in progress is for a page no longer shown. */
    function analyse(): void {
      current?.abort();
      const controller = new AbortController();
      current = controller;
      highlighter.clear();
      const url = location.href;
      runPipeline({ doc: document, url, site: siteOf(url), signal: controller.signal }, stagesFor(controller.signal)).catch(
        (error: unknown) => console.error('[On the Record] analysis failed', error),
      );
    }

    ctx.onInvalidated(() => {
      current?.abort();
      highlighter.clear();
    });

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
      // Moving to an anchor in the same article is not a new page.
      if (withoutHash(newUrl) === withoutHash(oldUrl)) return;
      current?.abort();
      highlighter.clear();
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      settleTimer = ctx.setTimeout(analyse, SPA_SETTLE_MS);
    });

    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender): Promise<HighlightReply | void> | undefined => {
      if (!isFromExtensionPage(sender)) {
        console.warn('[On the Record] ignored a message from outside the extension');
        return undefined;
      }
      const request = validatePanelToContent(message);
      switch (request?.type) {
        case 'highlight': {
          const range = findSentenceRange(document, request.sentence, request.paragraph);
          if (range) highlighter.show(range);
          return Promise.resolve({ found: range !== null });
        }
        case 'clear-highlight':
          highlighter.clear();
          return Promise.resolve();
        case 'reanalyse':
          analyse();
          return Promise.resolve();
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    analyse();
  },
});
