import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../lib/fields';
import { attributeWords, foldCommonText, normalizeFully } from '../../../lib/fields/text';

describe('normalizeText', () => {
  it('folds full-width letters and digits, in lower case', () => {
    expect(normalizeText('ＩＤ　Ｎｕｍｂｅｒ')).toBe('id number');
    expect(normalizeText('第２联系人')).toBe('第2联系人');
  });

  it('reduces a legacy label with star, full-width spaces and colon to the bare words', () => {
    expect(normalizeText('*姓　　名：')).toBe('姓名');
    expect(normalizeText('性\u00a0\u00a0别')).toBe('性别');
    expect(normalizeText('＊联系电话：')).toBe('联系电话');
  });

  it('keeps a unit in brackets as a separate word, so a longer phrase still covers the label', () => {
    expect(normalizeText('家庭年收入（元）')).toBe('家庭年收入元');
    expect(normalizeText('Phone (optional)')).toBe('phone optional');
  });

  it('drops diacritics and separates digits from words', () => {
    expect(normalizeText('Prénom')).toBe('prenom');
    expect(normalizeText('Address Line 2optional')).toBe('address line 2 optional');
  });

  it('leaves text already in normal form as it is: Han alone, or single-spaced lower-case words', () => {
    const han = fc.array(fc.integer({ min: 0x4e00, max: 0x9fff }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(han, (codes) => normalizeText(String.fromCodePoint(...codes)) === String.fromCodePoint(...codes)),
    );
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        (words) => normalizeText(words.join(' ')) === words.join(' '),
      ),
    );
  });

  it('answers the same for a text seen before', () => {
    expect(normalizeText('＊户籍　地址：')).toBe('户籍地址');
    expect(normalizeText('＊户籍　地址：')).toBe('户籍地址');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (text) => normalizeText(normalizeText(text)) === normalizeText(text)));
  });
});

describe('attributeWords', () => {
  it('splits camelCase, snake_case, brackets and digits into words', () => {
    expect(attributeWords('billingFirstName')).toBe('billing first name');
    expect(attributeWords('billing_address_1')).toBe('billing address 1');
    expect(attributeWords('ctl00$txtXM')).toBe('ctl 00 txt xm');
  });

  it('counts a bracketed array index from one, as address lines are numbered', () => {
    expect(attributeWords('street[0]')).toBe('street 1');
    expect(attributeWords('addressLines[1]')).toBe('address lines 2');
  });
});

describe('foldCommonText', () => {
  // The characters portal labels are made of: ASCII, full-width forms, CJK and general
  // punctuation, no-break space and middle dot, common Han; then a few it must refuse.
  const common = fc.oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.integer({ min: 0xff01, max: 0xff5e }),
    fc.constantFrom(0x3000, 0x3001, 0x3002, 0x300a, 0x300b, 0x3010, 0x3011, 0x301c, 0xa0, 0xb7, 0x2014, 0x2026),
    fc.integer({ min: 0x4e00, max: 0x9fa5 }),
  );

  it('folds as the full Unicode path does, on any text of the common characters', () => {
    fc.assert(
      fc.property(fc.array(common, { maxLength: 16 }), (codes) => {
        const text = String.fromCharCode(...codes);
        expect(foldCommonText(text)).toBe(normalizeFully(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('works out labels as a reader would', () => {
    expect(foldCommonText('＊户籍　地址：')).toBe('户籍地址');
    expect(foldCommonText('ＩＤ　Ｎｏ.２')).toBe('id no 2');
    expect(foldCommonText('家庭年收入（元）')).toBe('家庭年收入元');
    expect(foldCommonText('Line2optional')).toBe('line 2 optional');
    expect(foldCommonText('…')).toBe('');
  });

  it('leaves to the full path what it does not know: diacritics, other scripts, rare Han', () => {
    expect(foldCommonText('Prénom')).toBeNull();
    expect(foldCommonText('〇号')).toBeNull();
    expect(foldCommonText('𠮷')).toBeNull();
  });
});
