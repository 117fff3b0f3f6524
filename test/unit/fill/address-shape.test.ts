import { describe, expect, it } from 'vitest';
import { shapeAddress } from '../../../lib/fill/address-shape';

const held = new Map([
  ['street-address', '贵州省黔东南苗族侗族自治州雷山县西江镇控拜村三组26号'],
  ['address-level1', '贵州省'],
  ['address-level2', '黔东南苗族侗族自治州'],
  ['address-level3', '雷山县'],
]);

describe('each address field gets the part its neighbours leave it', () => {
  it('a 详细地址 beside 省/市/县 selects gets what lies below the county', () => {
    const asked = new Set(['address-level1', 'address-level2', 'address-level3', 'street-address']);
    expect(shapeAddress(held, asked, '').get('street-address')).toBe('西江镇控拜村三组26号');
  });

  it('its placeholder says where its part starts: 村（社区）、组、门牌号 starts below the township', () => {
    const asked = new Set(['address.region', 'street-address']);
    expect(shapeAddress(held, asked, '村（社区）、组、门牌号').get('street-address')).toBe('控拜村三组26号');
  });

  it('a single 家庭住址 line wants the whole address, and so does one that asks 至门牌号', () => {
    expect(shapeAddress(held, new Set(['street-address']), '').get('street-address')).toBe(held.get('street-address'));
    const asked = new Set(['address-level1', 'street-address']);
    expect(shapeAddress(held, asked, '（填写至门牌号）').get('street-address')).toBe(held.get('street-address'));
  });

  it('gives township and village fields their level, and a cascader the township as its fourth', () => {
    const shaped = shapeAddress(
      new Map([...held, ['address.region', '贵州省/黔东南苗族侗族自治州/雷山县']]),
      new Set(['address.region', 'address.village', 'street-address']),
      '',
    );
    expect(shaped.get('address-level4')).toBe('西江镇');
    expect(shaped.get('address.village')).toBe('控拜村');
    expect(shaped.get('address.region')).toBe('贵州省/黔东南苗族侗族自治州/雷山县/西江镇');
    expect(shaped.get('street-address')).toBe('三组26号');
  });

  it('a cascader alone, beside a 组、门牌号 line, goes down to the village', () => {
    const shaped = shapeAddress(
      new Map([...held, ['address.region', '贵州省/黔东南苗族侗族自治州/雷山县']]),
      new Set(['address.region', 'street-address']),
      '请输入村以下详细地址（组、门牌号）',
    );
    expect(shaped.get('address.region')).toBe('贵州省/黔东南苗族侗族自治州/雷山县/西江镇/控拜村');
    expect(shaped.get('street-address')).toBe('三组26号');
  });
});
