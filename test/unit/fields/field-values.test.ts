import { describe, expect, it } from 'vitest';
import { normalizeFieldValue as normalizeValue } from '../../../lib/fields';

describe('normalizeFieldValue', () => {
  it('normalises an ID number: full-width digits, spaces and a lower-case x', () => {
    expect(normalizeValue('id-number', ' １１０１０５ 1949 1231 002x ')).toBe('11010519491231002X');
  });

  it('writes a mobile as 11 digits, whatever spaces, dashes or country code it came with', () => {
    expect(normalizeValue('tel', ' 138 0013 8000 ')).toBe('13800138000');
    expect(normalizeValue('tel', '１３８－００１３－８０００')).toBe('13800138000');
    expect(normalizeValue('tel', '+86 138-0013-8000')).toBe('13800138000');
  });

  it('writes a landline as area code, dash, local number', () => {
    expect(normalizeValue('tel', '010-6512-3456')).toBe('010-65123456');
    expect(normalizeValue('tel', '(010)65123456')).toBe('010-65123456');
  });

  it('keeps the cleaned text of a phone number it cannot read', () => {
    expect(normalizeValue('tel', ' 6512 3456 ')).toBe('6512 3456');
  });

  it('normalises birth dates and other *date keys, keeping month precision', () => {
    expect(normalizeValue('bday', '1990年5月1日')).toBe('1990-05-01');
    expect(normalizeValue('party.join-date', '2010.7')).toBe('2010-07');
    expect(normalizeValue('bday', ' 05/01/1990 ')).toBe('05/01/1990');
  });

  it('upper-cases a credit code', () => {
    expect(normalizeValue('org.credit-code', ' 91350100m000100y43 ')).toBe('91350100M000100Y43');
  });

  it('writes incomes as a plain number of 元', () => {
    expect(normalizeValue('household.annual-income', '1.86万元')).toBe('18600');
    expect(normalizeValue('household.per-capita-income', '¥6,200.50')).toBe('6200.5');
    expect(normalizeValue('household.annual-income', '约两万')).toBe('约两万');
  });

  it('writes farmland areas as a plain number of 亩', () => {
    expect(normalizeValue('household.farmland-area', '0.2公顷')).toBe('3');
    expect(normalizeValue('village.farmland-area', '1200亩')).toBe('1200');
    expect(normalizeValue('household.farmland-area', '三亩')).toBe('三亩');
  });

  it('writes coded values by their standard name', () => {
    expect(normalizeValue('sex', '男性')).toBe('男');
    expect(normalizeValue('sex', '2')).toBe('女');
    expect(normalizeValue('person.ethnicity', '汉')).toBe('汉族');
    expect(normalizeValue('person.education', '本科')).toBe('大学本科');
    expect(normalizeValue('person.marital-status', '20')).toBe('已婚');
    expect(normalizeValue('person.political-status', '中共党员')).toBe('中国共产党党员');
    expect(normalizeValue('person.ethnicity', ' 穿青人 ')).toBe('穿青人');
  });

  it('applies NFKC to other text', () => {
    expect(normalizeValue('name', 'ＡＢＣ１２３')).toBe('ABC123');
  });

  it('trims other text and collapses its inner white space to one space', () => {
    expect(normalizeValue('street-address', '  示范县　城关镇 \n 幸福路  1 号\t')).toBe('示范县 城关镇 幸福路 1 号');
  });

  it('keeps dashes in text that is not a phone number', () => {
    expect(normalizeValue('street-address', '幸福路 1-2 号')).toBe('幸福路 1-2 号');
  });

  it('makes the typed and pasted forms of the same fact compare equal', () => {
    expect(normalizeValue('name', ' 张三 ')).toBe(normalizeValue('name', '张三'));
    expect(normalizeValue('tel', '138-0013-8000')).toBe(normalizeValue('tel', '13800138000'));
    expect(normalizeValue('household.annual-income', '1.86万')).toBe(
      normalizeValue('household.annual-income', '18,600'),
    );
  });
});
