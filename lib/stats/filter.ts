import type { FillEvent } from '../records/types';
import { portalOf, type StatsFilter, type SubmissionView } from './events';

function inRange(at: number, filter: StatsFilter): boolean {
  return (filter.from === undefined || at >= filter.from) && (filter.to === undefined || at < filter.to);
}

/** The submissions a filter keeps, each cut down to the keys it asks about. */
export function filterViews(views: readonly SubmissionView[], filter: StatsFilter): SubmissionView[] {
  const portals = filter.portals && new Set(filter.portals);
  const keys = filter.keys && new Set(filter.keys);
  const kept = views.filter((view) => inRange(view.at, filter) && (!portals || portals.has(view.portal)));
  if (!keys) return kept;
  const only = (list: readonly string[]) => list.filter((key) => keys.has(key));
  return kept
    .map((view) => ({
      ...view,
      asked: only(view.asked),
      filled: only(view.filled),
      typed: only(view.typed),
      held: only(view.held),
      retyped: only(view.retyped),
    }))
    .filter((view) => view.asked.length > 0);
}

/** The fills a filter keeps: not undone, in range, at its portals, for its keys. */
export function filterFills(fills: readonly FillEvent[], filter: StatsFilter): FillEvent[] {
  const portals = filter.portals && new Set(filter.portals);
  return fills.filter(
    (fill) =>
      !fill.undone &&
      inRange(fill.at, filter) &&
      (!portals || portals.has(portalOf(fill.source))) &&
      (!filter.keys || fill.keys.some((key) => filter.keys?.includes(key))),
  );
}
