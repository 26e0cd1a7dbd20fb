/**
 * Where the browser bench serves each corpus page. A reader meets a page at its own address,
 * and the gate reads the address with the page's head, first: a home page, a forum thread, a
 * wiki article or a video is often settled by its path and head, before the body is read. The
 * CLI (and so `npm run eval`) judges a saved page by the address the page declares, its
 * canonical link or og:url; the bench serves the page on 127.0.0.1 at that address's path and
 * query, so the gate in Chromium judges the page by the same path. A page that declares none
 * is served at its file name, a path that says nothing.
 *
 * Several pages may declare the same path ("/" for three front pages), so the file is named in
 * a query parameter the gate never reads (it judges the path alone).
 */
import type { ServeOptions } from '../../tests/e2e/harness';
import { canonicalUrlOf } from '../../utils/page/meta';
import { readSavedPage } from '../lib/analyse-file';
import type { CorpusPage } from './corpus';

const FILE_PARAM = 'corpus-file';

/** The path and query of the http(s) address the saved page declares, as the CLI reads it; undefined when it declares none. */
export function declaredPath(file: string): string | undefined {
  const { document, url } = readSavedPage(file);
  const declared = new URL(canonicalUrlOf(document, url));
  return declared.protocol === 'http:' || declared.protocol === 'https:' ? declared.pathname + declared.search : undefined;
}

/** The page at its declared address's path (the file named in FILE_PARAM), or at its file name when it declares none. */
export function atDeclaredAddress(page: CorpusPage): string {
  const path = declaredPath(page.path);
  if (path === undefined) return atFileName(page);
  return `${path}${path.includes('?') ? '&' : '?'}${FILE_PARAM}=${encodeURIComponent(page.name)}`;
}

/** The page at its file name: no address signal. */
export const atFileName = (page: CorpusPage): string => `/${encodeURIComponent(page.name)}`;

/** The server's side: the file a request names in FILE_PARAM (otherwise the server serves the request's path). */
export const corpusFileOf: NonNullable<ServeOptions['fileOf']> = (request) => request.searchParams.get(FILE_PARAM) ?? undefined;
