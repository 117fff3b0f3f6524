import type { FillEvent } from '../domain/records';

export interface TimeSaved {
  todaySeconds: number;
  totalSeconds: number;
  fillCount: number;
  fieldCount: number;
}

/** Local midnight of the day `now` falls in: "today" is the user's day, not UTC's. */
export function startOfLocalDay(now: number): number {
  const day = new Date(now);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

export function totalTimeSaved(fills: readonly FillEvent[], now: number): TimeSaved {
  const midnight = startOfLocalDay(now);
  const counted = fills.filter((fill) => !fill.undone);
  const sum = (events: readonly FillEvent[]) => events.reduce((total, event) => total + event.secondsSaved, 0);
  return {
    todaySeconds: sum(counted.filter((fill) => fill.at >= midnight)),
    totalSeconds: sum(counted),
    fillCount: counted.length,
    fieldCount: counted.reduce((total, fill) => total + fill.keys.length, 0),
  };
}
