import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isValidCreditCode, normalizeCreditCode } from '../../../lib/values';
import { CREDIT_CHARSET, validCreditCode, withOneChange } from './arbitraries';

describe('统一社会信用代码', () => {
  it('accepts published codes, their check characters recomputed here', () => {
    // The worked example of GB 32100-2015, 深圳市腾讯计算机系统有限公司 and 华为技术有限公司.
    for (const code of ['91350100M000100Y43', '91440300708461136T', '914403001922038216']) {
      expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
      expect(isValidCreditCode(code)).toBe(true);
    }
  });
  it('computes the check character by hand: 31 - sum % 31, where 31 becomes 0', () => {
    // 17 zeros weigh nothing: 31 - 0 = 31, written 0.
    expect(creditCodeCheckChar('0'.repeat(17))).toBe('0');
    // A single 1 in the first place weighs 1: 31 - 1 = 30, the last character Y.
    expect(creditCodeCheckChar(`1${'0'.repeat(16)}`)).toBe('Y');
    // A single 1 in the last place weighs 28: 31 - 28 = 3.
    expect(creditCodeCheckChar(`${'0'.repeat(16)}1`)).toBe('3');
  });
  it('builds valid codes with the expected structure', () => {
    const first17 = '93110108MA0000001'; // 9 工商, 3 农民专业合作社, 110108 海淀区
    const code = first17 + creditCodeCheckChar(first17);
    expect(code).toMatch(/^[0-9A-HJ-NPQRTUW-Y]{2}\d{6}[0-9A-HJ-NPQRTUW-Y]{10}$/);
    expect(isValidCreditCode(code)).toBe(true);
  });
  it('rejects a wrong check character', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode('91440300708461136X')).toBe(false);
  });
  it('rejects wrong lengths and the letters I, O, S, V, Z', () => {
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
    expect(creditCodeCheckChar('91350100M000100YO')).toBe('');
    expect(creditCodeCheckChar('91350100M000100')).toBe('');
  });
  it('rejects a letter in the registration region code (places 3-8)', () => {
    const first17 = '91A50100M000100Y4';
    expect(isValidCreditCode(first17 + creditCodeCheckChar(first17))).toBe(false);
  });
  it('normalises spaces, full-width characters and lower case', () => {
    expect(normalizeCreditCode(' ９１３５０１００ｍ000100y43 ')).toBe('91350100M000100Y43');
    expect(isValidCreditCode('91350100m000100y43')).toBe(true);
  });
});

describe('credit code properties', () => {
  it('any generated code is valid', () => {
    fc.assert(
      fc.property(validCreditCode, (code) => {
        expect(isValidCreditCode(code)).toBe(true);
      }),
    );
  });
  it('any single-character change makes a valid code invalid', () => {
    fc.assert(
      fc.property(
        validCreditCode.chain((code) => withOneChange(code, `${CREDIT_CHARSET}IOSVZ`)),
        (changed) => {
          expect(isValidCreditCode(changed)).toBe(false);
        },
      ),
    );
  });
});
