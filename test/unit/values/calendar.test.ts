import { describe, expect, it } from 'vitest';
import { isCalendarDate, isCalendarMonth } from '../../../lib/values/calendar';

describe('isCalendarDate', () => {
  it('knows month lengths and leap years (2000 is one, 1900 and 2100 are not)', () => {
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2100, 2, 29)).toBe(false);
    expect(isCalendarDate(2026, 4, 31)).toBe(false);
    expect(isCalendarDate(2026, 12, 31)).toBe(true);
  });
  it('rejects years outside 1900..2100, month 0 or 13, day 0 and fractions', () => {
    expect(isCalendarDate(1899, 12, 31)).toBe(false);
    expect(isCalendarDate(2101, 1, 1)).toBe(false);
    expect(isCalendarDate(2026, 0, 1)).toBe(false);
    expect(isCalendarDate(2026, 13, 1)).toBe(false);
    expect(isCalendarDate(2026, 1, 0)).toBe(false);
    expect(isCalendarDate(2026, 1.5, 1)).toBe(false);
    expect(isCalendarMonth(2026, 13)).toBe(false);
  });
});
