import { type StatsDay, SUM } from './cube';

/** What the filters offer: every portal and every key asked in the history, whatever is chosen now. */
export function filterChoices(days: readonly StatsDay[]): {
  portals: Array<{ portal: string; name: string }>;
  /** Most asked first. */
  keys: string[];
} {
  const portals = new Map<string, string>();
  const asked = new Map<string, number>();
  for (const { portals: byPortal } of days) {
    for (const [portal, { name, total, keys }] of Object.entries(byPortal)) {
      if (total[SUM.submissions] > 0 && !portals.has(portal)) portals.set(portal, name);
      for (const [key, sums] of Object.entries(keys)) {
        if (sums[SUM.fieldsAsked] > 0) asked.set(key, (asked.get(key) ?? 0) + sums[SUM.fieldsAsked]);
      }
    }
  }
  return {
    portals: [...portals].map(([portal, name]) => ({ portal, name })),
    keys: [...asked].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key),
  };
}
