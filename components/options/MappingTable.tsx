import type { ColumnMapping, LedgerSheet } from '../../lib/ledger';
import { t } from '../i18n';
import { setColumnMapping } from './import-state';
import { FIELD_CHOICES, fieldName, slotLabel } from './labels';

const SKIP = '';
const PERIOD = '@period';
/** Below this the proposal is a guess worth a second look. */
const SURE = 0.8;

function choiceOf(column: ColumnMapping): string {
  return column.period ? PERIOD : (column.key ?? SKIP);
}

function withChoice(column: ColumnMapping, choice: string): ColumnMapping {
  const { period: _period, ...rest } = column;
  if (choice === PERIOD) return { ...rest, key: null, period: true, confidence: 1 };
  return { ...rest, key: choice === SKIP ? null : choice, confidence: 1 };
}

function samples(sheet: LedgerSheet, column: number): string {
  const values: string[] = [];
  for (const row of sheet.rows) {
    const value = row[column]?.trim();
    if (value) values.push(value);
    if (values.length === 2) break;
  }
  return values.join('、');
}

/** One sheet's columns, each with the key it will be imported as; every choice is the person's to change. */
export function MappingTable({
  sheet,
  sheetIndex,
  mapping,
}: {
  sheet: LedgerSheet;
  sheetIndex: number;
  mapping: readonly ColumnMapping[];
}) {
  const hasIdNumber = mapping.some((column) => column.key === 'id-number');
  return (
    <section class="block mapping" data-testid="options-import-mapping" data-sheet={sheet.name}>
      <h3>
        {t('optionsSheet', sheet.name)}
        <span class="muted">{t('optionsSheetRows', sheet.rows.length)}</span>
      </h3>
      {!hasIdNumber && <p class="alert alert-warn">{t('optionsMappingNoIdNumber')}</p>}
      <table class="grid">
        <thead>
          <tr>
            <th>{t('optionsColHeader')}</th>
            <th>{t('optionsColSample')}</th>
            <th>{t('optionsColImportAs')}</th>
            <th>{t('optionsColEntity')}</th>
            <th class="col-confidence">{t('optionsColConfidence')}</th>
          </tr>
        </thead>
        <tbody>
          {mapping.map((column) => {
            const choice = choiceOf(column);
            const unsure = choice !== SKIP && column.confidence < SURE;
            const known = choice === SKIP || choice === PERIOD || FIELD_CHOICES.some(({ key }) => key === choice);
            return (
              <tr key={column.column} class={unsure ? 'is-unsure' : choice === SKIP ? 'is-skipped' : undefined}>
                <th scope="row">{column.header || t('optionsNoHeader')}</th>
                <td class="sample">{samples(sheet, column.column)}</td>
                <td>
                  <select
                    aria-label={t('optionsMappingFor', column.header)}
                    data-testid="options-import-key"
                    data-column={column.column}
                    value={choice}
                    onChange={(event) => setColumnMapping(sheetIndex, withChoice(column, event.currentTarget.value))}
                  >
                    <option value={SKIP}>{t('optionsDoNotImport')}</option>
                    <option value={PERIOD}>{t('optionsPeriodColumn')}</option>
                    {!known && <option value={choice}>{`${fieldName(choice)} · ${choice}`}</option>}
                    <optgroup label={t('optionsFields')}>
                      {FIELD_CHOICES.map(({ key, label }) => (
                        <option key={key} value={key}>
                          {label}
                        </option>
                      ))}
                    </optgroup>
                  </select>
                </td>
                <td>{choice === SKIP || choice === PERIOD ? '' : slotLabel(column.entity)}</td>
                <td class="col-confidence">
                  {choice === SKIP ? '' : unsure ? t('optionsCheckThis') : `${Math.round(column.confidence * 100)}%`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
