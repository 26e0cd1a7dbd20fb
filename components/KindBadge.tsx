import { KIND_LABELS, type DisplayKind } from './kinds';

/** A coloured dot and the kind's name: the colour key used everywhere in the UI. */
export function KindBadge({ kind }: { kind: DisplayKind }) {
  return (
    <span class="kind-pill kind-badge" data-kind={kind}>
      <span class="kind-dot" aria-hidden="true" />
      {KIND_LABELS[kind].one}
    </span>
  );
}
