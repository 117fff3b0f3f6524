import type { ImportPreview } from '../../../lib/messaging';
import { t } from '../../i18n';
import { chosen, confirmImport, importing, resetImport } from './import-state';
import { importCounts, statusText } from './labels';

type Checked = Extract<ImportPreview, { ok: true }>;

/** What importing would do, definition by definition, and the sites it will ask for. */
export function ImportPreviewView({ preview }: { preview: Checked }) {
  const { written } = importCounts(preview.items);
  return (
    <div class="block import-preview" data-testid="definitions-import-preview">
      {chosen.value && <p class="file-name">{chosen.value.fileName}</p>}
      <ul class="import-items">
        {preview.items.map((item) => (
          <li key={item.id} data-testid="definitions-import-item" data-status={item.status} data-id={item.id}>
            <span class={`import-status status-${item.status}`}>{statusText(item)}</span>
            <span class="definition-name">{item.name}</span>
            <span class="mono muted">{item.id}</span>
          </li>
        ))}
      </ul>
      {preview.origins.length > 0 && (
        <>
          <p>{t('definitionsImportHosts')}</p>
          <ul class="import-origins" data-testid="definitions-import-origins">
            {preview.origins.map((origin) => (
              <li key={origin} class="mono">
                {origin}
              </li>
            ))}
          </ul>
          <p class="hint">{t('definitionsImportHostsHint')}</p>
        </>
      )}
      {written === 0 && <p class="alert alert-warn">{t('definitionsImportNothing')}</p>}
      <div class="actions">
        <button
          type="button"
          class="btn btn-primary"
          data-testid="definitions-import-confirm"
          disabled={importing.value || written === 0}
          // Nothing before this call may wait: the permission request must run within the click.
          onClick={() => void confirmImport()}
        >
          {importing.value ? t('definitionsImporting') : t('definitionsImportConfirm', written)}
        </button>
        <button type="button" class="btn" disabled={importing.value} onClick={resetImport}>
          {t('optionsCancel')}
        </button>
      </div>
    </div>
  );
}
