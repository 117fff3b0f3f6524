import { type Slice, SUM } from './cube';

export interface PortalStats {
  portal: string;
  name: string;
  submissions: number;
  fieldsAsked: number;
  /** Asked, and already reported to another portal or ledger for the same people. */
  fieldsHeld: number;
  /** fieldsHeld ÷ fieldsAsked; 0 where nothing was asked. */
  duplicateShare: number;
  fieldsFilled: number;
  fieldsTyped: number;
  /** Submissions whose time from first focus to submit is known. */
  timedSubmissions: number;
  /** Their time from first focus to submit, summed. */
  secondsSpent: number;
  /** By the time model, from the fills made on this portal and not undone. */
  secondsSaved: number;
  /** Submissions × the measured hours per submission (the PRA's respondents × responses × hours). */
  burdenHours: number;
}

export const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** Per portal, most submissions first. */
export function portalStats(slices: readonly Slice[]): PortalStats[] {
  const byPortal = new Map<string, PortalStats>();
  for (const { portal, name, sums } of slices) {
    let stats = byPortal.get(portal);
    if (!stats) {
      stats = {
        portal,
        name,
        submissions: 0,
        fieldsAsked: 0,
        fieldsHeld: 0,
        duplicateShare: 0,
        fieldsFilled: 0,
        fieldsTyped: 0,
        timedSubmissions: 0,
        secondsSpent: 0,
        secondsSaved: 0,
        burdenHours: 0,
      };
      byPortal.set(portal, stats);
    }
    stats.submissions += sums[SUM.submissions];
    stats.fieldsAsked += sums[SUM.fieldsAsked];
    stats.fieldsHeld += sums[SUM.fieldsHeld];
    stats.fieldsFilled += sums[SUM.fieldsFilled];
    stats.fieldsTyped += sums[SUM.fieldsTyped];
    stats.timedSubmissions += sums[SUM.timedSubmissions];
    stats.secondsSpent += sums[SUM.msSpent] / 1000;
    stats.secondsSaved += sums[SUM.secondsSaved];
  }
  return finishPortals([...byPortal.values()]);
}

/** The figures worked out from the sums, most submissions first. */
export function finishPortals(portals: PortalStats[]): PortalStats[] {
  for (const stats of portals) {
    stats.duplicateShare = share(stats.fieldsHeld, stats.fieldsAsked);
    const hoursPerSubmission = share(stats.secondsSpent, stats.timedSubmissions) / 3600;
    stats.burdenHours = stats.submissions * hoursPerSubmission;
  }
  return portals.sort((a, b) => b.submissions - a.submissions || a.portal.localeCompare(b.portal));
}
