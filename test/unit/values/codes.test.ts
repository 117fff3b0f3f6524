import { describe, expect, it } from 'vitest';
import {
  type CodeList,
  EDUCATION_CODES,
  ETHNICITY_CODES,
  findCode,
  MARITAL_CODES,
  POLITICAL_CODES,
  SEX_CODES,
} from '../../../lib/values';

const LISTS: Record<string, CodeList> = {
  sex: SEX_CODES,
  ethnicity: ETHNICITY_CODES,
  education: EDUCATION_CODES,
  marital: MARITAL_CODES,
  political: POLITICAL_CODES,
};

describe('code lists', () => {
  it.each(Object.entries(LISTS))('%s: every code, name and synonym finds exactly its own entry', (_, list) => {
    for (const entry of list) {
      for (const key of [entry.code, entry.name, ...entry.synonyms]) expect(findCode(list, key)).toBe(entry);
    }
  });

  it('sex follows GB/T 2261.1-2003', () => {
    expect(SEX_CODES.map((e) => `${e.code} ${e.name}`)).toEqual(['0 未知的性别', '1 男', '2 女', '9 未说明的性别']);
  });

  it('ethnicity has the 56 groups of GB 3304-1991 in order, then 97 and 98', () => {
    expect(ETHNICITY_CODES).toHaveLength(58);
    const byCode = new Map(ETHNICITY_CODES.map((e) => [e.code, e.name]));
    const spotChecks: Array<[string, string]> = [
      ['01', '汉族'],
      ['02', '蒙古族'],
      ['03', '回族'],
      ['04', '藏族'],
      ['05', '维吾尔族'],
      ['06', '苗族'],
      ['07', '彝族'],
      ['08', '壮族'],
      ['09', '布依族'],
      ['10', '朝鲜族'],
      ['11', '满族'],
      ['15', '土家族'],
      ['22', '畲族'],
      ['23', '高山族'],
      ['30', '土族'],
      ['36', '毛南族'],
      ['46', '德昂族'],
      ['49', '京族'],
      ['55', '珞巴族'],
      ['56', '基诺族'],
      ['97', '其他'],
      ['98', '外国血统中国籍人士'],
    ];
    for (const [code, name] of spotChecks) expect(byCode.get(code)).toBe(name);
    expect(ETHNICITY_CODES.slice(0, 56).map((e) => e.code)).toEqual(
      Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
  });

  it('ethnicity accepts the name without 族 and the colloquial and former names', () => {
    expect(findCode(ETHNICITY_CODES, '汉')?.code).toBe('01');
    expect(findCode(ETHNICITY_CODES, '蒙族')?.code).toBe('02');
    expect(findCode(ETHNICITY_CODES, '维族')?.code).toBe('05');
    expect(findCode(ETHNICITY_CODES, '崩龙族')?.code).toBe('46');
    expect(findCode(ETHNICITY_CODES, '土')?.code).toBe('30');
    expect(findCode(ETHNICITY_CODES, '土家')?.code).toBe('15');
  });

  it('education uses GB/T 4658-2006 codes, with the usual short names', () => {
    expect(findCode(EDUCATION_CODES, '本科')?.code).toBe('20');
    expect(findCode(EDUCATION_CODES, '大专')?.code).toBe('30');
    expect(findCode(EDUCATION_CODES, '中专')?.code).toBe('41');
    expect(findCode(EDUCATION_CODES, '职高')?.code).toBe('44');
    expect(findCode(EDUCATION_CODES, '高中')?.code).toBe('60');
    expect(findCode(EDUCATION_CODES, '初中')?.code).toBe('70');
    expect(findCode(EDUCATION_CODES, '小学')?.code).toBe('80');
    expect(findCode(EDUCATION_CODES, '文盲')?.code).toBe('90');
    expect(findCode(EDUCATION_CODES, '博士')?.code).toBe('11');
    expect(findCode(EDUCATION_CODES, '硕士')?.code).toBe('14');
  });

  it('education leaves 结业 and 肄业 unmatched: they are not a finished 本科', () => {
    expect(findCode(EDUCATION_CODES, '大学本科肄业')).toBeNull();
    expect(findCode(EDUCATION_CODES, '高中结业')).toBeNull();
  });

  it('marital status follows GB/T 2261.2-2003', () => {
    expect(MARITAL_CODES.map((e) => e.code)).toEqual(['10', '20', '21', '22', '23', '30', '40', '90']);
    expect(findCode(MARITAL_CODES, '丧偶')?.code).toBe('30');
    expect(findCode(MARITAL_CODES, '离婚')?.code).toBe('40');
  });

  it('political status follows GB/T 4762 with the short forms people write', () => {
    expect(POLITICAL_CODES.map((e) => e.code)).toEqual(
      Array.from({ length: 13 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(findCode(POLITICAL_CODES, '中共党员')?.code).toBe('01');
    expect(findCode(POLITICAL_CODES, '预备党员')?.code).toBe('02');
    expect(findCode(POLITICAL_CODES, '共青团员')?.code).toBe('03');
    expect(findCode(POLITICAL_CODES, '九三学社社员')?.code).toBe('10');
    expect(findCode(POLITICAL_CODES, '群众')?.code).toBe('13');
  });
});

describe('findCode', () => {
  it('matches after NFKC and trimming', () => {
    expect(findCode(SEX_CODES, ' 男 ')?.code).toBe('1');
    expect(findCode(ETHNICITY_CODES, '０１')?.name).toBe('汉族');
  });
  it('never matches part of a name', () => {
    expect(findCode(POLITICAL_CODES, '共产党')).toBeNull();
    expect(findCode(ETHNICITY_CODES, '汉族人')).toBeNull();
    expect(findCode(EDUCATION_CODES, '大学')).toBeNull();
    expect(findCode(SEX_CODES, '男女')).toBeNull();
  });
  it('rejects an unknown code, a code without its leading zero and empty text', () => {
    expect(findCode(ETHNICITY_CODES, '57')).toBeNull();
    expect(findCode(ETHNICITY_CODES, '1')).toBeNull();
    expect(findCode(SEX_CODES, '')).toBeNull();
  });
  it('returns null when two entries share the text', () => {
    const list: CodeList = [
      { code: '1', name: 'A', synonyms: ['X'] },
      { code: '2', name: 'B', synonyms: ['X'] },
    ];
    expect(findCode(list, 'X')).toBeNull();
  });
});
