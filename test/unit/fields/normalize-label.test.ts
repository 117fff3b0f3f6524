import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../../../lib/fields';

describe('normalizeLabel', () => {
  it('folds full-width letters and digits to their ASCII forms, in lower case', () => {
    expect(normalizeLabel('ＩＤ　Ｎｕｍｂｅｒ')).toBe('idnumber');
    expect(normalizeLabel('第２联系人')).toBe('第2联系人');
  });

  it('drops colons, half-width and full-width', () => {
    expect(normalizeLabel('联系电话：')).toBe('联系电话');
    expect(normalizeLabel('Phone:')).toBe('phone');
  });

  it('drops required stars, half-width and full-width, wherever they stand', () => {
    expect(normalizeLabel('*姓名')).toBe('姓名');
    expect(normalizeLabel('＊姓名')).toBe('姓名');
    expect(normalizeLabel('姓名*')).toBe('姓名');
  });

  it('drops every kind of space inside a label, including ideographic and non-breaking spaces', () => {
    expect(normalizeLabel('姓　　名')).toBe('姓名');
    expect(normalizeLabel('性\u00a0\u00a0别')).toBe('性别');
    expect(normalizeLabel('  家庭 住址\n')).toBe('家庭住址');
  });

  it('reduces a legacy label with star, full-width spaces and colon to the bare words', () => {
    expect(normalizeLabel('*姓　　名：')).toBe('姓名');
  });

  it('drops a unit or note in brackets, full-width or half-width', () => {
    expect(normalizeLabel('家庭年收入（元）')).toBe('家庭年收入');
    expect(normalizeLabel('家庭年收入(万元)：')).toBe('家庭年收入');
    expect(normalizeLabel('身份证号码（18位）')).toBe('身份证号码');
  });

  it('is idempotent', () => {
    const once = normalizeLabel('＊家庭年纯收入（元）：');
    expect(normalizeLabel(once)).toBe(once);
  });
});
