import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atDeclaredAddress, atFileName, corpusFileOf, declaredPath } from '../../scripts/bench/corpus-address';
import type { CorpusPage } from '../../scripts/bench/corpus';
import { startFixtureServer } from '../e2e/harness';

const scratch = mkdtempSync(join(tmpdir(), 'otr-address-'));
/** The served folder; a page beside it must stay out of reach. */
const dir = join(scratch, 'pages');
mkdirSync(dir);
writeFileSync(join(scratch, 'outside.html'), '<p>Not served.</p>');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An invented saved page with this head; its body names the file. */
function savedPage(name: string, head: string): CorpusPage {
  const path = join(dir, name);
  writeFileSync(path, `<!doctype html><html><head><title>Harbour vote</title>${head}</head><body><p>Body of ${name}.</p></body></html>`);
  return { name, path, labelledArticle: true };
}

const canonical = savedPage('canonical.html', '<link rel="canonical" href="https://news.example/2031/04/harbour-vote?ref=1#top">');
const both = savedPage(
  'both.html',
  '<meta property="og:url" content="https://news.example/tag/harbours"><link rel="canonical" href="https://news.example/2031/04/harbour-vote">',
);
const ogOnly = savedPage('og-only.html', '<meta property="og:url" content="https://news.example/watch?v=abc">');
const relative = savedPage('relative.html', '<link rel="canonical" href="/tag/harbours">');
const none = savedPage('none.html', '');

describe('where the browser bench serves a corpus page (scripts/bench/corpus-address.ts)', () => {
  it('reads the address the page declares, as the CLI does: canonical link, else og:url; path and query, no hash', () => {
    expect(declaredPath(canonical.path)).toBe('/2031/04/harbour-vote?ref=1');
    expect(declaredPath(both.path)).toBe('/2031/04/harbour-vote');
    expect(declaredPath(ogOnly.path)).toBe('/watch?v=abc');
    expect(declaredPath(none.path)).toBeUndefined();
  });

  it('does not take a relative canonical link, which a saved file resolves against its own file:// address', () => {
    expect(declaredPath(relative.path)).toBeUndefined();
  });

  it('serves a page at its declared path with the file named in the query, or at its file name', () => {
    expect(atDeclaredAddress(both)).toBe('/2031/04/harbour-vote?corpus-file=both.html');
    expect(atDeclaredAddress(canonical)).toBe('/2031/04/harbour-vote?ref=1&corpus-file=canonical.html');
    expect(atDeclaredAddress(none)).toBe('/none.html');
    expect(atFileName(canonical)).toBe('/canonical.html');
    for (const page of [canonical, both, ogOnly]) {
      expect(corpusFileOf(new URL(`http://127.0.0.1${atDeclaredAddress(page)}`))).toBe(page.name);
    }
    // At its file name the server serves the path itself.
    expect(corpusFileOf(new URL(`http://127.0.0.1${atFileName(none)}`))).toBeUndefined();
  });

  it('is what the fixture server then sends: the named file at any path, nothing outside its folder', async () => {
    const server = await startFixtureServer({ root: dir, contentTypes: { '.html': 'text/html' }, fileOf: corpusFileOf });
    const fetched = async (path: string) => {
      const response = await fetch(server.url(path));
      return { status: response.status, text: await response.text() };
    };
    try {
      expect(await fetched(atDeclaredAddress(ogOnly))).toEqual({ status: 200, text: expect.stringContaining('Body of og-only.html') });
      expect(await fetched(atFileName(ogOnly))).toEqual({ status: 200, text: expect.stringContaining('Body of og-only.html') });
      expect(await fetched(atDeclaredAddress(none))).toEqual({ status: 200, text: expect.stringContaining('Body of none.html') });
      expect((await fetched('/watch?v=abc')).status).toBe(404);
      expect((await fetched('/x?corpus-file=..%2Foutside.html')).status).toBe(404);
      expect((await fetched('/100%.html')).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
