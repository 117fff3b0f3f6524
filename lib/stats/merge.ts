import { type Figures, summarise } from './dashboard';
import type { StatsExport } from './export-schema';
import { byReentry, type KeyStats, type MatrixCell } from './keys';
import { finishPortals, type PortalStats } from './portals';
import type { TrendPoint } from './trends';

/** One staff member's statistics file, as the admin loaded it. */
export interface MergePart {
  /** The file's name, to label its part of the picture. */
  label: string;
  stats: StatsExport;
}

export interface MergedFigures extends Figures {
  /** The files counted, one per installation: the newest export of each. */
  sources: Array<{ label: string; installationId: string; exportedAt: string }>;
}

function sumInto<T extends object>(target: T, source: T, fields: ReadonlyArray<keyof T>): void {
  for (const field of fields) (target[field] as number) += source[field] as number;
}

const PORTAL_SUMS = [
  'submissions',
  'fieldsAsked',
  'fieldsHeld',
  'fieldsFilled',
  'fieldsTyped',
  'timedSubmissions',
  'secondsSpent',
  'secondsSaved',
] as const;
const POINT_SUMS = ['submissions', 'fieldsAsked', 'fieldsHeld', 'secondsSaved'] as const;

function mergePoints(lists: ReadonlyArray<readonly TrendPoint[]>): TrendPoint[] {
  const byPeriod = new Map<string, TrendPoint>();
  for (const point of lists.flat()) {
    const known = byPeriod.get(point.period);
    if (known) sumInto(known, point, POINT_SUMS);
    else byPeriod.set(point.period, { ...point });
  }
  return [...byPeriod.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/**
 * Several staff's statistics as one picture. Each installation counts once, by its newest file,
 * so loading the same file twice, or a later export of the same machine, never doubles a count.
 */
export function mergeExports(parts: readonly MergePart[]): MergedFigures {
  const newest = new Map<string, MergePart>();
  for (const part of parts) {
    const known = newest.get(part.stats.installationId);
    if (!known || part.stats.exportedAt > known.stats.exportedAt) newest.set(part.stats.installationId, part);
  }
  const counted = [...newest.values()];
  const portals = new Map<string, PortalStats>();
  const keys = new Map<string, KeyStats>();
  const matrix = new Map<string, Map<string, MatrixCell>>();
  for (const { stats } of counted) {
    for (const portal of stats.portals) {
      const known = portals.get(portal.portal);
      if (known) sumInto(known, portal, PORTAL_SUMS);
      else portals.set(portal.portal, { ...portal, duplicateShare: 0, burdenHours: 0 });
    }
    for (const key of stats.keys) {
      const known = keys.get(key.key);
      if (known) sumInto(known, key, ['asked', 'reentered', 'secondsReentering']);
      else keys.set(key.key, { ...key, portals: 0 });
    }
    for (const cell of stats.matrix) {
      const row = matrix.get(cell.key) ?? new Map<string, MatrixCell>();
      matrix.set(cell.key, row);
      const known = row.get(cell.portal);
      row.set(cell.portal, known ? { asked: known.asked + cell.asked, held: known.held + cell.held } : { ...cell });
    }
  }
  // How many portals ask a key is known only from the merged matrix: two staff may use the same one.
  for (const key of keys.values()) key.portals = matrix.get(key.key)?.size ?? 0;
  const mergedPortals = finishPortals([...portals.values()]);
  return {
    summary: summarise(mergedPortals),
    portals: mergedPortals,
    keys: [...keys.values()].sort(byReentry),
    matrix,
    months: mergePoints(counted.map(({ stats }) => stats.months)),
    weeks: mergePoints(counted.map(({ stats }) => stats.weeks)),
    sources: counted.map(({ label, stats }) => ({
      label,
      installationId: stats.installationId,
      exportedAt: stats.exportedAt,
    })),
  };
}
