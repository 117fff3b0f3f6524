import { t } from '../i18n';
import { ImportError } from './ImportError';
import { ImportPreview } from './ImportPreview';
import { ImportResultView } from './ImportResultView';
import { ImportSteps } from './ImportSteps';
import { importBusy, importStep, ledger, loadLedgerFile, mappings } from './import-state';
import { MappingTable } from './MappingTable';

export function ImportSection() {
  const step = importStep.value;
  const loaded = ledger.value;
  return (
    <section class="section import">
      <header class="section-head">
        <h1>{t('optionsNavImport')}</h1>
        <p>{t('optionsImportIntro')}</p>
      </header>
      <ImportSteps step={step} />
      <div class="file-pick">
        <label class="field">
          <span>{t('optionsImportChoose')}</span>
          <input
            type="file"
            accept=".xlsx,.csv"
            data-testid="options-import-file"
            disabled={importBusy.value}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              // Cleared, so choosing the same file again (after fixing it) reads it again.
              input.value = '';
              if (file) void loadLedgerFile(file);
            }}
          />
        </label>
        {loaded && (
          <span class="file-name">{t('optionsImportFileSummary', loaded.fileName, loaded.sheets.length)}</span>
        )}
        {importBusy.value && step === 'choose' && <span class="hint">{t('optionsImportReading')}</span>}
      </div>
      <ImportError />
      {step === 'review' && loaded && (
        <>
          <h2 class="subhead">{t('optionsStepMap')}</h2>
          <p class="hint">{t('optionsMappingHint')}</p>
          {loaded.sheets.map((sheet, index) => (
            <MappingTable key={sheet.name} sheet={sheet} sheetIndex={index} mapping={mappings.value[index] ?? []} />
          ))}
          <h2 class="subhead">{t('optionsStepPreview')}</h2>
          <ImportPreview />
        </>
      )}
      {step === 'done' && <ImportResultView />}
    </section>
  );
}
