import { useRef } from 'preact/hooks';
import { ErrorSummary } from './error-summary.tsx';
import { useOptions } from './options-context.ts';

/**
 * Export, import and deleting closed cases.
 *
 * @example
 * <DataSection /> //=> 'Export all cases', the import form, 'Delete closed cases now'
 */
export function DataSection() {
  const { data, effective, exportData, importText, purgeNow } = useOptions();
  const file = useRef<HTMLInputElement>(null);
  const counts = data.counts.value;
  const days = effective.value?.settings.retentionDays ?? 0;

  const download = async () => {
    const result = await exportData();
    if (!result) return;
    const url = URL.createObjectURL(new Blob([result.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = result.name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <section class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p data-testid="case-counts">
        {counts ? `ASB Assist holds ${counts.total} case${counts.total === 1 ? '' : 's'} in this browser (${counts.closed} closed).` : 'Counting cases…'}
      </p>
      <h3>Export</h3>
      <p class="hint">A JSON file of every case, its recorded steps and your settings, to move to another computer or keep as a backup.</p>
      <button type="button" class="button-secondary" onClick={() => void download()}>
        Export all cases
      </button>
      <h3>Import</h3>
      <ErrorSummary errors={data.errors.value} title="The file was not imported" id="import-errors" />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = file.current?.files?.[0];
          if (!chosen) {
            data.errors.value = [{ field: 'import-file', where: '', problem: 'Choose an export file to import.' }];
            return;
          }
          void chosen.text().then(importText);
        }}
      >
        <div class="field">
          <label for="import-file">Export file to import</label>
          <p id="import-hint" class="hint">
            Cases already here are kept; the file’s cases are added or merged with them. Nothing is changed if the file has a problem.
          </p>
          <input id="import-file" ref={file} type="file" accept=".json,application/json" aria-describedby="import-hint" />
        </div>
        <button type="submit" class="button-secondary">
          Import
        </button>
      </form>
      <h3>Delete closed cases</h3>
      <p class="hint">
        Closed cases are deleted automatically {days} days after closing. You can do it now as well.
      </p>
      <button type="button" class="button-secondary" onClick={() => void purgeNow()}>
        Delete closed cases now
      </button>
    </section>
  );
}
