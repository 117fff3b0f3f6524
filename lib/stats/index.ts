export { filterChoices } from './choices';
export { addFill, addView, cubeOf, dayOf, type PortalDay, type StatsDay, SUM, type Sums } from './cube';
export { computeDashboard, type DashboardSummary, type Figures, figuresOf } from './dashboard';
export { portalOf, type StatsFilter, type StatsInput, type SubmissionView } from './events';
export {
  eventsNdjson,
  type PortalColumn,
  portalsCsv,
  STATS_FORMAT,
  STATS_SCHEMA_VERSION,
  statsJson,
} from './export';
export { type ParsedExport, parseStatsExport, type StatsExport } from './export-schema';
export { filterViews } from './filter';
export { MANY, type ReportedKeys, stepSubmission, viewSubmissions } from './held';
export type { KeyStats, MatrixCell } from './keys';
export { type MergedFigures, type MergePart, mergeExports } from './merge';
export { type PackedEvents, packEvents, unpackEvents } from './pack';
export type { PortalStats } from './portals';
export { KLM_SECONDS, secondsSavedByFill, secondsToTypeByHand } from './time-model';
export { startOfLocalDay, type TimeSaved, totalTimeSaved } from './totals';
export { isoWeekOf, type TrendGrain, type TrendPoint } from './trends';
