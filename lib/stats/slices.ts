import { type Slice, type StatsDay, SUM } from './cube';
import type { StatsFilter } from './events';
import { inDays } from './filter';

/** The day-by-portal sums a filter keeps; a portal with nothing left in them is left out. */
export function sliceDays(days: readonly StatsDay[], filter: StatsFilter): Slice[] {
  const portals = filter.portals && new Set(filter.portals);
  const { key } = filter;
  const slices: Slice[] = [];
  for (const { day, portals: byPortal } of days) {
    if (!inDays(day, filter)) continue;
    for (const [portal, { name, total, keys }] of Object.entries(byPortal)) {
      if (portals && !portals.has(portal)) continue;
      const sums = key === undefined ? total : keys[key];
      if (!sums || (sums[SUM.submissions] === 0 && sums[SUM.fills] === 0)) continue;
      slices.push({ day, portal, name, sums, keys: key === undefined ? Object.entries(keys) : [[key, sums]] });
    }
  }
  return slices;
}
