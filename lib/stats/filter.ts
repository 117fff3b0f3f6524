import { dayOf } from './cube';
import type { StatsFilter, SubmissionView } from './events';

/** Whether a local day (YYYY-MM-DD, which sorts as it reads) lies in the filter's range. */
export function inDays(day: string, filter: StatsFilter): boolean {
  return (filter.from === undefined || day >= filter.from) && (filter.to === undefined || day <= filter.to);
}

/** The submissions a filter keeps, each cut down to the key it asks about. */
export function filterViews(views: readonly SubmissionView[], filter: StatsFilter): SubmissionView[] {
  const portals = filter.portals && new Set(filter.portals);
  const kept = views.filter((view) => inDays(dayOf(view.at), filter) && (!portals || portals.has(view.portal)));
  const { key } = filter;
  if (key === undefined) return kept;
  const only = (list: readonly string[]) => list.filter((listed) => listed === key);
  return kept
    .filter((view) => view.asked.includes(key))
    .map((view) => ({
      ...view,
      asked: only(view.asked),
      filled: only(view.filled),
      typed: only(view.typed),
      held: only(view.held),
      retyped: only(view.retyped),
    }));
}
