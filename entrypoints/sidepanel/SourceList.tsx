import { KIND_LABELS } from '../../components/kinds';
import type { Source, SourceKind } from '../../utils/analysis/report';
import type { MentionRef } from './MentionButton';
import { SourceItem } from './SourceItem';

const GROUP_ORDER: readonly SourceKind[] = ['named', 'organization', 'anonymous'];

const GROUP_TITLES: Record<SourceKind, string> = {
  named: 'Named people',
  organization: KIND_LABELS.organization.many,
  anonymous: 'Anonymous sources',
};

/** Sources grouped by kind (named, organisations, anonymous), each group in article order. */
function groupSources(sources: readonly Source[]): { kind: SourceKind; sources: Source[] }[] {
  return GROUP_ORDER.map((kind) => ({ kind, sources: sources.filter((s) => s.kind === kind) })).filter(
    (group) => group.sources.length > 0,
  );
}

export function SourceList(props: {
  sources: readonly Source[];
  activeKey: string | undefined;
  onChoose: (mention: MentionRef) => void;
}) {
  const groups = groupSources(props.sources);
  if (groups.length === 0) return <p class="section__empty">No one is quoted or cited.</p>;
  return (
    <>
      {groups.map((group) => (
        <div key={group.kind} class="source-group" data-kind={group.kind}>
          <h3 class="source-group__title" id={`group-${group.kind}`}>
            <span class="kind-dot" aria-hidden="true" />
            {GROUP_TITLES[group.kind]}
            <span class="source-group__count">{group.sources.length}</span>
          </h3>
          <ul class="sources" aria-labelledby={`group-${group.kind}`}>
            {group.sources.map((source, i) => (
              <SourceItem key={i} source={source} activeKey={props.activeKey} onChoose={props.onChoose} />
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
