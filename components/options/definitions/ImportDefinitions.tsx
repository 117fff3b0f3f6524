import { t } from '../../i18n';
import { ImportErrors } from './ImportErrors';
import { ImportOutcomeView } from './ImportOutcomeView';
import { ImportPreviewView } from './ImportPreviewView';
import { chooseFile, failure, importing, outcome, preview, reading } from './import-state';

/** A pack file: read in the page, checked by the background, shown, and only then imported. */
export function ImportDefinitions() {
  const checked = preview.value;
  return (
    <section class="card definitions-import">
      <h2>{t('definitionsImportTitle')}</h2>
      <p class="hint">{t('definitionsImportHint')}</p>
      <label class="field">
        <span>{t('definitionsImportFile')}</span>
        <input
          type="file"
          accept=".json,application/json"
          data-testid="definitions-import-file"
          disabled={reading.value || importing.value}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared, so choosing the same file again (after fixing it) reads it again.
            input.value = '';
            if (file) void chooseFile(file);
          }}
        />
      </label>
      {reading.value && <p class="hint">{t('definitionsImportReading')}</p>}
      {failure.value && (
        <p class="alert alert-error" role="alert" data-testid="definitions-import-error">
          {failure.value}
        </p>
      )}
      {checked && !checked.ok && <ImportErrors errors={checked.errors} />}
      {checked?.ok && <ImportPreviewView preview={checked} />}
      {outcome.value && <ImportOutcomeView outcome={outcome.value} />}
    </section>
  );
}
