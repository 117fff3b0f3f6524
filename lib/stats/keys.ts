import type { SubmissionView } from './events';

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
export function keyStats(views: readonly SubmissionView[]): KeyStats[] {
  const byKey = new Map<string, KeyStats & { portalSet: Set<string> }>();
  for (const view of views) {
    const perTypedField = view.ms !== null && view.typed.length > 0 ? view.ms / 1000 / view.typed.length : 0;
    for (const key of view.asked) {
      const stats = byKey.get(key) ?? {
        key,
        portals: 0,
        asked: 0,
        reentered: 0,
        secondsReentering: 0,
        portalSet: new Set<string>(),
      };
      byKey.set(key, stats);
      stats.asked++;
      stats.portalSet.add(view.portal);
    }
    for (const key of view.retyped) {
      const stats = byKey.get(key);
      if (!stats) continue;
      stats.reentered++;
      stats.secondsReentering += perTypedField;
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
export function keyPortalMatrix(views: readonly SubmissionView[]): Map<string, Map<string, MatrixCell>> {
  const matrix = new Map<string, Map<string, MatrixCell>>();
  for (const view of views) {
    const held = view.held.length > 0 ? new Set(view.held) : null;
    for (const key of view.asked) {
      const row = matrix.get(key) ?? new Map<string, MatrixCell>();
      matrix.set(key, row);
      const cell = row.get(view.portal) ?? { asked: 0, held: 0 };
      row.set(view.portal, cell);
      cell.asked++;
      if (held?.has(key)) cell.held++;
    }
  }
  return matrix;
}
