import type { SourcingSummary } from '../utils/analysis/report';
import { formatCount, formatShare } from './format';
import { KIND_LABELS, type DisplayKind } from './kinds';

/** The summary's count for each kind, in display order. */
export function summaryCounts(summary: SourcingSummary): { kind: DisplayKind; count: number }[] {
  return [
    { kind: 'named', count: summary.named },
    { kind: 'organization', count: summary.organizations },
    { kind: 'anonymous', count: summary.anonymous },
    { kind: 'denial', count: summary.denials },
  ];
}

// What each number counts: people and organisations are counted once, anonymous sources per attribution.
const COUNT_TITLES: Record<DisplayKind, string> = {
  named: 'Named people quoted or cited',
  organization: 'Organisations speaking on the record',
  anonymous: 'Attributions to anonymous sources',
  denial: 'Denials, refusals to comment and non-responses',
};

/**
 * Named · organisations · anonymous · denials, and the share of anonymous attributions.
 * `attributions` (all attributed sentences) explains the share: anonymous sources are
 * counted per attribution, so "5 anonymous" can come from fewer anonymous sources.
 */
export function SummaryBar({ summary, attributions }: { summary: SourcingSummary; attributions: number }) {
  const counts = summaryCounts(summary);
  const share = formatShare(summary.anonymousShare);
  return (
    <section class="summary" data-testid="summary" aria-label="Summary">
      <ul class="summary__counts">
        {counts.map(({ kind, count }) => (
          <li key={kind} class="summary__count" data-count={kind} data-kind={kind} title={COUNT_TITLES[kind]}>
            <span class="summary__number">{formatCount(count)}</span>{' '}
            <span class="summary__label">{count === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many}</span>
          </li>
        ))}
      </ul>
      <div class="share" data-kind="anonymous">
        <p class="share__text">
          <strong>{share}</strong> of attributions are anonymous
          {attributions > 0 && ` (${formatCount(summary.anonymous)} of ${formatCount(attributions)})`}
        </p>
        <div
          class="share__bar"
          role="meter"
          aria-label="Share of anonymous attributions"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(summary.anonymousShare * 100)}
          aria-valuetext={share}
        >
          <span style={{ width: `${Math.min(100, Math.max(0, summary.anonymousShare * 100))}%` }} />
        </div>
      </div>
    </section>
  );
}
