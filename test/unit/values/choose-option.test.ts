import { describe, expect, it } from 'vitest';
import {
  chooseOption,
  EDUCATION_CODES,
  ETHNICITY_CODES,
  isPlaceholderOption,
  POLITICAL_CODES,
  RELATION_CODES,
  SEX_CODES,
} from '../../../lib/values';

const opts = (...pairs: Array<[string, string]>) => pairs.map(([value, text]) => ({ value, text }));

describe('chooseOption', () => {
  const sex = opts(['', '请选择'], ['1', '男'], ['2', '女']);

  it('picks the option whose text is the wanted value', () => {
    expect(chooseOption(sex, '女')).toBe(2);
    expect(chooseOption(opts(['a', ' 男 '], ['b', '女']), '男')).toBe(0);
  });
  it('picks the option whose value is the wanted value', () => {
    expect(chooseOption(sex, '1')).toBe(1);
  });
  it('goes through the code list: a synonym finds the option named by code or name', () => {
    expect(chooseOption(sex, '男性', SEX_CODES)).toBe(1);
    expect(chooseOption(opts(['M', '男性'], ['F', '女性']), '女', SEX_CODES)).toBe(1);
    expect(
      chooseOption(opts(['0', '--请选择--'], ['01', '中国共产党党员'], ['13', '群众']), '党员', POLITICAL_CODES),
    ).toBe(1);
    expect(chooseOption(opts(['a', '本科'], ['b', '大专']), '大学专科', EDUCATION_CODES)).toBe(1);
  });
  it('matches text up to spacing, width and a trailing 族', () => {
    expect(chooseOption(opts(['a', '汉族'], ['b', '回族']), '汉')).toBe(0);
    expect(chooseOption(opts(['a', '汉'], ['b', '回']), '回族')).toBe(1);
    expect(chooseOption(opts(['a', '初 中'], ['b', '高中']), '初中')).toBe(0);
    expect(chooseOption(opts(['a', 'ＡＢ']), 'AB')).toBe(0);
  });
  it('never chooses a placeholder, even when it seems to match', () => {
    expect(chooseOption(opts(['', '男'], ['x', '请选择']), '男')).toBe(-1);
    expect(chooseOption(opts(['', '请选择'], ['1', '男']), '请选择')).toBe(-1);
    expect(chooseOption(opts(['0', '--请选择--']), '0')).toBe(-1);
  });
  it('returns -1 when two options match equally', () => {
    expect(chooseOption(opts(['1', '男'], ['M', '男']), '男')).toBe(-1);
    expect(chooseOption(opts(['a', '其他'], ['b', '文盲或半文盲']), '文盲', EDUCATION_CODES)).toBe(-1);
    expect(chooseOption(opts(['a', '汉'], ['b', '汉族 ']), '汉 族')).toBe(-1);
  });
  it('returns -1 when nothing matches, or for empty wanted text', () => {
    expect(chooseOption(sex, '未知')).toBe(-1);
    expect(chooseOption(sex, ' ')).toBe(-1);
    expect(chooseOption([], '男')).toBe(-1);
  });
  it('never reads a form-specific numbering as the standard code', () => {
    // This form numbers its own way: value 03 is 满族 here, not GB 3304's 回族.
    const ethnic = opts(['01', '汉族'], ['03', '满族']);
    expect(chooseOption(ethnic, '回族', ETHNICITY_CODES)).toBe(-1);
    expect(chooseOption(ethnic, '03', ETHNICITY_CODES)).toBe(-1);
  });
  it('chooses an option that names the relation among others, and not one that names only a neighbour', () => {
    const relations = opts(['po', '配偶'], ['zn', '子女'], ['szn', '孙子女/外孙子女'], ['qt', '其他']);
    expect(chooseOption(relations, '孙女', RELATION_CODES)).toBe(2);
    expect(chooseOption(relations, '外孙女', RELATION_CODES)).toBe(2);
    expect(chooseOption(opts(['zn', '子女'], ['fm', '父母']), '孙女', RELATION_CODES)).toBe(-1);
    expect(chooseOption(opts(['1', '兄、弟'], ['2', '姐、妹']), '妹妹', RELATION_CODES)).toBe(1);
  });
  it('does not widen a degree to a broader option: 硕士 is not chosen as 研究生', () => {
    expect(chooseOption(opts(['a', '研究生'], ['b', '本科']), '硕士', EDUCATION_CODES)).toBe(-1);
  });
});

describe('isPlaceholderOption', () => {
  it.each(['请选择', '--请选择--', '－－请选择－－', '请选择民族', 'Select...', '-- Please select --', '---', ' '])(
    'treats %s as a placeholder',
    (text) => {
      expect(isPlaceholderOption({ value: 'x', text })).toBe(true);
    },
  );
  it('treats an empty value as a placeholder and a real choice as none', () => {
    expect(isPlaceholderOption({ value: '', text: '男' })).toBe(true);
    expect(isPlaceholderOption({ value: '1', text: '男' })).toBe(false);
    expect(isPlaceholderOption({ value: '97', text: '其他' })).toBe(false);
  });
});
