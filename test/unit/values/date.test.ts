import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DatePattern, formatDate, normalizeDate, parseDate } from '../../../lib/values';
import { calendarDay, isoOf } from './arbitraries';

describe('parseDate', () => {
  it.each([
    '2026-11-26',
    '2026/11/26',
    '2026.11.26',
    '2026年11月26日',
    '2026 年 11 月 26 日',
    '20261126',
    '２０２６－１１－２６',
    '  2026-11-26  ',
  ])('reads %s as 26 November 2026', (raw) => {
    expect(parseDate(raw)).toEqual({ year: 2026, month: 11, day: 26 });
  });
  it.each(['2026年11月', '2026.11', '2026-11', '2026/11', '２０２６年１１月'])(
    'reads %s with month precision only',
    (raw) => {
      expect(parseDate(raw)).toEqual({ year: 2026, month: 11 });
    },
  );
  it('accepts single-digit months and days and 号 for 日', () => {
    expect(parseDate('2026-1-5')).toEqual({ year: 2026, month: 1, day: 5 });
    expect(parseDate('2026年1月5号')).toEqual({ year: 2026, month: 1, day: 5 });
  });
  it('rejects impossible dates, keeping leap years right', () => {
    expect(parseDate('2026-02-30')).toBeNull();
    expect(parseDate('2026-02-29')).toBeNull();
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDate('1900-02-29')).toBeNull();
    expect(parseDate('2026-13-01')).toBeNull();
    expect(parseDate('2026-00')).toBeNull();
    expect(parseDate('20261301')).toBeNull();
  });
  it('rejects years outside 1900..2100', () => {
    expect(parseDate('1899-12-31')).toBeNull();
    expect(parseDate('2101-01-01')).toBeNull();
    expect(parseDate('1900-01-01')).toEqual({ year: 1900, month: 1, day: 1 });
    expect(parseDate('2100-12-31')).toEqual({ year: 2100, month: 12, day: 31 });
  });
  it('rejects ambiguous day/month orders and mixed separators', () => {
    expect(parseDate('11/26/2026')).toBeNull();
    expect(parseDate('26/11/2026')).toBeNull();
    expect(parseDate('05/06/2026')).toBeNull();
    expect(parseDate('2026-11/26')).toBeNull();
    expect(parseDate('26-11-01')).toBeNull();
  });
  it('rejects a bare year, other lengths of digits and text', () => {
    expect(parseDate('2026')).toBeNull();
    expect(parseDate('202611')).toBeNull();
    expect(parseDate('2026112')).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate('去年')).toBeNull();
    expect(parseDate('2026-11-26T08:00:00Z')).toBeNull();
  });
});

describe('normalizeDate', () => {
  it('writes YYYY-MM-DD, or YYYY-MM when no day was given', () => {
    expect(normalizeDate('2026年1月5日')).toBe('2026-01-05');
    expect(normalizeDate('2026.1')).toBe('2026-01');
    expect(normalizeDate('2026-02-30')).toBeNull();
  });
});

describe('formatDate', () => {
  it('writes every pattern a date widget may expect', () => {
    expect(formatDate('2026-01-05', 'YYYY-MM-DD')).toBe('2026-01-05');
    expect(formatDate('2026-01-05', 'YYYY/MM/DD')).toBe('2026/01/05');
    expect(formatDate('2026-01-05', 'YYYY年MM月DD日')).toBe('2026年01月05日');
    expect(formatDate('2026-01-05', 'YYYYMMDD')).toBe('20260105');
    expect(formatDate('2026-01-05', 'YYYY-MM')).toBe('2026-01');
    expect(formatDate('2026-01-05', 'YYYY年M月D日')).toBe('2026年1月5日');
  });
  it('never invents a day for a month-precision value', () => {
    expect(formatDate('2026-01', 'YYYY-MM')).toBe('2026-01');
    expect(formatDate('2026-01', 'YYYY-MM-DD')).toBeNull();
    expect(formatDate('2026-01', 'YYYY年M月D日')).toBeNull();
  });
  it('rejects input that is not a valid ISO date', () => {
    expect(formatDate('2026-02-30', 'YYYY-MM-DD')).toBeNull();
    expect(formatDate('2026/01/05', 'YYYY-MM-DD')).toBeNull();
    expect(formatDate('2026-1-5', 'YYYY-MM-DD')).toBeNull();
    expect(formatDate('', 'YYYY-MM')).toBeNull();
  });
});

describe('date properties', () => {
  const patterns: DatePattern[] = ['YYYY-MM-DD', 'YYYY/MM/DD', 'YYYY年MM月DD日', 'YYYYMMDD', 'YYYY年M月D日'];

  it('parseDate reads back what formatDate writes, for every pattern', () => {
    fc.assert(
      fc.property(calendarDay, fc.constantFrom(...patterns), (day, pattern) => {
        expect(parseDate(formatDate(isoOf(day), pattern) ?? '')).toEqual(day);
      }),
    );
  });
  it('the month pattern round-trips to the month', () => {
    fc.assert(
      fc.property(calendarDay, (day) => {
        expect(parseDate(formatDate(isoOf(day), 'YYYY-MM') ?? '')).toEqual({ year: day.year, month: day.month });
      }),
    );
  });
  it('normalizeDate is idempotent', () => {
    fc.assert(
      fc.property(calendarDay, fc.constantFrom(...patterns), (day, pattern) => {
        const once = normalizeDate(formatDate(isoOf(day), pattern) ?? '');
        expect(once).toBe(isoOf(day));
        expect(normalizeDate(once ?? '')).toBe(once);
      }),
    );
  });
});
