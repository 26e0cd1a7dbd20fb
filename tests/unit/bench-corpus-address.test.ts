import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atDeclaredAddress, atFileName, corpusFileOf, declaredPath } from '../../scripts/bench/corpus-address';
import type { CorpusPage } from '../../scripts/bench/corpus';
import { startFixtureServer } from '../e2e/harness';

const dir = mkdtempSync(join(tmpdir(), 'otr-address-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An invented saved page with this head. */
function savedPage(name: string, head: string): CorpusPage {
  const path = join(dir, name);
  writeFileSync(path, `<!doctype html><html><head><title>Harbour vote</title>${head}</head><body><p>Text.</p></body></html>`);
  return { name, path, labelledArticle: true };
}

const canonical = savedPage('canonical.html', '<link rel="canonical" href="https://news.example/2031/04/harbour-vote?ref=1#top">');
const ogOnly = savedPage('og-only.html', '<meta property="og:url" content="https://news.example/watch?v=abc">');
const relative = savedPage('relative.html', '<link rel="canonical" href="/tag/harbours">');
const none = savedPage('none.html', '');

describe('where the browser bench serves a corpus page (scripts/bench/corpus-address.ts)', () => {
  it('reads the address the page declares, as the CLI does: canonical link, else og:url; path and query, no hash', () => {
    expect(declaredPath(canonical.path)).toBe('/2031/04/harbour-vote?ref=1');
    expect(declaredPath(ogOnly.path)).toBe('/watch?v=abc');
    expect(declaredPath(none.path)).toBeUndefined();
  });

  it('does not take a relative canonical link, which a saved file resolves against its own file:// address', () => {
    expect(declaredPath(relative.path)).toBeUndefined();
  });

  it('serves a page at its declared path with the file named in the query, or at its file name', () => {
    expect(atDeclaredAddress(canonical)).toBe('/2031/04/harbour-vote?ref=1&corpus-file=canonical.html');
    expect(atDeclaredAddress(none)).toBe(atFileName(none));
    expect(atFileName(none)).toBe('/none.html');
    for (const page of [canonical, ogOnly, none]) {
      expect(corpusFileOf(new URL(`http://127.0.0.1${atDeclaredAddress(page)}`)).replace(/^\//, '')).toBe(page.name);
    }
  });

  it('is what the fixture server then sends: the named file, whatever the path', async () => {
    const server = await startFixtureServer({ root: dir, contentTypes: { '.html': 'text/html' }, fileOf: corpusFileOf });
    try {
      const declared = await fetch(server.url(atDeclaredAddress(ogOnly)));
      expect(declared.status).toBe(200);
      expect(await declared.text()).toContain('og:url');
      const byName = await fetch(server.url(atFileName(none)));
      expect(await byName.text()).not.toContain('og:url');
      expect((await fetch(server.url('/watch?v=abc'))).status).toBe(404);
      expect((await fetch(server.url('/x?corpus-file=..%2F..%2Fetc%2Fpasswd'))).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
