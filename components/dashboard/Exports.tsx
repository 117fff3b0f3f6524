import type { Dashboard, PortalColumn, StatsFilter } from '../../lib/stats';
import { eventsNdjson, portalsCsv, statsJson } from '../../lib/stats';
import { type MessageKey, t } from '../i18n';
import { downloadText } from '../options/download';

const CSV_HEADINGS: Record<PortalColumn, MessageKey> = {
  portal: 'dashColPortal',
  submissions: 'dashColSubmissions',
  fieldsAsked: 'dashColAsked',
  fieldsHeld: 'dashColHeld',
  duplicateShare: 'dashColShare',
  fieldsFilled: 'dashColFilled',
  fieldsTyped: 'dashColTyped',
  hoursSpent: 'dashColHoursSpent',
  hoursSaved: 'dashColHoursSaved',
  burdenHours: 'dashColBurden',
};

const stamp = (now: number) => new Date(now).toISOString().slice(0, 10);

export function Exports({
  dashboard,
  filter,
  installationId,
}: {
  dashboard: Dashboard;
  filter: StatsFilter;
  installationId: string;
}) {
  const headings = Object.fromEntries(Object.entries(CSV_HEADINGS).map(([column, key]) => [column, t(key)])) as Record<
    PortalColumn,
    string
  >;
  const now = Date.now();
  return (
    <section class="exports no-print">
      <button
        type="button"
        data-testid="dashboard-export-csv"
        onClick={() => downloadText(`fillonce-stats-${stamp(now)}.csv`, portalsCsv(dashboard, headings))}
      >
        {t('dashExportCsv')}
      </button>
      <button
        type="button"
        data-testid="dashboard-export-json"
        onClick={() =>
          downloadText(
            `fillonce-stats-${stamp(now)}.json`,
            JSON.stringify(statsJson(dashboard, { installationId, exportedAt: Date.now(), filter }), null, 2),
          )
        }
      >
        {t('dashExportJson')}
      </button>
      <button
        type="button"
        data-testid="dashboard-export-ndjson"
        onClick={() =>
          downloadText(`fillonce-events-${stamp(now)}.ndjson`, eventsNdjson(dashboard.views, installationId))
        }
      >
        {t('dashExportNdjson')}
      </button>
      <button type="button" data-testid="dashboard-print" onClick={() => window.print()}>
        {t('dashPrint')}
      </button>
      <p class="export-note">{t('dashExportNote')}</p>
    </section>
  );
}
