import { describe, expect, it } from 'vitest';
import { parseDecimal, roundTo, times, toNumber, toText } from '../../../lib/values/decimal';

describe('decimal', () => {
  it('reads plain and thousands-grouped numbers exactly', () => {
    expect(parseDecimal('18,600.50')).toEqual({ units: 1860050n, scale: 2 });
    expect(parseDecimal('0.2')).toEqual({ units: 2n, scale: 1 });
  });
  it('rejects misplaced separators, signs, exponents and bare points', () => {
    for (const bad of ['1,86', '18,6000', ',186', '-1', '+1', '1e3', '.5', '5.', '1.2.3', '']) {
      expect(parseDecimal(bad)).toBeNull();
    }
  });
  it('multiplies without binary rounding: 0.2 × 15 is 3', () => {
    const product = times(parseDecimal('0.2') ?? { units: 0n, scale: 0 }, { units: 15n, scale: 0 });
    expect(toNumber(product)).toBe(3);
    expect(toText(product)).toBe('3');
  });
  it('rounds half up to the given places', () => {
    expect(roundTo({ units: 18600505n, scale: 3 }, 2)).toBe(1860051n);
    expect(roundTo({ units: 18600504n, scale: 3 }, 2)).toBe(1860050n);
    expect(roundTo({ units: 186n, scale: 0 }, 2)).toBe(18600n);
  });
  it('writes text without trailing zeros and with a leading zero', () => {
    expect(toText({ units: 5n, scale: 3 })).toBe('0.005');
    expect(toText({ units: 1860000n, scale: 2 })).toBe('18600');
    expect(toText({ units: 0n, scale: 6 })).toBe('0');
  });
});
