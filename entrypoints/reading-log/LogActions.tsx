import type { JSX } from 'preact';

/** Export, import and clear: the reader's copies of the log and the way to empty it. */
export function LogActions(props: {
  hasEntries: boolean;
  onExport: () => void;
  onImportFile: (file: File) => void;
  onClearAll: () => void;
}) {
  const onFile = (event: JSX.TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Reset so choosing the same file again still fires a change.
    input.value = '';
    if (file) props.onImportFile(file);
  };
  return (
    <div class="log-actions">
      <button type="button" class="button" data-testid="export" disabled={!props.hasEntries} onClick={props.onExport}>
        Export JSON
      </button>
      <label class="button file-button">
        <input
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          data-testid="import"
          onChange={onFile}
        />
        Import JSON
      </label>
      <button
        type="button"
        class="button button--danger"
        data-testid="clear-all"
        disabled={!props.hasEntries}
        onClick={props.onClearAll}
      >
        Clear all
      </button>
    </div>
  );
}
