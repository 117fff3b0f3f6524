import type { FillEvent } from '../records/types';
import { isoDateOf } from '../values/date';
import type { SubmissionView } from './events';

export type TrendGrain = 'week' | 'month';

export interface TrendPoint {
  /** 2026-10 for a month; 2026-W41 for an ISO week. On the person's own calendar. */
  period: string;
  submissions: number;
  fieldsAsked: number;
  fieldsHeld: number;
  secondsSaved: number;
}

/** The ISO 8601 week a local day falls in: weeks start on Monday; week 1 holds the first Thursday. */
export function isoWeekOf(at: number): string {
  const day = new Date(at);
  const date = new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate()));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function periodOf(at: number, grain: TrendGrain): string {
  if (grain === 'week') return isoWeekOf(at);
  return isoDateOf(new Date(at)).slice(0, 7);
}

/** Per week or month, in time order; a period with nothing in it is not listed. */
export function trend(views: readonly SubmissionView[], fills: readonly FillEvent[], grain: TrendGrain): TrendPoint[] {
  const points = new Map<string, TrendPoint>();
  // Every period boundary falls on a whole local hour, so the hour names the period.
  const byHour = new Map<number, string>();
  const point = (at: number) => {
    const hour = Math.floor(at / 3_600_000);
    let period = byHour.get(hour);
    if (period === undefined) {
      period = periodOf(at, grain);
      byHour.set(hour, period);
    }
    const found = points.get(period) ?? { period, submissions: 0, fieldsAsked: 0, fieldsHeld: 0, secondsSaved: 0 };
    points.set(period, found);
    return found;
  };
  for (const view of views) {
    const found = point(view.at);
    found.submissions++;
    found.fieldsAsked += view.asked.length;
    found.fieldsHeld += view.held.length;
  }
  for (const fill of fills) point(fill.at).secondsSaved += fill.secondsSaved;
  return [...points.values()].sort((a, b) => a.period.localeCompare(b.period));
}
