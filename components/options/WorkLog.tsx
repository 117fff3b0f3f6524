import { useSignal } from '@preact/signals';
import { workLogFilter, workLogSearch, workLogXlsx } from '../../lib/worklog';
import { t } from '../i18n';
import { keyList } from '../key-name';
import { workLogHeadings } from '../worklog/headings';
import { ActionForm } from './ActionForm';
import { errorText, send } from './api';
import { downloadBlob } from './download';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The 台账 from the submissions, filtered by dates and portal, ID numbers masked unless asked. */
export function WorkLog() {
  const from = useSignal('');
  const to = useSignal('');
  const portal = useSignal('');
  const revealIds = useSignal(false);
  const portals = useSignal<Array<{ portal: string; name: string }>>([]);
  const status = useSignal<{ ok: boolean; text: string } | null>(null);
  // Listing the portals reads every submission: only once the person opens the list.
  const listPortals = () => {
    if (portals.value.length > 0) return;
    void send('optionsToBackground:getWorkLog', { revealIds: false }).then((rows) => {
      const names = new Map(rows.map((row) => [row.portal, row.portalName]));
      portals.value = [...names].map(([id, name]) => ({ portal: id, name }));
    });
  };
  const query = () => ({ from: from.value, to: to.value, portal: portal.value, revealIds: revealIds.value });
  const exportNow = async () => {
    try {
      const rows = await send('optionsToBackground:getWorkLog', {
        ...workLogFilter(query()),
        revealIds: revealIds.value,
      });
      const bytes = await workLogXlsx(rows, t('worklogSheet'), workLogHeadings(), keyList);
      downloadBlob(
        `${t('worklogSheet')}-${new Date().toISOString().slice(0, 10)}.xlsx`,
        new Blob([bytes], { type: XLSX }),
      );
      status.value = { ok: true, text: t('worklogExported', rows.length) };
    } catch (error) {
      status.value = { ok: false, text: errorText(error) };
    }
  };
  return (
    <ActionForm class="card" action={exportNow}>
      <h2>{t('worklogTitle')}</h2>
      <p class="hint">{t('worklogHint')}</p>
      <label class="field">
        <span>{t('worklogFrom')}</span>
        <input
          type="date"
          data-testid="worklog-from"
          value={from.value}
          onInput={(event) => (from.value = event.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('worklogTo')}</span>
        <input
          type="date"
          data-testid="worklog-to"
          value={to.value}
          onInput={(event) => (to.value = event.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t('worklogPortal')}</span>
        <select
          data-testid="worklog-portal"
          onFocus={listPortals}
          onPointerDown={listPortals}
          value={portal.value}
          onChange={(event) => (portal.value = event.currentTarget.value)}
        >
          <option value="">{t('worklogAllPortals')}</option>
          {portals.value.map((choice) => (
            <option key={choice.portal} value={choice.portal}>
              {choice.name}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          data-testid="worklog-reveal-ids"
          checked={revealIds.value}
          onChange={(event) => (revealIds.value = event.currentTarget.checked)}
        />
        <span>{t('worklogRevealIds')}</span>
      </label>
      <div class="actions">
        <button type="submit" class="btn btn-primary" data-testid="worklog-export-xlsx">
          {t('worklogExport')}
        </button>
        <a
          class="btn"
          href={`/worklog.html?${workLogSearch(query())}`}
          target="_blank"
          rel="noopener"
          data-testid="worklog-print"
        >
          {t('worklogPrint')}
        </a>
      </div>
      {status.value && (
        <p class={status.value.ok ? 'alert alert-ok' : 'alert alert-error'} data-testid="worklog-status">
          {status.value.text}
        </p>
      )}
    </ActionForm>
  );
}
