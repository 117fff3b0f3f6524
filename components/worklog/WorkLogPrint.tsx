import { useSignal, useSignalEffect } from '@preact/signals';
import { WORKLOG_COLUMNS, type WorkLogQuery, type WorkLogRow, workLogCells } from '../../lib/worklog';
import { t } from '../i18n';
import { keyList } from '../key-name';
import { workLogHeadings } from './headings';

interface Props {
  query: WorkLogQuery;
  load: (query: WorkLogQuery) => Promise<WorkLogRow[]>;
  /** When the page was made, for its footer line. */
  now: Date;
}

const sum = (rows: readonly WorkLogRow[], count: (row: WorkLogRow) => number) =>
  rows.reduce((total, row) => total + count(row), 0);

/** The 台账 as a page to print or save as PDF: one table, its period, totals and lines to sign. */
export function WorkLogPrint({ query, load, now }: Props) {
  const rows = useSignal<WorkLogRow[] | null>(null);
  const error = useSignal<string | null>(null);
  useSignalEffect(() => {
    load(query).then(
      (loaded) => (rows.value = loaded),
      (failure: unknown) => (error.value = failure instanceof Error ? failure.message : String(failure)),
    );
  });
  const headings = workLogHeadings();
  const shown = rows.value ?? [];
  const portalName = query.portal ? (shown[0]?.portalName ?? query.portal) : t('worklogAllPortals');
  return (
    <main class="worklog">
      <header>
        <h1>{t('worklogTitle')}</h1>
        <p data-testid="worklog-period">
          {t('periodRange', query.from ?? t('periodEarliest'), query.to ?? t('periodLatest'))} · {portalName}
        </p>
        <button type="button" class="no-print" data-testid="worklog-print-now" onClick={() => window.print()}>
          {t('worklogPrintNow')}
        </button>
      </header>
      {error.value && <p class="worklog-error">{error.value}</p>}
      {rows.value === null && !error.value && <p>{t('worklogLoading')}</p>}
      {rows.value !== null && shown.length === 0 && <p data-testid="worklog-empty">{t('worklogEmpty')}</p>}
      {shown.length > 0 && (
        <table data-testid="worklog-table">
          <thead>
            <tr>
              <th>{t('worklogColIndex')}</th>
              {WORKLOG_COLUMNS.map((column) => (
                <th key={column}>{headings[column]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, index) => {
              const cells = workLogCells(row, keyList);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: the printed list is never reordered, and its place is its 序号.
                <tr key={index}>
                  <td class="number">{index + 1}</td>
                  {WORKLOG_COLUMNS.map((column) => (
                    <td key={column} class={typeof cells[column] === 'number' ? 'number' : column}>
                      {cells[column]}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr data-testid="worklog-totals">
              <th colSpan={6}>{t('worklogTotal', shown.length)}</th>
              <td class="number">{sum(shown, (row) => row.items.length)}</td>
              <td class="number">{sum(shown, (row) => row.filled)}</td>
              <td class="number">{sum(shown, (row) => row.typed)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      <footer>
        <span>{t('worklogSignFiler')}</span>
        <span>{t('worklogSignReviewer')}</span>
        <span>{t('worklogGenerated', now.toLocaleString(document.documentElement.lang))}</span>
      </footer>
    </main>
  );
}
