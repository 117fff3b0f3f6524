import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkIdConsistency,
  decodeIdNumber,
  idNumberCheckChar,
  isValidIdNumber,
  maskIdNumber,
  normalizeIdNumber,
} from '../../../lib/values';
import { isoOf, validIdNumber, withOneChange } from './arbitraries';

describe('居民身份证号码', () => {
  it('accepts a number whose check character matches (GB 11643 example)', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
  });
  it('rejects a wrong check character, an impossible birth date and a wrong length', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber(`11010519490231${'002'}${idNumberCheckChar('11010519490231002')}`)).toBe(false);
    expect(isValidIdNumber('1101051949123100')).toBe(false);
    expect(isValidIdNumber('11010519491231002X1')).toBe(false);
  });
  it('rejects a birth year before 1900 or after 2100 even with a matching check character', () => {
    expect(isValidIdNumber(`11010518991231002${idNumberCheckChar('11010518991231002')}`)).toBe(false);
    expect(isValidIdNumber(`11010521010101002${idNumberCheckChar('11010521010101002')}`)).toBe(false);
  });
  it('normalises full-width digits, spaces and a lower-case x', () => {
    expect(normalizeIdNumber(' １１０１０５ 19491231002x ')).toBe('11010519491231002X');
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
  });
  it('masks all but the first and last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
});

describe('decodeIdNumber', () => {
  it('reads region, birth date and sex (17th digit 2 is even: 女)', () => {
    expect(decodeIdNumber('11010519491231002X')).toEqual({
      regionCode: '110105',
      birthDate: '1949-12-31',
      sex: '女',
    });
  });
  it('reads an odd 17th digit as 男', () => {
    const first17 = '44030419900101001';
    expect(decodeIdNumber(first17 + idNumberCheckChar(first17))?.sex).toBe('男');
  });
  it('returns null for an invalid number instead of decoding it anyway', () => {
    expect(decodeIdNumber('110105194912310021')).toBeNull();
    expect(decodeIdNumber('')).toBeNull();
    expect(decodeIdNumber('not a number')).toBeNull();
  });
});

describe('checkIdConsistency', () => {
  const idNumber = '11010519491231002X'; // 1949-12-31, 女

  it('finds nothing wrong when birth date and sex agree, whatever their format', () => {
    expect(checkIdConsistency({ idNumber, bday: '1949年12月31日', sex: '女' })).toEqual([]);
    expect(checkIdConsistency({ idNumber, bday: '19491231', sex: '2' })).toEqual([]);
    expect(checkIdConsistency({ idNumber, bday: '1949.12', sex: '女性' })).toEqual([]);
  });
  it('reports a birth date that differs from the number', () => {
    expect(checkIdConsistency({ idNumber, bday: '1949-12-30' })).toEqual(['bday-mismatch']);
    expect(checkIdConsistency({ idNumber, bday: '1949-11' })).toEqual(['bday-mismatch']);
  });
  it('reports a sex that differs, given as a name or a GB/T 2261.1 code', () => {
    expect(checkIdConsistency({ idNumber, sex: '男' })).toEqual(['sex-mismatch']);
    expect(checkIdConsistency({ idNumber, sex: '1' })).toEqual(['sex-mismatch']);
  });
  it('reports values that cannot be shown to agree: an unreadable date, an unknown sex', () => {
    expect(checkIdConsistency({ idNumber, bday: '12/31/1949', sex: '未说明的性别' })).toEqual([
      'bday-mismatch',
      'sex-mismatch',
    ]);
  });
  it('ignores absent or blank values, and returns [] for an invalid number', () => {
    expect(checkIdConsistency({ idNumber, bday: ' ', sex: '' })).toEqual([]);
    expect(checkIdConsistency({ idNumber: '110105194912310021', bday: '2000-01-01', sex: '男' })).toEqual([]);
  });
});

describe('ID number properties', () => {
  it('any generated number is valid and decodes back to its birth date and sex', () => {
    fc.assert(
      fc.property(validIdNumber, ({ id, day, seq }) => {
        expect(isValidIdNumber(id)).toBe(true);
        expect(decodeIdNumber(id)).toEqual({
          regionCode: id.slice(0, 6),
          birthDate: isoOf(day),
          sex: (seq % 10) % 2 === 1 ? '男' : '女',
        });
        expect(checkIdConsistency({ idNumber: id, bday: isoOf(day) })).toEqual([]);
      }),
    );
  });
  it('any single-character change makes a valid number invalid', () => {
    fc.assert(
      fc.property(
        validIdNumber.chain(({ id }) => withOneChange(id, '0123456789X')),
        (changed) => {
          expect(isValidIdNumber(changed)).toBe(false);
          expect(decodeIdNumber(changed)).toBeNull();
        },
      ),
    );
  });
});
