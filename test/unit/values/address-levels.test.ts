import { describe, expect, it } from 'vitest';
import { addressBelow, joinAddressLevels, parseAddressLevels } from '../../../lib/values';

describe('an address in its levels', () => {
  it('splits a whole address into GB/T 2260 divisions, township, village and what lies below', () => {
    expect(parseAddressLevels('贵州省黔东南苗族侗族自治州雷山县西江镇控拜村三组26号')).toEqual({
      province: '贵州省',
      city: '黔东南苗族侗族自治州',
      county: '雷山县',
      township: '西江镇',
      village: '控拜村',
      detail: '三组26号',
    });
  });

  it('takes the levels a form asked for separately above a 详细地址', () => {
    const levels = parseAddressLevels('西江镇控拜村三组26号', {
      province: '贵州省',
      city: '黔东南苗族侗族自治州',
      county: '雷山县',
    });
    expect(joinAddressLevels(levels)).toBe('贵州省黔东南苗族侗族自治州雷山县西江镇控拜村三组26号');
    expect(addressBelow(levels, 'county')).toBe('西江镇控拜村三组26号');
    expect(addressBelow(levels, 'township')).toBe('控拜村三组26号');
    expect(addressBelow(levels, 'village')).toBe('三组26号');
  });

  it('reads no township below a county it does not know: the county name could be the township', () => {
    expect(parseAddressLevels('示范县城关镇幸福村三组12号')).toEqual({ detail: '示范县城关镇幸福村三组12号' });
  });
});
