import { useSignal } from '@preact/signals';
import type { FactView } from '../../lib/messaging';
import { t } from '../i18n';
import { fieldName, formatDate } from './labels';
import { SourceTag } from './SourceTag';

/** Where exactly: a portal's page, or a ledger's row (ledger:<file>#<sheet>!<row>). */
function placeOf(url: string): string {
  const ledgerRow = /^ledger:.*!(\d+)$/.exec(url);
  if (ledgerRow) return t('optionsLedgerRow', ledgerRow[1] ?? '');
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host + parsed.pathname : '';
  } catch {
    return '';
  }
}

/** Earlier observations, newest first, each with where and when it was reported. */
export function HistoryTable({ facts }: { facts: readonly FactView[] }) {
  const open = useSignal(false);
  if (facts.length === 0) return null;
  return (
    <section class="block">
      <h3>
        <button
          type="button"
          class="disclosure"
          aria-expanded={open.value}
          data-testid="options-history-toggle"
          onClick={() => (open.value = !open.value)}
        >
          <span class="chevron" aria-hidden="true">
            {open.value ? '▾' : '▸'}
          </span>
          {t('optionsHistory', facts.length)}
        </button>
      </h3>
      {open.value && (
        <table class="grid history" data-testid="options-history">
          <thead>
            <tr>
              <th class="col-field">{t('optionsColField')}</th>
              <th class="col-period">{t('optionsColPeriod')}</th>
              <th>{t('optionsColValue')}</th>
              <th class="col-source">{t('optionsColSource')}</th>
              <th class="col-place">{t('optionsColPage')}</th>
              <th class="col-date">{t('optionsColDate')}</th>
            </tr>
          </thead>
          <tbody>
            {facts.map((fact) => (
              <tr key={fact.id} data-key={fact.key}>
                <th scope="row" class="col-field" title={fact.key}>
                  {fieldName(fact.key)}
                </th>
                <td class="col-period">{fact.period ?? ''}</td>
                <td class="value">{fact.value}</td>
                <td class="col-source">
                  <SourceTag fact={fact} />
                </td>
                <td class="url col-place" title={fact.url}>
                  {placeOf(fact.url)}
                </td>
                <td class="col-date">{formatDate(fact.observedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
