import { describe, expect, it } from 'vitest';
import { joinPath, normalizeList, normalizePath, splitPath } from '../../../lib/values';

describe('splitPath', () => {
  it.each([
    ['湖南省/湘西土家族苗族自治州/凤凰县'],
    ['湖南省 / 湘西土家族苗族自治州 / 凤凰县'],
    ['湖南省 > 湘西土家族苗族自治州 > 凤凰县'],
    ['湖南省／湘西土家族苗族自治州／凤凰县'],
    ['  湖南省/湘西土家族苗族自治州/凤凰县  '],
  ])('reads %s as three levels, top down', (value) => {
    expect(splitPath(value)).toEqual(['湖南省', '湘西土家族苗族自治州', '凤凰县']);
  });

  it('drops the empty levels a leading, trailing or doubled separator leaves', () => {
    expect(splitPath('/湖南省//长沙市/')).toEqual(['湖南省', '长沙市']);
  });

  it('reads nothing from an empty or blank value', () => {
    expect(splitPath('')).toEqual([]);
    expect(splitPath(' / ')).toEqual([]);
  });
});

describe('joinPath and normalizePath', () => {
  it('joins levels with a bare slash, the one stored writing', () => {
    expect(joinPath(['湖南省', '长沙市', '芙蓉区'])).toBe('湖南省/长沙市/芙蓉区');
  });

  it('gives a cascader’s spaced path and a held path the same writing', () => {
    expect(normalizePath('湖南省 / 长沙市')).toBe('湖南省/长沙市');
    expect(normalizePath('湖南省 > 长沙市')).toBe(normalizePath('湖南省/长沙市'));
  });

  it('is null for a value with no level in it', () => {
    expect(normalizePath('')).toBeNull();
    expect(normalizePath(' / > ')).toBeNull();
  });

  it('round-trips: a split normalized path joins back to itself', () => {
    const path = '湖南省/湘西土家族苗族自治州/凤凰县';
    expect(joinPath(splitPath(path))).toBe(path);
    expect(normalizePath(path)).toBe(path);
  });
});

describe('normalizeList', () => {
  it('gives the same choices in any order one writing', () => {
    expect(normalizeList('因学、因病')).toBe(normalizeList('因病、因学'));
  });

  it.each(['因病、因学', '因病,因学', '因病，因学', '因病;因学', '因病；因学', '因病|因学', ' 因病 、 因学 '])(
    'reads %s as the two causes it lists',
    (value) => {
      expect(normalizeList(value)).toBe(normalizeList('因病、因学'));
      expect(normalizeList(value)?.split('、').sort()).toEqual(['因学', '因病'].sort());
    },
  );

  it('counts a choice listed twice once', () => {
    expect(normalizeList('因病、因学、因病')).toBe(normalizeList('因病、因学'));
    expect(normalizeList('因病,因病')).toBe('因病');
  });

  it('does not make a subset equal to the whole list', () => {
    expect(normalizeList('因病')).not.toBe(normalizeList('因病、因学'));
  });

  it('is null for a value that lists nothing', () => {
    expect(normalizeList('')).toBeNull();
    expect(normalizeList('、 ,；')).toBeNull();
  });
});
