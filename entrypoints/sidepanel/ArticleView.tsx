import { useMemo } from 'preact/hooks';
import { StatusMessage } from '../../components/StatusMessage';
import { SummaryBar } from '../../components/SummaryBar';
import { summarise, type AnalysisReport } from '../../utils/analysis/report';
import { DenialList } from './DenialList';
import type { MentionRef } from './MentionButton';
import { SourceList } from './SourceList';

/** The sourcing of one article: headline, summary, who speaks, and who denied or did not answer. */
export function ArticleView(props: {
  title: string;
  report: AnalysisReport;
  empty: boolean;
  activeKey: string | undefined;
  onChoose: (mention: MentionRef) => void;
}) {
  const { report } = props;
  const summary = useMemo(() => summarise(report), [report]);
  const attributions = report.sources.reduce((n, source) => n + source.mentions.length, 0);
  return (
    <article class="article">
      <h1 class="headline" data-testid="headline">
        {props.title}
      </h1>
      {props.empty ? (
        <StatusMessage
          status="no-sources"
          title="Nothing attributed in this article"
          detail="No named person, organisation or anonymous source is quoted or cited, and nobody denies or declines to comment."
        />
      ) : (
        <>
          <SummaryBar summary={summary} attributions={attributions} />
          <section class="section" aria-labelledby="sources-title">
            <h2 class="section__title" id="sources-title">
              Who speaks
            </h2>
            <p class="section__hint">Choose a sentence to see it in the page.</p>
            <SourceList sources={report.sources} activeKey={props.activeKey} onChoose={props.onChoose} />
          </section>
          {report.denials.length > 0 && (
            <section class="section" aria-labelledby="denials-title" data-kind="denial">
              <h2 class="section__title" id="denials-title">
                <span class="kind-dot" aria-hidden="true" />
                Denials and non-responses
                <span class="source-group__count">{report.denials.length}</span>
              </h2>
              <DenialList denials={report.denials} activeKey={props.activeKey} onChoose={props.onChoose} />
            </section>
          )}
        </>
      )}
    </article>
  );
}
