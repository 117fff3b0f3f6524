import { describe, expect, it } from 'vitest';
import { searchKeys } from '../../../lib/fields';

const keys = (query: string) => searchKeys(query).map((choice) => choice.key);

describe('searching keys for a taught field', () => {
  it('finds a key by its Chinese or English name, the closest first', () => {
    expect(keys('身份证')[0]).toBe('id-number');
    expect(keys('ID number')[0]).toBe('id-number');
    expect(keys('姓名')[0]).toBe('name');
  });

  it('finds a key by a synonym, and names each in both languages', () => {
    expect(keys('手机')).toContain('tel');
    expect(searchKeys('姓名')[0]).toEqual({ key: 'name', zh: '姓名', en: 'name' });
  });

  it('never offers a secret, and finds nothing for nonsense', () => {
    expect(keys('密码')).toEqual([]);
    expect(keys('zzqqxx')).toEqual([]);
  });
});
