import { DENIAL_LABELS } from '../../components/kinds';
import type { Denial } from '../../utils/analysis/report';
import { MentionButton, mentionKey, type MentionRef } from './MentionButton';

/** Denials, refusals to comment and non-responses, each with who and the sentence. */
export function DenialList(props: {
  denials: readonly Denial[];
  activeKey: string | undefined;
  onChoose: (mention: MentionRef) => void;
}) {
  return (
    <ul class="denials" aria-label="Denials and non-responses">
      {props.denials.map((denial, i) => (
        <li key={i} class="denial" data-testid="denial" data-type={denial.type} data-kind="denial">
          <p class="denial__head">
            <span class="denial__type">{DENIAL_LABELS[denial.type]}</span>{' '}
            <span class="denial__by">{denial.by || 'Not said who'}</span>
          </p>
          <MentionButton
            mention={denial}
            active={props.activeKey === mentionKey(denial)}
            onChoose={props.onChoose}
          />
        </li>
      ))}
    </ul>
  );
}
