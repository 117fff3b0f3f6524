import { describe, expect, it } from 'vitest';
import type { KnownFact } from '../../../lib/domain/people';
import { deriveHeld } from '../../../lib/fill/derive';

function fact(key: string, value: string, portalName = '防返贫监测户信息采集', observedAt = 100): KnownFact {
  return { key, value, normalized: value, portalName, sourceKind: 'portal', observedAt };
}

function held(...facts: KnownFact[]): Map<string, KnownFact> {
  return new Map(facts.map((known) => [known.key, known]));
}

describe('deriveHeld from a region path', () => {
  it('answers each 省/市/县 select with its level, keeping where the path was reported', () => {
    const region = fact('address.region', '湖南省/湘西土家族苗族自治州/凤凰县', '低保申请', 250);
    const derived = deriveHeld(held(region));
    expect(derived.get('address-level1')).toEqual({
      ...region,
      key: 'address-level1',
      value: '湖南省',
      normalized: '湖南省',
    });
    expect(derived.get('address-level2')?.value).toBe('湘西土家族苗族自治州');
    expect(derived.get('address-level3')).toMatchObject({ value: '凤凰县', portalName: '低保申请', observedAt: 250 });
    expect(derived.has('address-level4')).toBe(false);
    expect(derived.get('address.region')).toBe(region);
  });

  it('reads a path written with spaces the way a cascader shows it', () => {
    const derived = deriveHeld(held(fact('address.region', '湖南省 / 长沙市')));
    expect(derived.get('address-level2')?.value).toBe('长沙市');
  });

  it('never overrides a level held in its own right', () => {
    const own = fact('address-level2', '湘西州', '医保登记', 50);
    const derived = deriveHeld(held(fact('address.region', '湖南省/湘西土家族苗族自治州/凤凰县'), own));
    expect(derived.get('address-level2')).toBe(own);
    expect(derived.get('address-level1')?.value).toBe('湖南省');
  });

  it('derives at most four levels from a longer path', () => {
    const derived = deriveHeld(held(fact('address.region', '湖南省/长沙市/芙蓉区/定王台街道/某社区')));
    expect(derived.get('address-level4')?.value).toBe('定王台街道');
    expect([...derived.keys()].filter((key) => key.startsWith('address-level'))).toHaveLength(4);
  });

  it('leaves the map it was given alone', () => {
    const given = held(fact('address.region', '湖南省/长沙市'));
    deriveHeld(given);
    expect([...given.keys()]).toEqual(['address.region']);
  });
});

describe('deriveHeld from the levels', () => {
  it('joins the held levels into a path, with the provenance of the newest', () => {
    const derived = deriveHeld(
      held(
        fact('address-level1', '湖南省', '户籍登记', 100),
        fact('address-level2', '长沙市', '医保登记', 300),
        fact('address-level3', '芙蓉区', '户籍登记', 200),
      ),
    );
    expect(derived.get('address.region')).toEqual(fact('address.region', '湖南省/长沙市/芙蓉区', '医保登记', 300));
  });

  it('needs at least two levels: a province alone is no path', () => {
    expect(deriveHeld(held(fact('address-level1', '湖南省'))).has('address.region')).toBe(false);
  });

  it('joins only the levels contiguous from the province', () => {
    const gap = held(fact('address-level1', '湖南省'), fact('address-level3', '芙蓉区'));
    expect(deriveHeld(gap).has('address.region')).toBe(false);
    const noProvince = held(fact('address-level2', '长沙市'), fact('address-level3', '芙蓉区'));
    expect(deriveHeld(noProvince).has('address.region')).toBe(false);
    const three = held(
      fact('address-level1', '湖南省'),
      fact('address-level2', '长沙市'),
      fact('address-level4', '某街道'),
    );
    expect(deriveHeld(three).get('address.region')?.value).toBe('湖南省/长沙市');
  });

  it('never overrides a region path held in its own right', () => {
    const own = fact('address.region', '湖南省/长沙市/岳麓区');
    const derived = deriveHeld(held(own, fact('address-level1', '湖南省'), fact('address-level2', '长沙市')));
    expect(derived.get('address.region')).toBe(own);
  });
});
