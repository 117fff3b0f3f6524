// Years outside this window are typos on a welfare form, not real birth or report dates.
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** True when the day exists on the Gregorian calendar (2026-02-30 does not). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

export function isCalendarMonth(year: number, month: number): boolean {
  return isCalendarDate(year, month, 1);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps local DST out of it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
