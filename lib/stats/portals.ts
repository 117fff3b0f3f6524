import type { FillEvent } from '../records/types';
import { portalOf, type SubmissionView } from './events';

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
export function portalStats(views: readonly SubmissionView[], fills: readonly FillEvent[]): PortalStats[] {
  const byPortal = new Map<string, PortalStats>();
  const entry = (portal: string, name: string) => {
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
    return stats;
  };
  for (const view of views) {
    const stats = entry(view.portal, view.portalName);
    stats.submissions++;
    stats.fieldsAsked += view.asked.length;
    stats.fieldsHeld += view.held.length;
    stats.fieldsFilled += view.filled.length;
    stats.fieldsTyped += view.typed.length;
    if (view.ms !== null) {
      stats.timedSubmissions++;
      stats.secondsSpent += view.ms / 1000;
    }
  }
  for (const fill of fills) entry(portalOf(fill.source), fill.source.portalName).secondsSaved += fill.secondsSaved;
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
