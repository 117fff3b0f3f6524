import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AreaUnit, formatArea, formatMoney, type MoneyUnit, parseArea, parseMoney } from '../../../lib/values';

describe('parseMoney', () => {
  it.each([
    '18600',
    '18,600',
    '１８６００元',
    '1.86万',
    '1.86万元',
    '¥18600',
    '￥18,600.00',
    '人民币18600元',
    ' 18600 ',
  ])('reads %s as 18600 元', (raw) => {
    expect(parseMoney(raw)).toBe(18600);
  });
  it('keeps fen and rounds anything finer half up', () => {
    expect(parseMoney('18600.50')).toBe(18600.5);
    expect(parseMoney('18600.505')).toBe(18600.51);
    expect(parseMoney('0.004')).toBe(0);
    expect(parseMoney('1.23456万')).toBe(12345.6);
  });
  it("applies the label's unit only to a bare number", () => {
    expect(parseMoney('1.86', '万元')).toBe(18600);
    expect(parseMoney('18600元', '万元')).toBe(18600);
    expect(parseMoney('1.86万', '元')).toBe(18600);
  });
  it('rejects negative, non-numeric and malformed amounts', () => {
    expect(parseMoney('-100')).toBeNull();
    expect(parseMoney('')).toBeNull();
    expect(parseMoney('无')).toBeNull();
    expect(parseMoney('约18600')).toBeNull();
    expect(parseMoney('1,86')).toBeNull();
    expect(parseMoney('18600.')).toBeNull();
    expect(parseMoney('1.86亿')).toBeNull();
    expect(parseMoney('1万8千')).toBeNull();
  });
});

describe('formatMoney', () => {
  it('writes a bare number in the unit the form asks for', () => {
    expect(formatMoney(18600)).toBe('18600');
    expect(formatMoney(18600.5)).toBe('18600.5');
    expect(formatMoney(18600, '万元')).toBe('1.86');
    expect(formatMoney(12345.67, '万元')).toBe('1.234567');
  });
  it('refuses negative and non-finite amounts', () => {
    expect(formatMoney(-1)).toBeNull();
    expect(formatMoney(Number.NaN)).toBeNull();
    expect(formatMoney(Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('parseArea', () => {
  it('reads 亩, 公顷 and 平方米 into 亩', () => {
    expect(parseArea('3.5亩')).toBe(3.5);
    expect(parseArea('3.5')).toBe(3.5);
    expect(parseArea('0.2公顷')).toBe(3);
    expect(parseArea('1000平方米')).toBe(1.5);
    expect(parseArea('1000㎡')).toBe(1.5);
    expect(parseArea('1000 m²')).toBe(1.5);
    expect(parseArea('666.67平米')).toBeCloseTo(1, 4);
  });
  it("applies the label's unit only to a bare number", () => {
    expect(parseArea('2', '公顷')).toBe(30);
    expect(parseArea('2亩', '公顷')).toBe(2);
    expect(parseArea('10000', '平方米')).toBe(15);
  });
  it('rejects negative and non-numeric areas', () => {
    expect(parseArea('-1')).toBeNull();
    expect(parseArea('')).toBeNull();
    expect(parseArea('三亩')).toBeNull();
    expect(parseArea('3.5平方公里')).toBeNull();
  });
});

describe('formatArea', () => {
  it('writes 亩 in the unit the form asks for', () => {
    expect(formatArea(3.5)).toBe('3.5');
    expect(formatArea(3, '公顷')).toBe('0.2');
    expect(formatArea(1.5, '平方米')).toBe('1000');
    expect(formatArea(1, '平方米')).toBe('666.67');
  });
  it('refuses negative and non-finite areas', () => {
    expect(formatArea(-0.1)).toBeNull();
    expect(formatArea(Number.NaN, '公顷')).toBeNull();
  });
});

describe('quantity properties', () => {
  const moneyUnit = fc.constantFrom<MoneyUnit>('元', '万元');
  const areaUnit = fc.constantFrom<AreaUnit>('亩', '公顷', '平方米');
  // What one rounding step of formatArea can lose, in 亩.
  const tolerance: Record<AreaUnit, number> = { 亩: 0.00005, 公顷: 0.00075, 平方米: 0.0000075 };

  it('parseMoney(formatMoney(x)) === x for any amount in fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), moneyUnit, (fen, unit) => {
        const yuan = fen / 100;
        expect(parseMoney(formatMoney(yuan, unit) ?? '', unit)).toBe(yuan);
      }),
    );
  });
  it('parseArea(formatArea(x, unit), unit) ≈ x', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), areaUnit, (mu, unit) => {
        const back = parseArea(formatArea(mu, unit) ?? '', unit);
        expect(back).not.toBeNull();
        expect(Math.abs((back ?? 0) - mu)).toBeLessThanOrEqual(tolerance[unit] * 1.0001 + mu * 1e-12);
      }),
    );
  });
});
