import { formatShare, plural } from '../../components/format';
import type { SourcingSummary } from '../../utils/analysis/report';

/** One line of colour-keyed counts for an entry: "2 named · 1 organisation · 3 anonymous (43%) · 1 denial". */
export function SummaryChips({ summary }: { summary: SourcingSummary }) {
  const chips = [
    { kind: 'named', text: plural(summary.named, 'named', 'named'), count: summary.named },
    { kind: 'organization', text: plural(summary.organizations, 'organisation'), count: summary.organizations },
    {
      kind: 'anonymous',
      text:
        summary.anonymous > 0
          ? `${plural(summary.anonymous, 'anonymous', 'anonymous')} (${formatShare(summary.anonymousShare)})`
          : plural(0, 'anonymous', 'anonymous'),
      count: summary.anonymous,
    },
    { kind: 'denial', text: plural(summary.denials, 'denial'), count: summary.denials },
  ];
  return (
    <ul class="chips" aria-label="Sourcing">
      {chips.map((chip) => (
        <li key={chip.kind} class="kind-pill chip" data-kind={chip.kind} data-count={chip.kind} data-zero={chip.count === 0 ? 'true' : undefined}>
          <span class="kind-dot" aria-hidden="true" />
          {chip.text}
        </li>
      ))}
    </ul>
  );
}
