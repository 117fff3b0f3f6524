import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, isValidIdNumber, maskIdNumber, normalizeIdNumber } from '../../../lib/values';

describe('居民身份证号码', () => {
  it('accepts a number whose check character matches (GB 11643 example)', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
  });
  it('rejects a wrong check character, an impossible birth date and a wrong length', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber(`11010519490231${'002'}${idNumberCheckChar('11010519490231002')}`)).toBe(false);
    expect(isValidIdNumber('1101051949123100')).toBe(false);
  });
  it('normalises full-width digits, spaces and a lower-case x', () => {
    expect(normalizeIdNumber(' １１０１０５ 19491231002x ')).toBe('11010519491231002X');
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
  });
  it('masks all but the first and last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
});
