import { t } from '../i18n';
import { ImportIssues } from './ImportIssues';
import { confirmImport, importBusy, ledger, preview } from './import-state';
import { fieldName, slotLabel } from './labels';

const SHOWN_ROWS = 20;

/** What 确认导入 would send, computed in the page: counts, the first rows and every problem. */
export function ImportPreview() {
  const data = preview.value;
  const loaded = ledger.value;
  if (!data || !loaded) return null;
  return (
    <section class="block preview" data-testid="options-import-preview">
      <div class="figures">
        <div class="figure">
          <strong>{loaded.sheets.length}</strong>
          <span>{t('optionsFigureSheets')}</span>
        </div>
        <div class="figure">
          <strong>{data.totalRows}</strong>
          <span>{t('optionsFigureRows')}</span>
        </div>
        <div class="figure">
          <strong data-testid="options-import-ready">{data.rows.length}</strong>
          <span>{t('optionsFigureReady')}</span>
        </div>
        <div class={data.issues.length ? 'figure figure-warn' : 'figure'}>
          <strong data-testid="options-import-issue-count">{data.issues.length}</strong>
          <span>{t('optionsFigureIssues')}</span>
        </div>
      </div>
      <div class="actions">
        <button
          type="button"
          class="btn btn-primary"
          data-testid="options-import-confirm"
          disabled={importBusy.value || data.rows.length === 0}
          onClick={() => void confirmImport()}
        >
          {importBusy.value ? t('optionsImporting') : t('optionsImportConfirm', data.rows.length)}
        </button>
        <span class="hint">{t('optionsImportNothingSent')}</span>
      </div>
      <h3>{t('optionsPreviewFirstRows', Math.min(SHOWN_ROWS, data.rows.length))}</h3>
      {data.rows.length === 0 ? (
        <p class="alert alert-warn">{t('optionsPreviewNoRows')}</p>
      ) : (
        <table class="grid prepared">
          <thead>
            <tr>
              <th>{t('optionsColSheet')}</th>
              <th class="col-row">{t('optionsColRow')}</th>
              <th class="col-period">{t('optionsColPeriod')}</th>
              <th>{t('optionsColContent')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={`${row.sheet}|${row.row}`} data-testid="options-import-row">
                <td>{row.sheet}</td>
                <td class="col-row">{row.row}</td>
                <td class="col-period">{row.period ?? ''}</td>
                <td>
                  <div class="chips">
                    {row.fields.map((field) => (
                      <span key={`${field.entity ?? ''}|${field.key}`} class="chip" title={field.key}>
                        <span class="chip-key">
                          {field.entity ? `${slotLabel(field.entity)}·` : ''}
                          {fieldName(field.key)}
                        </span>
                        {field.value}
                      </span>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ImportIssues issues={data.issues} />
    </section>
  );
}
