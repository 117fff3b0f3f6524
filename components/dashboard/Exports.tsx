import type { Figures, PortalColumn, StatsFilter, SubmissionView } from '../../lib/stats';
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
  figures,
  events,
  filter,
  installationId,
}: {
  figures: Figures;
  /** This machine's submissions; null for a merged picture, whose events stay on each machine. */
  events: readonly SubmissionView[] | null;
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
        disabled={!events}
        onClick={() =>
          events && downloadText(`fillonce-events-${stamp(now)}.ndjson`, eventsNdjson(events, installationId))
        }
      >
        {t('dashExportNdjson')}
      </button>
      <button type="button" class="chip" data-testid="dashboard-print" onClick={() => window.print()}>
        {t('dashPrint')}
      </button>
      <p class="export-note">{t('dashExportNote')}</p>
    </section>
  );
}
