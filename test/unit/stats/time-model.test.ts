import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FillEvent } from '../../../lib/records';
import { secondsSavedByFill, secondsToTypeByHand, startOfLocalDay, totalTimeSaved } from '../../../lib/stats';

describe('secondsToTypeByHand', () => {
  it('grows with the length of the value', () => {
    expect(secondsToTypeByHand('1380013')).toBeGreaterThan(secondsToTypeByHand('138'));
    expect(secondsToTypeByHand('13800138000')).toBeGreaterThan(secondsToTypeByHand('1380013'));
  });

  it('costs more for a Han character than for an ASCII one', () => {
    expect(secondsToTypeByHand('张三')).toBeGreaterThan(secondsToTypeByHand('ab'));
  });

  it('costs the same for the same number of characters of the same script', () => {
    expect(secondsToTypeByHand('张三')).toBe(secondsToTypeByHand('李四'));
  });
});

describe('secondsSavedByFill', () => {
  it('follows the Keystroke-Level Model for a worked example', () => {
    // By hand, each value costs P 1.1 + B 0.2 + H 0.4 + M 1.35 = 3.05 s, plus its characters:
    //   张三        3.05 + 2 Han × 1.5          = 6.05 s
    //   13800138000 3.05 + 11 keystrokes × 0.28 = 6.13 s
    //   total by hand                           = 12.18 s
    // With FillOnce: P 1.1 + B 0.2 on 全部填入, then verify 2 × 0.5 = 2.3 s
    // Saved: 12.18 − 2.3 = 9.88 s, rounded to a tenth = 9.9 s.
    expect(secondsSavedByFill(['张三', '13800138000'])).toBe(9.9);
  });

  it('is never negative, even for a fill of nothing', () => {
    expect(secondsSavedByFill([])).toBe(0);
    for (const values of [[''], ['1'], ['', ''], ['张']]) {
      expect(secondsSavedByFill(values)).toBeGreaterThanOrEqual(0);
    }
  });

  it('saves more when more values are filled', () => {
    expect(secondsSavedByFill(['张三', '13800138000'])).toBeGreaterThan(secondsSavedByFill(['张三']));
  });
});

describe('totalTimeSaved', () => {
  // Shanghai midnight is 16:00 UTC the day before, so a local and a UTC day boundary disagree.
  beforeEach(() => {
    vi.stubEnv('TZ', 'Asia/Shanghai');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const source = { portalId: null, portalName: '测试', url: 'http://test.localhost/' };
  const fill = (at: number, secondsSaved: number, keys: string[], undone = false): FillEvent => ({
    source,
    at,
    keys,
    secondsSaved,
    undone,
  });

  const now = Date.parse('2026-03-10T08:30:00+08:00');
  const localMidnight = Date.parse('2026-03-10T00:00:00+08:00');

  it('finds the start of the local day, not the UTC one', () => {
    expect(startOfLocalDay(now)).toBe(localMidnight);
  });

  it('splits today from earlier days at local midnight', () => {
    const fills = [
      fill(localMidnight - 1, 10, ['name']), // 23:59:59.999 yesterday, local time
      fill(localMidnight, 20, ['tel', 'name']), // 00:00 today, local time (still yesterday in UTC)
      fill(now, 5, ['email']),
    ];
    expect(totalTimeSaved(fills, now)).toEqual({ todaySeconds: 25, totalSeconds: 35, fillCount: 3, fieldCount: 4 });
  });

  it('leaves out fills that were undone', () => {
    const fills = [fill(now - 1000, 20, ['tel', 'name']), fill(now, 7, ['email'], true)];
    expect(totalTimeSaved(fills, now)).toEqual({ todaySeconds: 20, totalSeconds: 20, fillCount: 1, fieldCount: 2 });
  });

  it('is zero for no fills', () => {
    expect(totalTimeSaved([], now)).toEqual({ todaySeconds: 0, totalSeconds: 0, fillCount: 0, fieldCount: 0 });
  });
});
