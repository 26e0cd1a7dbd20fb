import { splitAroundQuote } from '../../components/format';
import type { Mention } from '../../utils/analysis/report';

export type MentionRef = Pick<Mention, 'sentence' | 'paragraph'>;

/** Identifies a sentence in the article; two sources citing the same sentence share it. */
export function mentionKey(mention: MentionRef): string {
  return `${mention.paragraph}:${mention.sentence}`;
}

/** One attributed sentence; choosing it highlights the sentence in the page. */
export function MentionButton(props: {
  mention: MentionRef & { quote?: string };
  active: boolean;
  onChoose: (mention: MentionRef) => void;
}) {
  const { mention } = props;
  const parts = splitAroundQuote(mention.sentence, mention.quote);
  return (
    <button
      type="button"
      class="mention"
      data-testid="mention"
      data-active={props.active ? 'true' : undefined}
      title="Show this sentence in the page"
      onClick={() => props.onChoose(mention)}
    >
      {parts ? (
        <>
          {parts.before}
          <strong class="mention__quote">{parts.quote}</strong>
          {parts.after}
        </>
      ) : (
        mention.sentence
      )}
    </button>
  );
}
