import { type Slice, SUM } from './cube';

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

/** The week or month a local day (YYYY-MM-DD) falls in. */
export function periodOf(day: string, grain: TrendGrain): string {
  if (grain === 'month') return day.slice(0, 7);
  const [year, month, date] = day.split('-').map(Number);
  return isoWeekOf(new Date(year ?? 0, (month ?? 1) - 1, date ?? 1, 12).getTime());
}

/** Per week or month, in time order; a period with nothing in it is not listed. */
export function trend(slices: readonly Slice[], grain: TrendGrain): TrendPoint[] {
  const points = new Map<string, TrendPoint>();
  const periods = new Map<string, string>();
  for (const { day, sums } of slices) {
    let period = periods.get(day);
    if (period === undefined) {
      period = periodOf(day, grain);
      periods.set(day, period);
    }
    const point = points.get(period) ?? { period, submissions: 0, fieldsAsked: 0, fieldsHeld: 0, secondsSaved: 0 };
    points.set(period, point);
    point.submissions += sums[SUM.submissions];
    point.fieldsAsked += sums[SUM.fieldsAsked];
    point.fieldsHeld += sums[SUM.fieldsHeld];
    point.secondsSaved += sums[SUM.secondsSaved];
  }
  return [...points.values()].sort((a, b) => a.period.localeCompare(b.period));
}
