import Papa from 'papaparse';
import { isoDateOf } from '../values/date';
import type { Figures } from './dashboard';
import type { StatsFilter, SubmissionView } from './events';

export const STATS_FORMAT = 'fillonce-stats' as const;
export const STATS_SCHEMA_VERSION = 1 as const;

/** Excel reads a CSV as the machine's code page unless it starts with the UTF-8 byte order mark. */
const BOM = '\uFEFF';

export type PortalColumn =
  | 'portal'
  | 'submissions'
  | 'fieldsAsked'
  | 'fieldsHeld'
  | 'duplicateShare'
  | 'fieldsFilled'
  | 'fieldsTyped'
  | 'hoursSpent'
  | 'hoursSaved'
  | 'burdenHours';

const round = (value: number, places: number) => Number(value.toFixed(places));

/** The per-portal table as CSV, headed in the page's language. Counts, shares and hours only. */
export function portalsCsv(dashboard: Figures, headings: Readonly<Record<PortalColumn, string>>): string {
  const rows = dashboard.portals.map((stats) => [
    stats.name,
    stats.submissions,
    stats.fieldsAsked,
    stats.fieldsHeld,
    round(stats.duplicateShare, 4),
    stats.fieldsFilled,
    stats.fieldsTyped,
    round(stats.secondsSpent / 3600, 3),
    round(stats.secondsSaved / 3600, 3),
    round(stats.burdenHours, 3),
  ]);
  const columns = Object.keys(headings) as PortalColumn[];
  return BOM + Papa.unparse({ fields: columns.map((column) => headings[column]), data: rows }, { newline: '\r\n' });
}

/** The aggregates, for an admin to merge with other staff's: versioned, and anonymous. */
export function statsJson(
  dashboard: Figures,
  meta: { installationId: string; exportedAt: number; filter: StatsFilter },
) {
  return {
    format: STATS_FORMAT,
    schemaVersion: STATS_SCHEMA_VERSION,
    installationId: meta.installationId,
    exportedAt: new Date(meta.exportedAt).toISOString(),
    filter: meta.filter,
    summary: dashboard.summary,
    portals: dashboard.portals,
    keys: dashboard.keys,
    matrix: [...dashboard.matrix].flatMap(([key, row]) =>
      [...row].map(([portal, cell]) => ({ key, portal, asked: cell.asked, held: cell.held })),
    ),
    months: dashboard.months,
    weeks: dashboard.weeks,
  };
}

/** One line per submission, for an analytical engine: keys, counts and durations, never a value. */
export function eventsNdjson(views: readonly SubmissionView[], installationId: string): string {
  return views
    .map((view) =>
      JSON.stringify({
        installation: installationId,
        portal: view.portal,
        portal_name: view.portalName,
        submitted_at: new Date(view.at).toISOString(),
        // The person's own calendar day, which the page's weeks and months count by.
        local_date: isoDateOf(new Date(view.at)),
        asked: view.asked,
        filled: view.filled,
        typed: view.typed,
        held: view.held,
        focus_to_submit_ms: view.ms,
      }),
    )
    .map((line) => `${line}\n`)
    .join('');
}
