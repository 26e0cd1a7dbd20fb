import type { ComponentChildren } from 'preact';

export type PanelStatus = 'loading' | 'not-article' | 'no-sources' | 'disabled' | 'no-tab' | 'error';

/** A plain-language state of the panel ("Not an article"…), announced to screen readers. */
export function StatusMessage(props: {
  status: PanelStatus;
  title: string;
  detail?: string;
  children?: ComponentChildren;
}) {
  return (
    <div class="status" data-testid="status" data-status={props.status} role="status">
      <p class="status__title">{props.title}</p>
      {props.detail && <p class="status__detail">{props.detail}</p>}
      {props.children}
    </div>
  );
}
