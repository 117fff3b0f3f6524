import { type Slice, SUM } from './cube';

export interface KeyStats {
  key: string;
  /** How many portals ask for it. */
  portals: number;
  /** How many times it was asked. */
  asked: number;
  /** How many times it was typed again by hand after being reported elsewhere. */
  reentered: number;
  /**
   * Seconds those re-entries took, each at its submission's measured time per typed field
   * (first focus to submit ÷ fields typed). Submissions with no measured time add nothing.
   */
  secondsReentering: number;
}

/** Per field key, most re-entered first. */
export function keyStats(slices: readonly Slice[]): KeyStats[] {
  const byKey = new Map<string, KeyStats & { portalSet: Set<string> }>();
  for (const { portal, keys } of slices) {
    for (const [key, sums] of keys) {
      const asked = sums[SUM.fieldsAsked];
      if (asked === 0) continue;
      let stats = byKey.get(key);
      if (!stats) {
        stats = { key, portals: 0, asked: 0, reentered: 0, secondsReentering: 0, portalSet: new Set() };
        byKey.set(key, stats);
      }
      stats.asked += asked;
      stats.reentered += sums[SUM.retyped];
      stats.secondsReentering += sums[SUM.secondsReentering];
      stats.portalSet.add(portal);
    }
  }
  return [...byKey.values()].map(({ portalSet, ...stats }) => ({ ...stats, portals: portalSet.size })).sort(byReentry);
}

/** Most re-entered first, then the most widely asked. */
export const byReentry = (a: KeyStats, b: KeyStats): number =>
  b.reentered - a.reentered || b.portals - a.portals || a.key.localeCompare(b.key);

export interface MatrixCell {
  asked: number;
  held: number;
}

/** Key × portal: how often each portal asked each key, and how often it was already held. */
export function keyPortalMatrix(slices: readonly Slice[]): Map<string, Map<string, MatrixCell>> {
  const matrix = new Map<string, Map<string, MatrixCell>>();
  for (const { portal, keys } of slices) {
    for (const [key, sums] of keys) {
      const asked = sums[SUM.fieldsAsked];
      if (asked === 0) continue;
      const row = matrix.get(key) ?? new Map<string, MatrixCell>();
      matrix.set(key, row);
      const cell = row.get(portal) ?? { asked: 0, held: 0 };
      row.set(portal, cell);
      cell.asked += asked;
      cell.held += sums[SUM.fieldsHeld];
    }
  }
  return matrix;
}
