import { describe, expect, it } from 'vitest';
import { normalizeValue } from '../../../lib/values';

describe('normalizeValue', () => {
  it('normalises an ID number: full-width digits, spaces and a lower-case x', () => {
    expect(normalizeValue('id-number', ' １１０１０５ 1949 1231 002x ')).toBe('11010519491231002X');
  });

  it('strips spaces and dashes from a phone number', () => {
    expect(normalizeValue('tel', ' 138 0013 8000 ')).toBe('13800138000');
    expect(normalizeValue('tel', '010-6512-3456')).toBe('01065123456');
  });

  it('folds full-width digits and dashes in a phone number', () => {
    expect(normalizeValue('tel', '１３８－００１３－８０００')).toBe('13800138000');
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
  });
});
