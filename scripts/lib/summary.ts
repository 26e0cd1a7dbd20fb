/** The CLI's readable summary of one analysed page. */
import type { Denial, Mention, Source, SourceKind } from '../../utils/analysis/report';
import type { FileAnalysis } from './analyse-file';

const SENTENCE_WIDTH = 110;
const MENTIONS_SHOWN = 3;

export function formatSummary({ analysis, line }: FileAnalysis): string {
  const out: string[] = [line.file, `  ${line.title || '(no title)'}`];
  if (!analysis.article) {
    out.push(`  Not an article (${analysis.verdict.reason})`);
    return out.join('\n');
  }
  const { meta, paragraphs } = analysis.article;
  const words = paragraphs.reduce((n, p) => n + p.split(' ').length, 0);
  out.push(
    `  Article: ${[meta.site, meta.published, `${paragraphs.length} paragraphs`, `${words} words`].filter(Boolean).join(' · ')}`,
    `  Gate: ${analysis.verdict.reason}`,
  );
  out.push(...sourceSection('Named people', 'named', line.sources, namedLabel));
  out.push(...sourceSection('Organisations', 'organization', line.sources, (s) => s.name ?? '?'));
  out.push(...sourceSection('Anonymous sources', 'anonymous', line.sources, anonymousLabel));
  out.push(...denialSection(line.denials));
  return out.join('\n');
}

function namedLabel(source: Source): string {
  return [source.name ?? '?', source.description].filter(Boolean).join(', ');
}

function anonymousLabel(source: Source): string {
  const reason = source.anonymityReason ? `reason: ${shorten(source.anonymityReason)}` : 'no reason given';
  return `${source.description ?? 'unnamed source'} (${reason})`;
}

function sourceSection(heading: string, kind: SourceKind, sources: Source[], label: (s: Source) => string): string[] {
  const ofKind = sources.filter((s) => s.kind === kind);
  if (ofKind.length === 0) return [`  ${heading}: none`];
  const lines = [`  ${heading} (${ofKind.length})`];
  for (const source of ofKind) {
    const count = source.mentions.length;
    lines.push(`    • ${label(source)} — ${count} mention${count === 1 ? '' : 's'}`);
    lines.push(...mentionLines(source.mentions));
  }
  return lines;
}

function mentionLines(mentions: Mention[]): string[] {
  const lines = mentions.slice(0, MENTIONS_SHOWN).map((m) => `        “${shorten(m.sentence)}”`);
  if (mentions.length > MENTIONS_SHOWN) lines.push(`        … and ${mentions.length - MENTIONS_SHOWN} more`);
  return lines;
}

const DENIAL_LABELS: Record<Denial['type'], string> = {
  denial: 'Denial',
  no_comment: 'No comment',
  no_response: 'No response',
};

function denialSection(denials: Denial[]): string[] {
  if (denials.length === 0) return ['  Denials and non-answers: none'];
  const lines = [`  Denials and non-answers (${denials.length})`];
  for (const type of Object.keys(DENIAL_LABELS) as Denial['type'][]) {
    for (const d of denials.filter((x) => x.type === type)) {
      lines.push(`    • ${DENIAL_LABELS[type]}${d.by ? ` (${d.by})` : ''}: “${shorten(d.sentence)}”`);
    }
  }
  return lines;
}

export function shorten(text: string, width = SENTENCE_WIDTH): string {
  return text.length <= width ? text : `${text.slice(0, width - 1).trimEnd()}…`;
}
