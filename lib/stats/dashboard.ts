import { cubeOf, type StatsDay } from './cube';
import type { StatsFilter, StatsInput } from './events';
import { type KeyStats, keyPortalMatrix, keyStats, type MatrixCell } from './keys';
import { type PortalStats, portalStats, share } from './portals';
import { sliceDays } from './slices';
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

/** Every figure the statistics page shows, from the day sums a filter keeps. */
export function figuresOf(days: readonly StatsDay[], filter: StatsFilter = {}): Figures {
  const slices = sliceDays(days, filter);
  const portals = portalStats(slices);
  return {
    summary: summarise(portals),
    portals,
    keys: keyStats(slices),
    matrix: keyPortalMatrix(slices),
    weeks: trend(slices, 'week'),
    months: trend(slices, 'month'),
  };
}

/**
 * The same figures straight from the submissions and fills. What was held is worked out over
 * the whole history, before the filter, so a submission in range still counts what was
 * reported before the range began.
 */
export function computeDashboard(input: StatsInput, filter: StatsFilter = {}): Figures {
  return figuresOf(cubeOf(input), filter);
}
