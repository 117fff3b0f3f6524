import type { StatsFilter, StatsInput, SubmissionView } from './events';
import { filterFills, filterViews } from './filter';
import { viewSubmissions } from './held';
import { type KeyStats, keyPortalMatrix, keyStats, type MatrixCell } from './keys';
import { type PortalStats, portalStats, share } from './portals';
import { type TrendPoint, trend } from './trends';

export interface DashboardSummary {
  submissions: number;
  fieldsAsked: number;
  fieldsHeld: number;
  duplicateShare: number;
  hoursSpent: number;
  hoursSaved: number;
}

/** The figures the page draws, whether from this machine's events or merged from several files. */
export interface Figures {
  summary: DashboardSummary;
  portals: PortalStats[];
  keys: KeyStats[];
  matrix: Map<string, Map<string, MatrixCell>>;
  weeks: TrendPoint[];
  months: TrendPoint[];
}

export interface Dashboard extends Figures {
  /** The submissions the filter kept, each with what was already held. */
  views: SubmissionView[];
}

/** The headline figures, from the per-portal sums. */
export function summarise(portals: readonly PortalStats[]): DashboardSummary {
  const sum = (pick: (stats: PortalStats) => number) => portals.reduce((total, stats) => total + pick(stats), 0);
  const fieldsAsked = sum((stats) => stats.fieldsAsked);
  const fieldsHeld = sum((stats) => stats.fieldsHeld);
  return {
    submissions: sum((stats) => stats.submissions),
    fieldsAsked,
    fieldsHeld,
    duplicateShare: share(fieldsHeld, fieldsAsked),
    hoursSpent: sum((stats) => stats.secondsSpent) / 3600,
    hoursSaved: sum((stats) => stats.secondsSaved) / 3600,
  };
}

/**
 * Every figure the statistics page shows, from the submissions and fills alone. What was held
 * is worked out over the whole history, before the filter, so a submission in range still
 * counts what was reported before the range began.
 */
export function computeDashboard(input: StatsInput, filter: StatsFilter = {}): Dashboard {
  const views = filterViews(viewSubmissions(input.submissions), filter);
  const fills = filterFills(input.fills, filter);
  const portals = portalStats(views, fills);
  return {
    summary: summarise(portals),
    views,
    portals,
    keys: keyStats(views),
    matrix: keyPortalMatrix(views),
    weeks: trend(views, fills, 'week'),
    months: trend(views, fills, 'month'),
  };
}
