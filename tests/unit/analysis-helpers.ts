/** Shared helpers for the analyser tests: every article here is invented. */
import { analyseArticle } from '../../utils/analysis/analyse';
import type { AnalysisReport, Source } from '../../utils/analysis/report';

export function analyse(...paragraphs: string[]): AnalysisReport {
  return analyseArticle({ title: 'Test article', paragraphs });
}

export function ofKind(report: AnalysisReport, kind: Source['kind']): Source[] {
  return report.sources.filter((s) => s.kind === kind);
}

export function names(report: AnalysisReport, kind: Source['kind']): string[] {
  return ofKind(report, kind).map((s) => s.name ?? '');
}

/** Sentences attributed to unnamed sources. */
export function anonymousSentences(report: AnalysisReport): string[] {
  return ofKind(report, 'anonymous').flatMap((s) => s.mentions.map((m) => m.sentence));
}

export function source(report: AnalysisReport, name: string): Source | undefined {
  return report.sources.find((s) => s.name === name);
}
