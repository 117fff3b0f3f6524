import { useSignal } from '@preact/signals';
import type { Figures, PortalColumn, StatsFilter, StatsInput } from '../../lib/stats';
import { eventsNdjson, filterViews, portalsCsv, statsJson, viewSubmissions } from '../../lib/stats';
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
  figures,
  loadEvents,
  filter,
  installationId,
}: {
  figures: Figures;
  /** This machine's submissions; null for a merged picture, whose events stay on each machine. */
  loadEvents: (() => Promise<StatsInput>) | null;
  filter: StatsFilter;
  installationId: string;
}) {
  const headings = Object.fromEntries(Object.entries(CSV_HEADINGS).map(([column, key]) => [column, t(key)])) as Record<
    PortalColumn,
    string
  >;
  const now = Date.now();
  const preparing = useSignal(false);
  // The events are read only now: the page draws from the day sums, and a year of events is large.
  const exportEvents = async (load: () => Promise<StatsInput>) => {
    preparing.value = true;
    try {
      const views = filterViews(viewSubmissions((await load()).submissions), filter);
      downloadText(`fillonce-events-${stamp(now)}.ndjson`, eventsNdjson(views, installationId));
    } finally {
      preparing.value = false;
    }
  };
  return (
    <section class="exports no-print">
      <button
        type="button"
        class="chip"
        data-testid="dashboard-export-csv"
        onClick={() => downloadText(`fillonce-stats-${stamp(now)}.csv`, portalsCsv(figures, headings))}
      >
        {t('dashExportCsv')}
      </button>
      <button
        type="button"
        class="chip"
        data-testid="dashboard-export-json"
        onClick={() =>
          downloadText(
            `fillonce-stats-${stamp(now)}.json`,
            JSON.stringify(statsJson(figures, { installationId, exportedAt: Date.now(), filter }), null, 2),
          )
        }
      >
        {t('dashExportJson')}
      </button>
      <button
        type="button"
        class="chip"
        data-testid="dashboard-export-ndjson"
        disabled={!loadEvents || preparing.value}
        onClick={() => loadEvents && void exportEvents(loadEvents)}
      >
        {preparing.value ? t('dashExportPreparing') : t('dashExportNdjson')}
      </button>
      <button type="button" class="chip" data-testid="dashboard-print" onClick={() => window.print()}>
        {t('dashPrint')}
      </button>
      <p class="export-note">{t('dashExportNote')}</p>
    </section>
  );
}
