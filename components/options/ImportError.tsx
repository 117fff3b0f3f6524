import { t } from '../i18n';
import { importError } from './import-state';

/** A file that is no ledger is said in the person's language; the library's own words follow, small. */
export function ImportError() {
  const error = importError.value;
  if (!error) return null;
  const headline =
    error.stage === 'import'
      ? t('optionsImportNotDone')
      : error.unreadable
        ? t('optionsImportUnreadable')
        : t('optionsImportReadFailed');
  return (
    <div class="alert alert-error" role="alert" data-testid="options-import-error">
      <p>{headline}</p>
      <p class="detail">{error.detail}</p>
    </div>
  );
}
