/**
 * The dev corpus the benchmarks run over: ../shared/corpus, read at run time and never copied
 * into the project. Pages are split article / non-article by their gold labels.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../shared/corpus');
export const CORPUS_PAGES_DIR = join(CORPUS_DIR, 'pages');

export interface CorpusPage {
  /** File name inside pages/, e.g. `site__example.html`. */
  name: string;
  path: string;
  /** The gold label; undefined when the page has no label file. */
  labelledArticle: boolean | undefined;
}

/** The corpus pages, or undefined (with the reason printed by the caller) when ../shared is absent. */
export function readCorpus(): CorpusPage[] | undefined {
  if (!existsSync(CORPUS_PAGES_DIR)) return undefined;
  return readdirSync(CORPUS_PAGES_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({ name, path: join(CORPUS_PAGES_DIR, name), labelledArticle: labelOf(name) }));
}

function labelOf(pageName: string): boolean | undefined {
  const file = join(CORPUS_DIR, 'labels', `${basename(pageName, '.html')}.json`);
  if (!existsSync(file)) return undefined;
  const label = JSON.parse(readFileSync(file, 'utf8')) as { isArticle?: unknown };
  return typeof label.isArticle === 'boolean' ? label.isArticle : undefined;
}
