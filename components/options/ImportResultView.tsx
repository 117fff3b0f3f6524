import { t } from '../i18n';
import { importResult, resetImport } from './import-state';
import { issueText } from './labels';
import { showSection } from './state';

export function ImportResultView() {
  const result = importResult.value;
  if (!result) return null;
  return (
    <section class="block" data-testid="options-import-result">
      <div class="figures">
        <div class="figure figure-ok">
          <strong data-testid="options-import-imported">{result.imported}</strong>
          <span>{t('optionsResultImported')}</span>
        </div>
        <div class={result.skipped.length ? 'figure figure-warn' : 'figure'}>
          <strong data-testid="options-import-skipped">{result.skipped.length}</strong>
          <span>{t('optionsResultSkipped')}</span>
        </div>
        <div class={result.conflicts ? 'figure figure-warn' : 'figure'}>
          <strong data-testid="options-import-conflicts">{result.conflicts}</strong>
          <span>{t('optionsResultConflicts')}</span>
        </div>
      </div>
      {result.skipped.length > 0 && (
        <table class="grid issues">
          <thead>
            <tr>
              <th>{t('optionsColSheet')}</th>
              <th class="col-row">{t('optionsColRow')}</th>
              <th>{t('optionsColReason')}</th>
            </tr>
          </thead>
          <tbody>
            {result.skipped.map((skip) => (
              <tr key={`${skip.sheet}|${skip.row}`} data-testid="options-import-skipped-row">
                <td>{skip.sheet}</td>
                <td class="col-row">{skip.row}</td>
                <td>{issueText(skip.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="actions">
        {result.conflicts > 0 && (
          <button type="button" class="btn btn-primary" onClick={() => showSection('conflicts')}>
            {t('optionsGoToConflicts')}
          </button>
        )}
        <button type="button" class="btn" onClick={resetImport}>
          {t('optionsImportAnother')}
        </button>
      </div>
    </section>
  );
}
