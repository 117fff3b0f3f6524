import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLandline, isMobile, normalizePhone } from '../../../lib/values';

describe('normalizePhone: mobiles', () => {
  it('returns 11 digits, stripping spaces, dashes, brackets and full-width forms', () => {
    expect(normalizePhone('13800138000')).toBe('13800138000');
    expect(normalizePhone(' 138 0013 8000 ')).toBe('13800138000');
    expect(normalizePhone('138-0013-8000')).toBe('13800138000');
    expect(normalizePhone('１３８－００１３－８０００')).toBe('13800138000');
  });
  it('drops a leading +86, 0086 or 86 country code', () => {
    expect(normalizePhone('+86 138 0013 8000')).toBe('13800138000');
    expect(normalizePhone('(+86)13800138000')).toBe('13800138000');
    expect(normalizePhone('008613800138000')).toBe('13800138000');
    expect(normalizePhone('8613800138000')).toBe('13800138000');
  });
  it('rejects wrong lengths and prefixes that are not mobile networks', () => {
    expect(normalizePhone('1380013800')).toBeNull();
    expect(normalizePhone('138001380001')).toBeNull();
    expect(normalizePhone('12800138000')).toBeNull();
    expect(normalizePhone('013800138000')).toBeNull();
  });
});

describe('normalizePhone: landlines', () => {
  it('writes area code and local number with one dash', () => {
    expect(normalizePhone('010-6512-3456')).toBe('010-65123456');
    expect(normalizePhone('(010)65123456')).toBe('010-65123456');
    expect(normalizePhone('（010）6512 3456')).toBe('010-65123456');
    expect(normalizePhone('01065123456')).toBe('010-65123456');
    expect(normalizePhone('0571-88888888')).toBe('0571-88888888');
    expect(normalizePhone('0831 8888888')).toBe('0831-8888888');
    expect(normalizePhone('+86 10 6512 3456')).toBe('010-65123456');
  });
  it('keeps an extension, marked by a dash group, 转, 分机, ext or #', () => {
    expect(normalizePhone('010-65123456-8001')).toBe('010-65123456-8001');
    expect(normalizePhone('010-65123456转8001')).toBe('010-65123456-8001');
    expect(normalizePhone('010 6512 3456 分机 8001')).toBe('010-65123456-8001');
    expect(normalizePhone('0755 8888 8888 ext. 12')).toBe('0755-88888888-12');
    expect(normalizePhone('0755-8888888-8')).toBe('0755-8888888-8');
  });
  it('refuses digits that read two ways (7-digit number + extension, or 8 digits)', () => {
    expect(normalizePhone('0755-888-8888-8')).toBeNull();
  });
  it('rejects a number without area code, a short local number and service numbers', () => {
    expect(normalizePhone('65123456')).toBeNull();
    expect(normalizePhone('010-6512345')).toBeNull();
    expect(normalizePhone('010-06512345')).toBeNull();
    expect(normalizePhone('0571-888888')).toBeNull();
    expect(normalizePhone('400-810-8888')).toBeNull();
    expect(normalizePhone('95588')).toBeNull();
  });
  it('rejects text that is not a phone number at all', () => {
    expect(normalizePhone('')).toBeNull();
    expect(normalizePhone('无')).toBeNull();
    expect(normalizePhone('tel:13800138000')).toBeNull();
    expect(normalizePhone('13800138000 或 13900139000')).toBeNull();
  });
});

describe('isMobile / isLandline', () => {
  it('tell the two kinds apart and say no to anything else', () => {
    expect(isMobile('+86 138 0013 8000')).toBe(true);
    expect(isLandline('+86 138 0013 8000')).toBe(false);
    expect(isLandline('010-6512-3456')).toBe(true);
    expect(isMobile('010-6512-3456')).toBe(false);
    expect(isMobile('400-810-8888')).toBe(false);
    expect(isLandline('400-810-8888')).toBe(false);
  });
});

describe('normalizePhone properties', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
  const separator = fc.constantFrom('', ' ', '-', '－', '—');
  const mobile = fc
    .tuple(fc.constantFrom('', '+86 ', '0086', '86'), fc.integer({ min: 3, max: 9 }), digits(9), separator)
    .map(([cc, second, rest, sep]) => `${cc}1${second}${rest.slice(0, 4).join('')}${sep}${rest.slice(4).join('')}`);
  const landline = fc
    .tuple(
      fc.constantFrom('010', '021', '0571', '0831'),
      fc.integer({ min: 2, max: 9 }),
      digits(7),
      separator,
      fc.option(fc.integer({ min: 1, max: 99999 })),
    )
    .map(([area, first, rest, sep, ext]) => `${area}${sep}${first}${rest.join('')}${ext ? `转${ext}` : ''}`);
  const noise = fc.string({ unit: fc.constantFrom(...'0123456789 -()+转x#'), maxLength: 20 });

  it('is idempotent: a normalised number normalises to itself', () => {
    fc.assert(
      fc.property(fc.oneof(mobile, landline, noise), (raw) => {
        const once = normalizePhone(raw);
        if (once !== null) expect(normalizePhone(once)).toBe(once);
      }),
    );
  });
  it('reads every generated mobile as a mobile', () => {
    fc.assert(
      fc.property(mobile, (raw) => {
        expect(isMobile(raw)).toBe(true);
      }),
    );
  });
});
