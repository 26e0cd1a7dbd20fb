/**
 * The CLI's page pipeline: a saved page's bytes → text without the markup nothing reads
 * (strip-inert.ts), capped at a browser's nesting depth → linkedom document (parse-markup.ts) → the
 * same gate, extractor and analyser the extension runs. Shared by analyze.ts and eval.ts.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Denial, Source } from '../../utils/analysis/report';
import { analysePage, type PageAnalysis } from '../../utils/page/analyse-page';
import { readArticleMeta } from '../../utils/page/meta';
import { boundMarkup } from './bound-markup';
import { parseMarkup } from './parse-markup';
import { readPage } from './read-page';
import { decodeWithoutInert } from './strip-inert';

/** One line of the CLI's JSON Lines output: the contract in ../shared/eval/REPORT.md. */
export interface ReportLine {
  file: string;
  isArticle: boolean;
  title: string;
  sources: Source[];
  denials: Denial[];
}

export interface FileAnalysis {
  analysis: PageAnalysis;
  line: ReportLine;
}

/** A saved page as the CLI reads it, and the file:// address it is judged at. */
export function readSavedPage(file: string): { document: Document; url: string } {
  return { document: parseMarkup(boundMarkup(decodeWithoutInert(readPage(file)))), url: pathToFileURL(resolve(file)).href };
}

/** Analyses one saved page; `file` is echoed as given. */
export function analyseFile(file: string): FileAnalysis {
  const { document, url } = readSavedPage(file);
  const analysis = analysePage(document, url);
  const title = analysis.article?.meta.title ?? readArticleMeta(document, url).title;
  return {
    analysis,
    line: {
      file,
      isArticle: analysis.verdict.isArticle,
      title,
      sources: analysis.report?.sources ?? [],
      denials: analysis.report?.denials ?? [],
    },
  };
}
