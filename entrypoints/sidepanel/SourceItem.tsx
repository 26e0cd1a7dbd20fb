import { KindBadge } from '../../components/KindBadge';
import { plural } from '../../components/format';
import type { Source } from '../../utils/analysis/report';
import { MentionButton, mentionKey, type MentionRef } from './MentionButton';

/** How the panel names a source: its name, or for anonymous sources the article's descriptor. */
function sourceLabel(source: Source): string {
  if (source.kind === 'anonymous') return source.description || source.name || 'An unnamed source';
  return source.name || source.description || 'Unnamed source';
}

/** The role shown under the name; anonymous sources already show their descriptor as the name. */
function sourceRole(source: Source): string | undefined {
  if (source.kind === 'anonymous' || !source.name) return undefined;
  return source.description || undefined;
}

export function SourceItem(props: {
  source: Source;
  activeKey: string | undefined;
  onChoose: (mention: MentionRef) => void;
}) {
  const { source } = props;
  const label = sourceLabel(source);
  const role = sourceRole(source);
  const aliases = source.aliases?.filter((alias) => alias !== source.name) ?? [];
  return (
    <li class="source" data-testid="source" data-kind={source.kind}>
      <div class="source__head">
        <p class="source__name" data-testid="source-name">
          {label}
        </p>{' '}
        <KindBadge kind={source.kind} />
      </div>
      {role && <p class="source__role">{role}</p>}
      {aliases.length > 0 && <p class="source__aliases">Also called {aliases.join(', ')}</p>}
      {source.kind === 'anonymous' && <AnonymityReason reason={source.anonymityReason} />}
      <ul class="mentions" aria-label={`${plural(source.mentions.length, 'sentence')} from ${label}`}>
        {source.mentions.map((mention, i) => (
          <li key={i}>
            <MentionButton
              mention={mention}
              active={props.activeKey === mentionKey(mention)}
              onChoose={props.onChoose}
            />
          </li>
        ))}
      </ul>
    </li>
  );
}

function AnonymityReason({ reason }: { reason: string | undefined }) {
  if (!reason) {
    return (
      <p class="flag" data-testid="no-reason">
        <svg class="flag__icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 1.5 15 14H1L8 1.5Z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
          <path d="M8 6v3.5M8 11.2v.3" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </svg>
        No reason given for anonymity
      </p>
    );
  }
  return (
    <p class="source__reason" data-testid="anonymity-reason">
      <span class="source__reason-label">Why anonymous: </span>
      {reason}
    </p>
  );
}
