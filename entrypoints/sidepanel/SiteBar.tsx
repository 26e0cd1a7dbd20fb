import { formatDate } from '../../components/format';

/** The page's site (and date), with the reader's switch for the extension on that site. */
export function SiteBar(props: {
  /** The site the switch applies to: the host of the tab's address. */
  site: string;
  /** The site the article names as its home, when it is not the one the tab shows. */
  home?: string;
  published?: string;
  enabled: boolean | undefined;
  onToggle: (enabled: boolean) => void;
}) {
  const published = props.published ? formatDate(props.published) : '';
  return (
    <div class="site-bar">
      <p class="site-bar__site">
        {props.home && props.home !== props.site ? (
          <>
            <span class="site-bar__name">{props.home}</span> · read on {props.site}
          </>
        ) : (
          <span class="site-bar__name">{props.site}</span>
        )}
        {published && <span class="site-bar__date"> · {published}</span>}
      </p>
      <label class="switch" title={`Analyse articles on ${props.site}`}>
        <input
          type="checkbox"
          role="switch"
          data-testid="site-switch"
          checked={props.enabled !== false}
          disabled={props.enabled === undefined}
          onChange={(event) => props.onToggle(event.currentTarget.checked)}
          aria-label={`Analyse articles on ${props.site}`}
        />
        <span class="switch__track" aria-hidden="true" />
        <span class="switch__label" aria-hidden="true">
          {props.enabled === false ? 'Off' : 'On'}
        </span>
      </label>
    </div>
  );
}
